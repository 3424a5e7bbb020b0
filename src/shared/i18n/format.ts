/**
 * Dates and numbers in the reader's locale, through Intl. A date is a calendar day (or month, or
 * year), not an instant: it is formatted in UTC, so 24 September stays 24 September in New York.
 */
import type { DateValue } from '../contract';
import type { Locale } from './locales';

/** The Intl locale of each of ours: English is written the British way ("24 September 2023"). */
export const INTL_LOCALE: Record<Locale, string> = {
	en: 'en-GB',
	'sr-Latn': 'sr-Latn',
	'sr-Cyrl': 'sr-Cyrl',
	sq: 'sq'
};

const OPTIONS: Record<DateValue['precision'], Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric', month: 'long', year: 'numeric' },
	month: { month: 'long', year: 'numeric' },
	year: { year: 'numeric' }
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** "24 September 2023", "septembar 2023.", "2023", as precise as the date is. */
export function formatDay(d: Pick<DateValue, 'value' | 'precision'>, locale: Locale): string {
	const [y, m = '1', day = '1'] = d.value.split('-');
	const key = `${locale}:${d.precision}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
			...OPTIONS[d.precision],
			timeZone: 'UTC'
		});
		formats.set(key, format);
	}
	return format.format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(day))));
}

export function formatNumber(n: number, locale: Locale): string {
	return new Intl.NumberFormat(INTL_LOCALE[locale]).format(n);
}
