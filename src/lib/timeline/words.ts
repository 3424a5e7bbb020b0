/**
 * The timeline's sentences: the range in words ("26 May – 30 September 2023") and what the
 * map shows of it ("Showing 3 of 11 places, …"), for the live region and the counts.
 */
import { writeDay, type Calendar } from '$shared/i18n/calendar';
import type { Messages } from '$shared/i18n/messages';
import type { Range } from '$shared/time/days';

/** A range in words, as the locale writes its days; null for every date. */
export function rangeText(range: Range, calendar: Calendar, m: Messages): string | null {
	const { from, to } = range;
	if (from === null && to === null) return null;
	if (from === null) return m.timeline_range_until({ date: writeDay(calendar, to!) });
	if (to === null) return m.timeline_range_from({ date: writeDay(calendar, from) });
	if (from === to) return writeDay(calendar, from);
	return `${writeDay(calendar, from)} – ${writeDay(calendar, to)}`;
}

export function showingText(
	shown: number,
	total: number,
	range: Range,
	calendar: Calendar,
	m: Messages
): string {
	const text = rangeText(range, calendar, m);
	if (text === null) return m.timeline_showing_all({ total });
	return m.timeline_showing({ shown, total, range: text });
}
