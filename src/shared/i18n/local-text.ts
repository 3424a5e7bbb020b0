/**
 * Our own words in the data (summaries, bases, caveats, date labels, notes) in each locale: an
 * object with the English, Serbian (Latin script) and Albanian text, from which the build makes
 * the Serbian Cyrillic one. A plain string is the same in every locale (proper names, or text
 * not translated yet, which the data check refuses where a translation is required).
 */
import { toCyrillic } from './cyrillic';
import { DATA_KEY, type Locale } from './locales';

export const DATA_LANGUAGES = ['en', 'sr', 'sq'] as const;
export type DataLanguage = (typeof DATA_LANGUAGES)[number];
export type LocalText = string | Record<DataLanguage, string>;

export function inLocale(text: LocalText, locale: Locale): string {
	if (typeof text === 'string') return text;
	const words = text[DATA_KEY[locale]];
	return locale === 'sr-Cyrl' ? toCyrillic(words) : words;
}

/** A name in a locale: the data gives English, Serbian (Latin) and Albanian. */
export function nameIn(names: Record<DataLanguage, string>, locale: Locale): string {
	return inLocale(names, locale);
}
