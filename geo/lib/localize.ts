/**
 * The catalog a page of one locale reads: every text of ours in that locale (the Serbian
 * Cyrillic generated from the Latin), each place's name in it, and every date written out in
 * it, at build time, so the browser formats nothing before the map is ready.
 */
import type { Catalog, CatalogPlace, PublicExcerpt, PublicSource } from '../../src/shared/app-data';
import { formatDay } from '../../src/shared/i18n/format';
import { inLocale, type LocalText } from '../../src/shared/i18n/local-text';
import type { Locale } from '../../src/shared/i18n/locales';
import type { Messages } from '../../src/shared/i18n/messages';

/** Our own words are a LocalText; anything else (ids, numbers, quotes) passes through. */
const OWN_WORDS = new Set([
	'summary',
	'caveat',
	'basis',
	'label',
	'note',
	'reliability',
	'description',
	'processing',
	'agreement',
	'dataset',
	'text',
	'title',
	'claimant',
	'source'
]);

function localizeWords<T>(value: T, locale: Locale): T {
	if (Array.isArray(value)) return value.map((v) => localizeWords(v, locale)) as T;
	if (!value || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.entries(value).map(([key, v]) => [
			key,
			OWN_WORDS.has(key) && (typeof v === 'string' || isLocalText(v))
				? inLocale(v as LocalText, locale)
				: localizeWords(v, locale)
		])
	) as T;
}

function isLocalText(v: unknown): v is LocalText {
	return !!v && typeof v === 'object' && 'en' in v && 'sr' in v && 'sq' in v && !('value' in v);
}

export function dateText(
	d: { value: string; precision: 'day' | 'month' | 'year'; approximate?: boolean },
	locale: Locale,
	m: Messages
): string {
	const text = formatDay(d, locale);
	return d.approximate ? m.date_about({ date: text }) : text;
}

export function localizePlace(place: CatalogPlace, locale: Locale, m: Messages): CatalogPlace {
	const words = localizeWords(place, locale);
	return {
		...words,
		name: inLocale(place.names, locale),
		dates: words.dates.map((d) => ({ ...d, text: dateText(d, locale, m) }))
	};
}

export function localizeCatalog(catalog: Catalog, locale: Locale, m: Messages): Catalog {
	return {
		...catalog,
		locale,
		places: catalog.places.map((p) => localizePlace(p, locale, m)),
		excerpts: Object.fromEntries(
			Object.entries(catalog.excerpts).map(([id, e]) => [
				id,
				localizeWords<PublicExcerpt>(e, locale)
			])
		),
		sources: Object.fromEntries(
			Object.entries(catalog.sources).map(([id, s]) => {
				const words = localizeWords<PublicSource>(s, locale);
				return [id, { ...words, date: { ...words.date, text: dateText(s.date, locale, m) } }];
			})
		)
	};
}
