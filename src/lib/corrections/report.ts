/**
 * The "Report an error" link of a place, from VITE_REPORT_ERROR_URL: a `mailto:` address or an
 * `https:` form, with `{place}` standing for the place id. Unset or anything else: no link.
 */
export interface ReportWords {
	subject: string;
	body: string;
}

export function reportHref(
	template: string | undefined,
	placeId: string,
	words: ReportWords
): string | undefined {
	const raw = template?.trim();
	if (!raw) return undefined;
	let url: URL;
	try {
		url = new URL(raw.replaceAll('{place}', encodeURIComponent(placeId)));
	} catch {
		return undefined;
	}
	if (url.protocol === 'https:') {
		// A form without the placeholder still learns which place the reader means.
		if (!raw.includes('{place}')) url.searchParams.set('place', placeId);
		return url.href;
	}
	if (url.protocol !== 'mailto:' || !url.pathname.includes('@')) return undefined;
	// mailto: wants %20, not +, so the subject and body are encoded by hand.
	const query = [
		url.search.slice(1),
		`subject=${encodeURIComponent(words.subject)}`,
		`body=${encodeURIComponent(words.body)}`
	].filter(Boolean);
	return `mailto:${url.pathname}?${query.join('&')}`;
}

export const REPORT_ERROR_URL: string | undefined = import.meta.env.VITE_REPORT_ERROR_URL;
