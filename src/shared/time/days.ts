/**
 * Dates as the timeline filters by them: whole days, counted from 1970-01-01 in UTC, so a date is
 * the same day in every time zone (24 September stays 24 September in New York). A date at month
 * or year precision covers its whole month or year.
 */
import type { DatePrecision, DateValue } from '../contract';

/** A day number: days since 1970-01-01. */
export type Day = number;
/** A closed span of days, both ends included. */
export type Span = readonly [Day, Day];

const MS_PER_DAY = 86_400_000;
/** The years a date may name: anything else in a URL is a typo or an attack. */
const YEARS = [1900, 2100] as const;

const utcDay = (y: number, m: number, d: number): Day => Date.UTC(y, m - 1, d) / MS_PER_DAY;

export function isoOfDay(day: Day): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The days a date covers: one day, its month or its year. */
export function spanOfDate({ value, precision }: Pick<DateValue, 'value' | 'precision'>): Span {
	const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
	if (precision === 'day') return [utcDay(y, m, d), utcDay(y, m, d)];
	if (precision === 'month') return [utcDay(y, m, 1), utcDay(y, m + 1, 1) - 1];
	return [utcDay(y, 1, 1), utcDay(y + 1, 1, 1) - 1];
}

/**
 * The span of a place's events: from its first date's start to its last date's end. Dates of the
 * data itself (a dataset's publication) are not events; a place with no event has no span and a
 * range never hides it.
 */
export function spanOfDates(
	dates: readonly Pick<DateValue, 'value' | 'precision' | 'of'>[]
): Span | null {
	const spans = dates.filter((d) => d.of !== 'data').map(spanOfDate);
	if (spans.length === 0) return null;
	return [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
}

/** A reader's range; an open end is unbounded. */
export interface Range {
	from: Day | null;
	to: Day | null;
}

export const EVERYTHING: Range = { from: null, to: null };

/** "Could have happened in this range": the place's span overlaps it. No span, never hidden. */
export function inRange(span: Span | null, range: Range): boolean {
	if (!span) return true;
	return (
		(range.from === null || span[1] >= range.from) && (range.to === null || span[0] <= range.to)
	);
}

/** A date parameter as it may arrive: `2023`, `2023-09` or `2023-09-24`, a real day, in 1900–2100. */
export function parseDateParam(
	value: string | null
): { value: string; precision: DatePrecision } | null {
	if (value === null) return null;
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
	if (y < YEARS[0] || y > YEARS[1]) return null;
	if (mo !== null && (mo < 1 || mo > 12)) return null;
	// A real day: 2023-02-30 rolls over into March, and is refused.
	if (d !== null && new Date(Date.UTC(y, mo! - 1, d)).getUTCDate() !== d) return null;
	return { value: m[0], precision: d !== null ? 'day' : mo !== null ? 'month' : 'year' };
}

/** The range two parameters ask for: `from` from its start, `to` to its end. A reversed pair is refused. */
export function rangeOf(from: string | null, to: string | null): Range {
	const f = parseDateParam(from);
	const t = parseDateParam(to);
	const range = { from: f ? spanOfDate(f)[0] : null, to: t ? spanOfDate(t)[1] : null };
	if (range.from !== null && range.to !== null && range.from > range.to) return EVERYTHING;
	return range;
}
