/**
 * Where the timeline draws each dated place, as percentages of its width, so the prerendered SVG
 * needs no script and scales with the page. The axis is broken: the story's recent years take
 * most of the width, month by month, and anything older (the 1999 Ground Safety Zone) sits in a
 * narrow "earlier" part at the left instead of squeezing 2023 into a sliver.
 */
import { spanOfDates, type Day, type Range, type Span } from '$shared/time/days';

/** The share of the width the earlier part takes, and the gap that marks the break. */
const EARLIER_WIDTH = 16;
const GAP = 3;
/** The recent part covers the latest event's year and the one before it, when they have events. */
const RECENT_YEARS = 2;
/** A span narrower than this is still drawn wide enough to see and to tap. */
const MIN_WIDTH = 0.8;

export interface DatedPlace {
	id: string;
	dates: readonly {
		value: string;
		precision: 'day' | 'month' | 'year';
		approximate?: boolean;
		of?: 'event' | 'data';
	}[];
}

export interface TimelineMark {
	id: string;
	span: Span;
	/** A single day is a dot; anything longer (several days, a month, a year) a bar. */
	shape: 'dot' | 'bar';
	x0: number;
	x1: number;
	/** Inferred rather than stated: drawn hollow, said in the date's words. */
	approximate: boolean;
	earlier: boolean;
}

export interface TimelineAxis {
	/** The first day of the recent part, and the last day drawn. */
	recentStart: Day;
	end: Day;
	/** The earlier part, when there is one: its first and last years. */
	earlier: { x0: number; x1: number; fromYear: number; toYear: number } | null;
	/** One per month of the recent part: its first day and where it starts. */
	months: { day: Day; x: number; month: number; year: number }[];
}

export interface TimelineLayout {
	axis: TimelineAxis;
	marks: TimelineMark[];
	/** Where a day falls, from 0 to 100. */
	x: (day: Day) => number;
}

const utc = (y: number, m = 0, d = 1): Day => Date.UTC(y, m, d) / 86_400_000;
const yearOf = (day: Day) => new Date(day * 86_400_000).getUTCFullYear();

export function timelineLayout(places: readonly DatedPlace[]): TimelineLayout {
	const spans = places
		.map((p) => ({ p, span: spanOfDates(p.dates) }))
		.filter((s): s is { p: DatedPlace; span: Span } => s.span !== null);
	const lastYear = Math.max(...spans.map((s) => yearOf(s.span[1])), 1970);
	const startYears = spans.map((s) => yearOf(s.span[0]));
	const recentFrom = Math.min(...startYears.filter((y) => y > lastYear - RECENT_YEARS), lastYear);
	const recentStart = utc(recentFrom);
	const end = utc(lastYear + 1) - 1;
	const firstYear = Math.min(...startYears, recentFrom);
	const hasEarlier = firstYear < recentFrom;
	const earlierStart = utc(firstYear);
	const recentLeft = hasEarlier ? EARLIER_WIDTH + GAP : 0;

	const x = (day: Day): number => {
		if (day >= recentStart) {
			const t = Math.min(1, (day - recentStart) / (end + 1 - recentStart));
			return recentLeft + t * (100 - recentLeft);
		}
		if (!hasEarlier) return 0;
		const t = Math.max(0, (day - earlierStart) / (recentStart - earlierStart));
		return t * EARLIER_WIDTH;
	};

	const months: TimelineAxis['months'] = [];
	for (let y = recentFrom; y <= lastYear; y++) {
		for (let month = 0; month < 12; month++) {
			const day = utc(y, month);
			months.push({ day, x: x(day), month, year: y });
		}
	}

	const marks = spans.map(({ p, span }): TimelineMark => {
		const x0 = x(span[0]);
		const x1 = Math.max(x(span[1] + 1), x0 + MIN_WIDTH);
		return {
			id: p.id,
			span,
			shape: span[0] === span[1] ? 'dot' : 'bar',
			x0,
			x1: Math.min(100, x1),
			approximate: p.dates.some((d) => d.of !== 'data' && d.approximate),
			earlier: span[0] < recentStart
		};
	});
	marks.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);

	return {
		axis: {
			recentStart,
			end,
			earlier: hasEarlier
				? { x0: 0, x1: EARLIER_WIDTH, fromYear: firstYear, toYear: recentFrom - 1 }
				: null,
			months
		},
		marks,
		x
	};
}

/** The part of the axis a range covers, for its shading: open ends run to the axis' ends. */
export function rangeBand(layout: TimelineLayout, range: Range): { x0: number; x1: number } | null {
	if (range.from === null && range.to === null) return null;
	const x0 = range.from === null ? 0 : layout.x(range.from);
	const x1 = range.to === null ? 100 : layout.x(range.to + 1);
	return x1 > x0 ? { x0, x1 } : null;
}
