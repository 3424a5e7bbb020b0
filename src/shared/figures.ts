/**
 * The numbers the archived texts state (`geo/figures.json`): what may be counted (a small fixed
 * set of measures, each with our own label), and how the figures of one measure compare. Shared
 * by the data check, the build (which writes each measure's sentence in every locale) and the
 * page, and free of Node, so that the comparison is one pure, tested function.
 */
import type { LocalText } from './i18n/local-text';

export interface MeasureDef {
	/** Our own words for what is counted, in every language. */
	label: LocalText;
	/** A count of people or things, or a share of a whole (13 means 13 %). */
	unit: 'count' | 'percent';
	/**
	 * Measures whose figures, taken from one excerpt, add up to this one: an account that gives
	 * one police officer and three attackers killed gives four killed, though it never says "four".
	 */
	parts?: readonly MeasureId[];
}

/** The measures, in the order the panel shows them. */
export const MEASURE_IDS = [
	'killed-total',
	'killed-police',
	'killed-attackers',
	'attackers-arrested',
	'gunmen',
	'vehicles',
	'nato-additional-troops',
	'uk-troops',
	'serbs-left-north',
	'serb-population'
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export const MEASURES: Record<MeasureId, MeasureDef> = {
	'killed-total': {
		label: { en: 'People killed', sr: 'Poginuli, ukupno', sq: 'Të vrarë gjithsej' },
		unit: 'count',
		parts: ['killed-police', 'killed-attackers']
	},
	'killed-police': {
		label: {
			en: 'Police officers killed',
			sr: 'Poginuli policajci',
			sq: 'Policë të vrarë'
		},
		unit: 'count'
	},
	'killed-attackers': {
		label: { en: 'Attackers killed', sr: 'Poginuli napadači', sq: 'Sulmues të vrarë' },
		unit: 'count'
	},
	'attackers-arrested': {
		label: { en: 'Attackers arrested', sr: 'Uhapšeni napadači', sq: 'Sulmues të arrestuar' },
		unit: 'count'
	},
	gunmen: {
		label: {
			en: 'Gunmen in the attack',
			sr: 'Naoružani napadači u napadu',
			sq: 'Persona të armatosur në sulm'
		},
		unit: 'count'
	},
	vehicles: {
		label: {
			en: 'Vehicles used in the attack',
			sr: 'Vozila upotrebljena u napadu',
			sq: 'Automjete të përdorura në sulm'
		},
		unit: 'count'
	},
	'nato-additional-troops': {
		label: {
			en: 'Additional NATO troops in Kosovo',
			sr: 'Dodatni vojnici NATO-a na Kosovu',
			sq: 'Trupa shtesë të NATO-s në Kosovë'
		},
		unit: 'count'
	},
	'uk-troops': {
		label: {
			en: 'UK troops sent to KFOR',
			sr: 'Britanski vojnici poslati u KFOR',
			sq: 'Ushtarë britanikë të dërguar në KFOR'
		},
		unit: 'count'
	},
	'serbs-left-north': {
		label: {
			en: 'Share of Serbs said to have left the north in a year',
			sr: 'Udeo Srba koji su, kako se navodi, za godinu dana napustili sever',
			sq: 'Pjesa e serbëve që thuhet se u larguan nga veriu brenda një viti'
		},
		unit: 'percent'
	},
	'serb-population': {
		label: {
			en: 'Serb minority, in people',
			sr: 'Srpska manjina, broj ljudi',
			sq: 'Pakica serbe, në numër njerëzish'
		},
		unit: 'count'
	}
};

/**
 * One figure of `geo/figures.json`: a number a text states, where the text states it. Who says
 * it and where it was published come from its excerpt, never repeated here.
 */
export interface Figure {
	id: string;
	measure: MeasureId;
	/** An exact number, as stated ("four people": 4); or a range, `min` to `max` (no `max`: or more). */
	value?: number;
	min?: number;
	max?: number;
	/** The text hedges it: "approximately 30 gunmen". */
	approximate?: boolean;
	/** The places it concerns: each must list the excerpt. */
	places: string[];
	/** The excerpt it comes from (`geo/excerpts.json`). */
	excerpt: string;
	/** The number's words, verbatim inside that excerpt: "Four people". */
	words: string;
	/** What other reporting says against it, in our own words, citing that reporting. */
	contradicted?: LocalText;
}

export interface FigureFile {
	figures: Figure[];
}

/** A figure's bounds: an exact value is a range of one number; no `max` is open-ended. */
export function boundsOf(f: Pick<Figure, 'value' | 'min' | 'max'>): [number, number] {
	if (f.value !== undefined) return [f.value, f.value];
	return [f.min ?? 0, f.max ?? Infinity];
}

export interface Comparable {
	low: number;
	high: number;
	approximate?: boolean;
}

/**
 * How the figures of one measure stand to each other:
 * - `single`: one figure, and nothing to compare it with;
 * - `agree`: every figure is the same exact number;
 * - `compatible`: they are not all the same, but one number fits them all (about 30, dozens);
 * - `differ`: no one number fits them all.
 * `low` and `high` span every figure; `sums` (parts that add up to the measure) count as
 * exact figures beside the stated ones.
 */
export type Comparison = {
	kind: 'single' | 'agree' | 'compatible' | 'differ';
	low: number;
	high: number;
	stated: number;
	fromParts: number;
};

export function compareFigures(stated: Comparable[], sums: number[] = []): Comparison | null {
	const all: Comparable[] = [...stated, ...sums.map((s) => ({ low: s, high: s }))];
	if (all.length === 0) return null;
	const low = Math.min(...all.map((f) => f.low));
	const high = Math.max(...all.map((f) => f.high));
	const base = { low, high, stated: stated.length, fromParts: sums.length };
	if (all.length === 1) return { kind: 'single', ...base };
	const exact = all.every((f) => f.low === f.high && !f.approximate);
	if (exact && low === high) return { kind: 'agree', ...base };
	const fits = Math.max(...all.map((f) => f.low)) <= Math.min(...all.map((f) => f.high));
	return { kind: fits ? 'compatible' : 'differ', ...base };
}

/**
 * For a measure with parts: each excerpt that gives a figure for every part, the parts' sum.
 * An excerpt that states the measure itself adds nothing here (its own figure counts).
 */
export function sumsOfParts(
	figures: Pick<Figure, 'measure' | 'excerpt' | 'value'>[],
	measure: MeasureId
): number[] {
	const parts = MEASURES[measure].parts;
	if (!parts) return [];
	const byExcerpt = new Map<string, Map<MeasureId, number>>();
	for (const f of figures) {
		if (f.value === undefined) continue;
		const m = byExcerpt.get(f.excerpt) ?? new Map<MeasureId, number>();
		m.set(f.measure, f.value);
		byExcerpt.set(f.excerpt, m);
	}
	const sums: number[] = [];
	for (const values of byExcerpt.values()) {
		if (values.has(measure) || !parts.every((p) => values.has(p))) continue;
		sums.push(parts.reduce((n, p) => n + values.get(p)!, 0));
	}
	return sums;
}
