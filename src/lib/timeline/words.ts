/**
 * The timeline's sentences: the range in words ("26 May – 30 September 2023") and what the
 * map shows of it ("Showing 3 of 11 places, …"), for the live region and the counts.
 */
import type { Messages } from '$shared/i18n/messages';
import { INTL_LOCALE, formatDay } from '$shared/i18n/format';
import type { Locale } from '$shared/i18n/locales';
import { isoOfDay, type Range } from '$shared/time/days';

const dayOf = (day: number) => ({ value: isoOfDay(day), precision: 'day' as const });

/** A range in words, as the locale writes one; null for every date. */
export function rangeText(range: Range, locale: Locale, m: Messages): string | null {
	const { from, to } = range;
	if (from === null && to === null) return null;
	if (from === null) return m.timeline_range_until({ date: formatDay(dayOf(to!), locale) });
	if (to === null) return m.timeline_range_from({ date: formatDay(dayOf(from), locale) });
	const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
	return format.formatRange(new Date(from * 86_400_000), new Date(to * 86_400_000));
}

export function showingText(
	shown: number,
	total: number,
	range: Range,
	locale: Locale,
	m: Messages
): string {
	const text = rangeText(range, locale, m);
	if (text === null) return m.timeline_showing_all({ total });
	return m.timeline_showing({ shown, total, range: text });
}
