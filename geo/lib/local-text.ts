/**
 * The check of our own words in the data (summaries, bases, caveats, date labels, notes,
 * corrections): each is an object with the English, the Serbian in Latin script and the Albanian
 * text (the Serbian Cyrillic is generated from the Latin at build time). A text that lacks a
 * locale is refused, naming the file, the id, the path and the missing locale.
 */
import {
	DATA_LANGUAGES,
	type DataLanguage,
	type LocalText
} from '../../src/shared/i18n/local-text';
import type { Complain } from './errors';

const LANGUAGE_NAMES: Record<DataLanguage, string> = {
	en: 'English',
	sr: 'Serbian (Latin script)',
	sq: 'Albanian'
};

const isNonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Present: a non-empty string, or an object with a non-empty English text (the rest is checked below). */
export function hasText(value: unknown): value is LocalText {
	if (isNonEmpty(value)) return true;
	return !!value && typeof value === 'object' && isNonEmpty((value as { en?: unknown }).en);
}

/** The texts of each language a LocalText has, for the rules that read them. */
export function textsOf(value: LocalText): [DataLanguage | null, string][] {
	return typeof value === 'string'
		? [[null, value]]
		: DATA_LANGUAGES.filter((l) => typeof value[l] === 'string').map((l) => [l, value[l]]);
}

/**
 * Refuses a text of ours that is not in every language: a plain string (English only), a
 * missing or empty language, an unknown key, or Serbian in Cyrillic. Call it on a value
 * `hasText` accepted. `properName`: a plain string is a name, the same in every language.
 */
export function checkLocales(
	value: LocalText,
	at: string,
	id: string | null,
	complain: Complain,
	what: string,
	properName = false
) {
	if (typeof value === 'string') {
		if (!properName)
			complain(
				id,
				at,
				`${what} is in English only: it lacks the locales sr (Serbian, Latin script) and sq (Albanian)`,
				value,
				'{ "en": …, "sr": …, "sq": … }, the Serbian in Latin script (the Cyrillic is generated)'
			);
		return;
	}
	for (const key of Object.keys(value)) {
		if (!(DATA_LANGUAGES as readonly string[]).includes(key))
			complain(id, `${at}/${key}`, `unknown locale in ${what}`, key, '"en", "sr" or "sq"');
	}
	for (const lang of DATA_LANGUAGES) {
		const text = value[lang];
		if (!isNonEmpty(text)) {
			complain(
				id,
				`${at}/${lang}`,
				`${what} lacks its locale ${lang} (${LANGUAGE_NAMES[lang]})`,
				text,
				`the ${LANGUAGE_NAMES[lang]} text, a non-empty string`
			);
		} else if (lang === 'sr' && /[\u0400-\u04FF]/.test(text)) {
			complain(
				id,
				`${at}/sr`,
				`${what} is in Cyrillic`,
				text,
				'Serbian in Latin script: the Cyrillic is generated from it'
			);
		}
	}
}

/**
 * A rule every language of a text must keep (a summary is one short sentence): complains once
 * for each language that breaks it, at that language's path.
 */
export function checkEachText(
	value: LocalText,
	at: string,
	ok: (text: string) => boolean,
	complainAt: (path: string, text: string) => void
) {
	for (const [lang, text] of textsOf(value)) {
		if (!ok(text)) complainAt(lang ? `${at}/${lang}` : at, text);
	}
}
