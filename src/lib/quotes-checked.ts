/**
 * A build without the source archive still works, but nothing may let readers believe its quotes
 * were checked: every page footer and /sources say so, as loudly as the build log.
 */
import type { Catalog } from '$shared/app-data';
import type { Messages } from '$shared/i18n/messages';

export interface UncheckedNotice {
	title: string;
	text: string;
}

/** The notice to show, or null when every quote was compared with its archived article. */
export function uncheckedNotice(data: Pick<Catalog, 'quotesChecked'>, m: Messages) {
	if (data.quotesChecked) return null;
	return { title: m.quotes_unchecked_title(), text: m.quotes_unchecked_text() };
}
