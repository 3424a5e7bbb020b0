/** Links to the site's pages in a locale, through SvelteKit's `resolve` (so the base path applies). */
import { resolve } from '$app/paths';
import { SEGMENTS, type Locale } from '$shared/i18n/locales';

const lang = (locale: Locale) => SEGMENTS[locale] || undefined;

export const homeHref = (locale: Locale) => resolve('/[[lang=locale]]', { lang: lang(locale) });
export const embedHref = (locale: Locale) =>
	resolve('/[[lang=locale]]/embed', { lang: lang(locale) });
export const sourcesHref = (locale: Locale) =>
	resolve('/[[lang=locale]]/sources', { lang: lang(locale) });
export const correctionsHref = (locale: Locale) =>
	resolve('/[[lang=locale]]/corrections', { lang: lang(locale) });
