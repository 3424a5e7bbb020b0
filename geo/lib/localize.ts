/**
 * The catalog a page of one locale reads: every text of ours in that locale (the Serbian
 * Cyrillic generated from the Latin), each place's name in it, and every date written out in
 * it, at build time, so the browser formats nothing before the map is ready.
 */
import type { Catalog, CatalogPlace, PublicExcerpt, PublicSource } from '../../src/shared/app-data';
import type { RawCatalog, RawPlace } from './app-data';
import { localizeFigures } from './figures-app';
import { formatDay } from '../../src/shared/i18n/format';
import { inLocale, type LocalText } from '../../src/shared/i18n/local-text';
import type { Locale } from '../../src/shared/i18n/locales';
import type { Messages } from '../../src/shared/i18n/messages';
import { calendarOf } from '../../src/shared/i18n/calendar';

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
	'source',
	'outlet'
]);

function localizeWords<T>(value: unknown, locale: Locale): T {
	if (Array.isArray(value)) return value.map((v) => localizeWords(v, locale)) as T;
	if (!value || typeof value !== 'object') return value as T;
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

/** A correction's day, written out in the locale, beside its words in the locale. */
function localizeCorrections<T extends { corrections?: { date: string }[] }>(
	item: T,
	locale: Locale
): T {
	if (!item.corrections) return item;
	return {
		...item,
		corrections: item.corrections.map((c) => ({
			...c,
			day: formatDay({ value: c.date, precision: 'day' }, locale)
		}))
	};
}

export function localizePlace(place: RawPlace, locale: Locale, m: Messages): CatalogPlace {
	const words = localizeCorrections(localizeWords<CatalogPlace>(place, locale), locale);
	return {
		...words,
		name: inLocale(place.names, locale),
		dates: words.dates.map((d) => ({ ...d, text: dateText(d, locale, m) })),
		lastCheckedText: formatDay({ value: place.lastChecked, precision: 'day' }, locale)
	};
}

export function localizeCatalog(catalog: RawCatalog, locale: Locale, m: Messages): Catalog {
	return {
		...catalog,
		locale,
		calendar: calendarOf(locale),
		places: catalog.places.map((p) => localizePlace(p, locale, m)),
		towns: catalog.towns.map((t) => ({ ...t, name: inLocale(t.names, locale) })),
		excerpts: Object.fromEntries(
			Object.entries(catalog.excerpts).map(([id, e]) => [
				id,
				localizeCorrections(localizeWords<PublicExcerpt>(e, locale), locale)
			])
		),
		sources: Object.fromEntries(
			Object.entries(catalog.sources).map(([id, s]) => {
				const words = localizeCorrections(localizeWords<PublicSource>(s, locale), locale);
				return [id, { ...words, date: { ...words.date, text: dateText(s.date, locale, m) } }];
			})
		),
		figures: localizeFigures(catalog.figures, locale, m, (d) => dateText(d, locale, m))
	};
}
