/**
 * The map's locales, and where each lives: English at the site's root (as before there were
 * others), each other locale under its own lower-case path segment (`/sr-latn/embed`). The locale
 * comes from the URL alone: cookies and storage are unreliable inside a third-party iframe.
 */
export const LOCALES = ['en', 'sr-Latn', 'sr-Cyrl', 'sq'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

/** The URL segment of each locale; the base locale has none. */
export const SEGMENTS: Record<Locale, string> = {
	en: '',
	'sr-Latn': 'sr-latn',
	'sr-Cyrl': 'sr-cyrl',
	sq: 'sq'
};
const BY_SEGMENT = new Map(LOCALES.map((l) => [SEGMENTS[l], l]));

/** The locales a reader can type, with their own names (shown as such in the language switch). */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	'sr-Latn': 'Srpski (latinica)',
	'sr-Cyrl': 'Српски (ћирилица)',
	sq: 'Shqip'
};

export const isLocaleSegment = (segment: string) => segment !== '' && BY_SEGMENT.has(segment);

/** The locale of a route's `[[lang]]` parameter (none: the base locale). */
export function localeOf(segment: string | undefined): Locale {
	return (segment && BY_SEGMENT.get(segment)) || BASE_LOCALE;
}

/** `entries()` for the optional `[[lang=locale]]` segment: `{}` is the base locale at `/`. */
export const LANG_ENTRIES: { lang?: string }[] = LOCALES.map((l) =>
	SEGMENTS[l] ? { lang: SEGMENTS[l] } : {}
);

/** `/embed` in a locale: `/sr-latn/embed`; the home page `/` is `/sr-latn`. */
export function localizePath(path: string, locale: Locale): string {
	const segment = SEGMENTS[locale];
	if (!segment) return path;
	return path === '/' ? `/${segment}` : `/${segment}${path}`;
}

/** The path without its locale segment: `/sr-latn/embed` is `/embed`, `/sr-latn` is `/`. */
export function delocalizePath(path: string): string {
	const [, first = '', ...rest] = path.split('/');
	if (!isLocaleSegment(first)) return path;
	return `/${rest.join('/')}`;
}

/** The language of the Serbian Latin texts in the data (`names.sr`, `summary.sr`): its own key. */
export const DATA_KEY: Record<Locale, 'en' | 'sr' | 'sq'> = {
	en: 'en',
	'sr-Latn': 'sr',
	'sr-Cyrl': 'sr',
	sq: 'sq'
};
