/**
 * The columns of excerpts.csv: one row an excerpt, with its source and who makes the claim, so
 * that a spreadsheet can set competing claims side by side as the map's popups do.
 */
import { SIDES, STANCES, type Excerpt, type Source } from '../../../src/shared/contract';
import { inLocale } from '../../../src/shared/i18n/local-text';
import { correctionsText, ID_LIST_SEPARATOR, PARTIAL_DATE, PRECISIONS, type Field } from './fields';

export interface ExcerptRow {
	excerpt: Excerpt;
	source: Source;
	/** The ids of the places that list it, in file order. */
	placeIds: string[];
}

export const EXCERPT_FIELDS: Field<ExcerptRow>[] = [
	{
		name: 'excerpt_id',
		type: 'string',
		description: 'The excerpt’s stable id, as in places.csv’s excerpt_ids.',
		terms: 'own',
		required: true,
		value: (r) => r.excerpt.id
	},
	{
		name: 'source_id',
		type: 'string',
		description: 'The id of the archived article it quotes, as in places.csv’s source_ids.',
		terms: 'own',
		required: true,
		value: (r) => r.source.id
	},
	{
		name: 'outlet',
		type: 'string',
		description: 'The outlet that published the article, as the archived text names it.',
		terms: 'own',
		required: true,
		value: (r) => inLocale(r.source.outlet, 'en')
	},
	{
		name: 'source_title',
		type: 'string',
		description:
			'The article’s headline as printed; where it has none, or is a machine rendering, a description in parentheses says so.',
		terms: 'quotation',
		required: true,
		value: (r) => inLocale(r.source.title, 'en')
	},
	{
		name: 'source_date',
		type: 'string',
		description: 'The article’s date, ISO 8601 to its precision (2023-09-26, 2023-11 or 2023).',
		terms: 'own',
		required: true,
		pattern: PARTIAL_DATE,
		value: (r) => r.source.date.value
	},
	{
		name: 'source_date_precision',
		type: 'string',
		description: 'The precision of source_date: day, month or year.',
		terms: 'own',
		required: true,
		enum: PRECISIONS,
		value: (r) => r.source.date.precision
	},
	{
		name: 'source_date_approximate',
		type: 'boolean',
		description:
			'true when the text gives no date of its own, so that source_date is inferred (the map’s sources page says from what).',
		terms: 'own',
		required: true,
		value: (r) => !!r.source.date.approximate
	},
	{
		name: 'source_language',
		type: 'string',
		description: 'The language of the archived text (BCP 47).',
		terms: 'own',
		required: true,
		value: (r) => r.source.language
	},
	{
		name: 'claimant_en',
		type: 'string',
		description:
			'Who makes the claim, in English: a person and office, an authority, or the outlet itself.',
		terms: 'own',
		required: true,
		value: (r) => inLocale(r.excerpt.claimant, 'en')
	},
	{
		name: 'side',
		type: 'string',
		description: 'The claimant’s side.',
		terms: 'own',
		required: true,
		enum: SIDES,
		value: (r) => r.excerpt.side
	},
	{
		name: 'stance',
		type: 'string',
		description:
			'What the excerpt does: report, claim, accusation, denial or condemnation (geo/README.md, “The data contract”).',
		terms: 'own',
		required: true,
		enum: STANCES,
		value: (r) => r.excerpt.stance
	},
	{
		name: 'exact',
		type: 'string',
		description:
			'The quoted words, verbatim from the archived article (checked before every build); “ … ” marks an elision.',
		terms: 'quotation',
		required: true,
		value: (r) => r.excerpt.exact
	},
	{
		name: 'note_en',
		type: 'string',
		description: 'What the excerpt does not say, or how to read it, in English. Empty if nothing.',
		terms: 'own',
		value: (r) => (r.excerpt.note === undefined ? null : inLocale(r.excerpt.note, 'en'))
	},
	{
		name: 'place_ids',
		type: 'string',
		description: 'The ids of the places (places.csv) that list the excerpt, comma-separated.',
		terms: 'own',
		required: true,
		value: (r) => r.placeIds.join(ID_LIST_SEPARATOR)
	},
	{
		name: 'archive_sha256',
		type: 'string',
		description:
			'The SHA-256 of the archived article’s text file the quote was checked against, which identifies the exact text.',
		terms: 'own',
		required: true,
		pattern: '^[0-9a-f]{64}$',
		value: (r) => r.source.archiveSha256
	},
	{
		name: 'corrections',
		type: 'integer',
		description: 'How many corrections the excerpt has had since it was published.',
		terms: 'own',
		required: true,
		value: (r) => r.excerpt.corrections?.length ?? 0
	},
	{
		name: 'corrections_en',
		type: 'string',
		description:
			'Each correction as “YYYY-MM-DD: what changed and why”, in English, oldest first, separated by “ | ”.',
		terms: 'own',
		value: (r) => correctionsText(r.excerpt.corrections, r.excerpt.id)
	}
];
