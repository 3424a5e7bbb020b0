/**
 * The figures as the app ships them: each joined to what its excerpt and source say (who says
 * it, the outlet, the date, the language of the words), grouped by measure in the panel's order,
 * then written out in each locale: the value, the labels, and one sentence a measure on how its
 * figures stand to each other (`compareFigures`).
 */
import type { CatalogMeasure } from '../../src/shared/app-data';
import type { Excerpt, LocalText, Source } from '../../src/shared/contract';
import {
	boundsOf,
	compareFigures,
	MEASURE_IDS,
	MEASURES,
	sumsOfParts,
	type Comparison,
	type Figure,
	type MeasureId
} from '../../src/shared/figures';
import { formatNumber, INTL_LOCALE } from '../../src/shared/i18n/format';
import { inLocale } from '../../src/shared/i18n/local-text';
import type { Locale } from '../../src/shared/i18n/locales';
import type { Messages } from '../../src/shared/i18n/messages';

export interface RawFigure extends Figure {
	lang: string;
	claimant: LocalText;
	outlet: LocalText;
	source: string;
	sourceDate: Source['date'];
}

export interface RawMeasure {
	id: MeasureId;
	figures: RawFigure[];
	/** Sums of the parts, from the excerpts that give every part (see `sumsOfParts`). */
	sums: number[];
	comparison: Comparison | null;
}

export function buildFigures(
	figures: Figure[],
	excerpts: Excerpt[],
	sources: Source[]
): RawMeasure[] {
	const excerptById = new Map(excerpts.map((e) => [e.id, e]));
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const raw = figures.flatMap((f): RawFigure[] => {
		const excerpt = excerptById.get(f.excerpt);
		const source = excerpt && sourceById.get(excerpt.source);
		if (!excerpt || !source) return []; // the check refuses these; never ship half a figure
		return [
			{
				...f,
				lang: source.language.split(/[\s(]/)[0] || source.language,
				claimant: excerpt.claimant,
				outlet: source.outlet,
				source: source.id,
				sourceDate: source.date
			}
		];
	});
	return MEASURE_IDS.map((id) => {
		const own = raw.filter((f) => f.measure === id);
		const sums = sumsOfParts(raw, id);
		const stated = own.map((f) => {
			const [low, high] = boundsOf(f);
			return { low, high, approximate: f.approximate };
		});
		return { id, figures: own, sums, comparison: compareFigures(stated, sums) };
	}).filter((m) => m.figures.length > 0);
}

function numberText(n: number, id: MeasureId, locale: Locale): string {
	if (MEASURES[id].unit === 'count') return formatNumber(n, locale);
	return new Intl.NumberFormat(INTL_LOCALE[locale], {
		style: 'percent',
		maximumFractionDigits: 1
	}).format(n / 100);
}

export function valueText(f: Figure, locale: Locale, m: Messages): string {
	const n = (v: number) => numberText(v, f.measure, locale);
	let text: string;
	if (f.value !== undefined) text = n(f.value);
	else if (f.max === undefined) return m.figure_at_least({ value: n(f.min ?? 0) });
	else text = m.figure_range({ min: n(f.min ?? 0), max: n(f.max) });
	return f.approximate ? m.figure_about({ value: text }) : text;
}

const unique = (list: string[]) => [...new Set(list)];

/** "Sources agree: 1.", "Sources differ: 4 to 5.", with the parts that add up, where any do. */
export function summaryText(measure: RawMeasure, locale: Locale, m: Messages): string {
	const c = measure.comparison;
	if (!c) return '';
	const n = (v: number) => numberText(v, measure.id, locale);
	const values = unique([
		...measure.figures.map((f) => valueText(f, locale, m)),
		...measure.sums.map(n)
	]);
	// An open range ("at least 24") has no top: the highest number any figure names stands for it.
	const finite = [...measure.figures.flatMap((f) => boundsOf(f)), ...measure.sums].filter(
		Number.isFinite
	);
	const high = Number.isFinite(c.high) ? c.high : Math.max(...finite);
	const sentence = {
		single: () => m.figures_summary_single({ value: values[0]! }),
		agree: () => m.figures_summary_agree({ value: n(c.low) }),
		compatible: () => m.figures_summary_compatible({ values: values.join('; ') }),
		differ: () => m.figures_summary_differ({ low: n(c.low), high: n(high) })
	}[c.kind]();
	const parts = MEASURES[measure.id].parts;
	if (!parts || c.fromParts === 0) return sentence;
	const lower = (s: string) => s.charAt(0).toLocaleLowerCase(INTL_LOCALE[locale]) + s.slice(1);
	return `${sentence} ${m.figures_summary_parts({
		count: c.fromParts,
		parts: parts.map((p) => lower(inLocale(MEASURES[p].label, locale))).join(' + '),
		values: unique(measure.sums.map(n)).join(', ')
	})}`;
}

export function localizeFigures(
	measures: RawMeasure[],
	locale: Locale,
	m: Messages,
	dateText: (d: Source['date']) => string
): CatalogMeasure[] {
	return measures.map((measure) => ({
		id: measure.id,
		label: inLocale(MEASURES[measure.id].label, locale),
		summary: summaryText(measure, locale, m),
		figures: measure.figures.map((f) => ({
			id: f.id,
			measure: f.measure,
			valueText: valueText(f, locale, m),
			words: f.words,
			lang: f.lang,
			claimant: inLocale(f.claimant, locale),
			outlet: inLocale(f.outlet, locale),
			date: dateText(f.sourceDate),
			places: f.places,
			excerpt: f.excerpt,
			source: f.source,
			...(f.contradicted ? { contradicted: inLocale(f.contradicted, locale) } : {})
		}))
	}));
}
