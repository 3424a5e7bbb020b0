/**
 * A locale's way of writing a day, captured from Intl at build time (Node has every locale's
 * data) and shipped in the catalog, so the browser writes any day the timeline needs without its
 * own Intl data: some browsers' ICU lacks a locale (Chromium builds without Albanian write
 * "September 25, 2023" on an Albanian page).
 */
import { INTL_LOCALE } from './format';
import type { Locale } from './locales';

export type DayPart = { part: 'day' | 'month' | 'year' } | { text: string };

export interface Calendar {
	/** A full date, part by part: "24 September 2023", "24. septembar 2023.". */
	pattern: DayPart[];
	/** Month names as a full date writes them, January first. */
	months: string[];
	/** Short month names, for an axis. */
	short: string[];
}

const utc = (month: number) => new Date(Date.UTC(2023, month, 24));

export function calendarOf(locale: Locale): Calendar {
	const full = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
	const short = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'short', timeZone: 'UTC' });
	const pattern = full.formatToParts(utc(8)).flatMap((p): DayPart[] => {
		if (p.type === 'day' || p.type === 'month' || p.type === 'year') return [{ part: p.type }];
		return p.type === 'literal' ? [{ text: p.value }] : [];
	});
	const months = Array.from(
		{ length: 12 },
		(_, i) => full.formatToParts(utc(i)).find((p) => p.type === 'month')!.value
	);
	return { pattern, months, short: Array.from({ length: 12 }, (_, i) => short.format(utc(i))) };
}

/** A day (days since 1970-01-01) written out as the locale does. */
export function writeDay(calendar: Calendar, day: number): string {
	const date = new Date(day * 86_400_000);
	const values = {
		day: String(date.getUTCDate()),
		month: calendar.months[date.getUTCMonth()]!,
		year: String(date.getUTCFullYear())
	};
	return calendar.pattern.map((p) => ('part' in p ? values[p.part] : p.text)).join('');
}
