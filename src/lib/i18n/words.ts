/** Small pieces of text the interface builds from data and messages, in the page's locale. */
import type { CatalogPlace } from '$shared/app-data';
import type { Stance } from '$shared/contract';
import { formatNumber, INTL_LOCALE } from '$shared/i18n/format';
import type { Locale } from '$shared/i18n/locales';
import type { Messages } from '$shared/i18n/messages';

/**
 * "7", "1,000" (English), "1.000" (Serbian). Below a thousand without Intl: the first number
 * format of a page loads the locale's data, which costs tens of milliseconds on a phone before
 * the map is ready, and the real data never reaches a thousand.
 */
export function formatCount(n: number, locale: Locale): string {
	return n < 1000 ? String(n) : formatNumber(n, locale);
}

/** "a", "a and b", "a, b and c", as the locale joins a list. */
export function series(items: string[], locale: Locale): string {
	return new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' }).format(items);
}

export function precisionText(place: Pick<CatalogPlace, 'location'>, m: Messages, locale: Locale) {
	const loc = place.location;
	if (loc.precision === 'approximate') {
		const km = loc.radiusM / 1000;
		const radius =
			loc.radiusM >= 1000
				? m.unit_km({
						n: Number.isInteger(km) ? formatCount(km, locale) : formatNumber(km, locale)
					})
				: m.unit_m({ n: formatCount(loc.radiusM, locale) });
		return m.precision_approximate({ radius });
	}
	return loc.precision === 'exact' ? m.precision_exact() : m.precision_area();
}

const STANCES: Record<Stance, (m: Messages) => string> = {
	report: (m) => m.stance_report(),
	claim: (m) => m.stance_claim(),
	accusation: (m) => m.stance_accusation(),
	denial: (m) => m.stance_denial(),
	condemnation: (m) => m.stance_condemnation()
};

export const stanceLabel = (stance: Stance, m: Messages) => STANCES[stance](m);
