/**
 * A column of the exported files, described once: the same definition fills the rows, the Data
 * Package's Table Schema, LICENSE.md's field-by-field terms and the field list in geo/README.md,
 * so none of them can name a field the files do not have.
 */
import { inLocale, type LocalText } from '../../../src/shared/i18n/local-text';
import { LOCALES, type Locale } from '../../../src/shared/i18n/locales';

export type Cell = string | number | boolean | null;

/** Table Schema types (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/**
 * Whose terms cover a field's values (LICENSE.md): ours (CC BY 4.0), the row's own
 * `geometry_licence` (the shape and its anchor point), or the publisher's (quotations).
 */
export type FieldTerms = 'own' | 'geometry' | 'quotation';

export interface Field<Row> {
	name: string;
	type: FieldType;
	description: string;
	terms: FieldTerms;
	/** Table Schema constraints: a value is always there, or one of these, or matches this. */
	required?: boolean;
	enum?: readonly string[];
	pattern?: string;
	value: (row: Row) => Cell;
}

/** The column suffix of each locale: `name_sr` is Serbian in Latin script, as in the data. */
export const LOCALE_COLUMN: Record<Locale, string> = {
	en: 'en',
	'sr-Latn': 'sr',
	'sr-Cyrl': 'sr_cyrl',
	sq: 'sq'
};
const LOCALE_WORDS: Record<Locale, string> = {
	en: 'in English',
	'sr-Latn': 'in Serbian, Latin script',
	'sr-Cyrl': 'in Serbian, Cyrillic script (transliterated from the Latin by the build)',
	sq: 'in Albanian'
};

/**
 * One column a locale for a text of ours. `inLocale` gives each locale's string; where the data
 * holds one plain string (a text not translated yet), every column holds that same string.
 */
export function perLocale<Row>(
	stem: string,
	what: string,
	text: (row: Row) => LocalText | undefined,
	options: { required?: boolean } = {}
): Field<Row>[] {
	return LOCALES.map((locale) => ({
		name: `${stem}_${LOCALE_COLUMN[locale]}`,
		type: 'string',
		description: `${what}, ${LOCALE_WORDS[locale]}.`,
		terms: 'own',
		required: options.required,
		value: (row: Row) => {
			const t = text(row);
			return t === undefined ? null : inLocale(t, locale);
		}
	}));
}

/** ISO 8601 at the precision the sources allow: `2023-09-24`, `2023-05` or `2023`. */
export const PARTIAL_DATE = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';
export const PRECISIONS = ['day', 'month', 'year'] as const;

/** Several values in one cell: ids never hold a comma, so a comma separates them. */
export const ID_LIST_SEPARATOR = ',';

/** Correction texts are sentences, so they are joined by a mark they never contain. */
export const CORRECTION_SEPARATOR = ' | ';
export function correctionsText(
	corrections: { date: string; text: LocalText }[] | undefined,
	owner: string
): string | null {
	if (!corrections?.length) return null;
	return corrections
		.map(({ date, text }) => {
			const words = inLocale(text, 'en');
			if (words.includes(CORRECTION_SEPARATOR.trim())) {
				throw new Error(`exports: a correction of ${owner} contains “|”, the exports' separator`);
			}
			return `${date}: ${words}`;
		})
		.join(CORRECTION_SEPARATOR);
}
