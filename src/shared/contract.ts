/**
 * The data contract of the map. Every curated feature in `geo/data/*.geojson` carries
 * `PlaceProperties`; the check (`geo/lib/check.ts`) enforces it and the app reads it. Which
 * layers exist, and what each may hold, is the layer registry's (`src/shared/layers/`).
 */
import type { Feature, Geometry } from 'geojson';
import type { LocalText } from './i18n/local-text';

export type { LocalText };

/** A layer's id, as its module in `src/shared/layers/` declares it. */
export type LayerId = string;
/** A feature's category, from the list its layer's module allows. */
export type Category = string;

export type DatePrecision = 'day' | 'month' | 'year';

/** A date as precise as the sources allow: `2023-09-24` (day), `2023-05` (month), `2023` (year). */
export interface DateValue {
	value: string;
	precision: DatePrecision;
	/** What the date is: "siege and police operation", "boundary data published". */
	label: LocalText;
	/** True when the date is inferred rather than stated. */
	approximate?: boolean;
	/**
	 * What the date is of: an event of the story (the default), or the data itself (a dataset's
	 * publication), which the timeline neither draws nor filters by.
	 */
	of?: 'event' | 'data';
}

export type LocationPrecision =
	| { precision: 'exact'; basis: LocalText }
	| { precision: 'approximate'; radiusM: number; basis: LocalText }
	| { precision: 'area'; basis: LocalText };

/**
 * A change made to published data, recorded where the reader meets it: what changed and why,
 * in our own words. Corrections are never silent and never removed.
 */
export interface Correction {
	/** The day the correction was published, `YYYY-MM-DD`: a real day, not after the build. */
	date: string;
	/** What changed and why: one or more sentences, each ending with a full stop. */
	text: LocalText;
}

export interface Names {
	en: string;
	/** Serbian, Latin script. */
	sr: string;
	/** Albanian. */
	sq: string;
}

export interface Citation {
	/** Who gives the coordinate: "Wikipedia (en), article “Banjska Monastery”". */
	source: LocalText;
	/** The coordinate exactly as that source prints it, degrees-minutes-seconds. */
	printed: string;
}

/** Where a geometry comes from. Every kind can be checked by machine. */
export type GeometrySource =
	| {
			kind: 'cited-coordinate';
			citations: Citation[];
			/** How well independent sources agree, in words: "71 m from the Google plus code …". */
			agreement?: LocalText;
	  }
	| {
			kind: 'dataset';
			dataset: LocalText;
			package: string;
			version: string;
			file: string;
			/** The upstream feature, by its own name. */
			select: string;
			licence: string;
			processing: LocalText;
	  }
	| {
			kind: 'supplied-file';
			file: string;
			sha256: string;
			source: string;
			licence: string;
	  }
	| { kind: 'derived' };

export interface DatasetInput {
	package: string;
	version: string;
	file: string;
	select: string;
}

/** A recipe the check re-runs: a fixed method with its inputs and parameters. */
export type Derivation =
	| {
			method: 'boundary-line';
			description: LocalText;
			inputs: DatasetInput[];
			params: { maxDistanceM: number; minRunKm: number; simplifyToleranceDeg: number };
			turf: string[];
	  }
	| {
			method: 'serbian-side-band';
			description: LocalText;
			inputs: [{ feature: string }, DatasetInput];
			params: {
				radiusKm: number;
				steps: number;
				lineSimplifyToleranceDeg: number;
				simplifyToleranceDeg: number;
			};
			turf: string[];
	  }
	| {
			method: 'clip-simplify';
			description: LocalText;
			inputs: [DatasetInput];
			params: { bbox: [number, number, number, number]; simplifyToleranceDeg: number };
			turf: string[];
	  }
	| {
			method: 'union-of-layer';
			description: LocalText;
			inputs: [{ layer: LayerId; geometry: 'polygonal' }];
			params: Record<string, never>;
			turf: string[];
	  };

export interface PlaceProperties {
	id: string;
	layer: LayerId;
	category: Category;
	names: Names;
	/** Empty only in layers whose module allows undated places (context places). */
	dates: DateValue[];
	location: LocationPrecision;
	geometrySource: GeometrySource;
	derivation?: Derivation;
	/** One sentence in our own words. */
	summary: LocalText;
	/** Ids into `geo/excerpts.json`; empty in layers whose module carries no excerpts. */
	excerpts: string[];
	/** For incidents: the municipality the point falls in, checked by point-in-polygon. */
	municipality?: string;
	/** Anything a reader must know to read the shape honestly. */
	caveat?: LocalText;
	/** The day the feature was last checked against the archive, `YYYY-MM-DD`. */
	lastChecked: string;
	/** Every change made to the feature since it was published, oldest first. */
	corrections?: Correction[];
}

export type PlaceFeature = Feature<Geometry, PlaceProperties>;

/** Context drawn under the story: neighbouring countries and towns. */
export interface BasemapProperties {
	id: string;
	kind: 'country' | 'town';
	names: Names;
	geometrySource: GeometrySource;
	derivation?: Derivation;
	/** Where the country's name is drawn; must fall inside the country. */
	labelAnchor?: [number, number];
}

export const SIDES = [
	'kosovo',
	'serbia',
	'russia',
	'united-states',
	'nato',
	'united-kingdom',
	'participant',
	'outlet'
] as const;
export type Side = (typeof SIDES)[number];

export const STANCES = ['report', 'claim', 'accusation', 'denial', 'condemnation'] as const;
export type Stance = (typeof STANCES)[number];

export interface Source {
	id: string;
	/** A proper name stays a string; our description of an unnamed outlet is a LocalText. */
	outlet: LocalText;
	/** The headline as printed, or our description of an untitled text (a LocalText). */
	title: LocalText;
	date: Omit<DateValue, 'label'> & { note?: LocalText };
	language: string;
	/** File name inside the archive folder (`NKM_SOURCES_DIR`, default `../shared/sources`). */
	archiveFile: string;
	archiveSha256: string;
	/** Where the text itself shows errors, and how far to trust its unique claims. */
	reliability?: LocalText;
	note?: LocalText;
	/** Every change made to the source's entry since it was published, oldest first. */
	corrections?: Correction[];
}

/** A verbatim quote, anchored like a W3C TextQuoteSelector. */
export interface Excerpt {
	id: string;
	source: string;
	exact: string;
	prefix: string;
	suffix: string;
	/** Who makes the claim: "Kosovo authorities", "John Kirby, White House". */
	claimant: LocalText;
	side: Side;
	stance: Stance;
	note?: LocalText;
	/** Every change made to the excerpt (its note, claimant, stance) since it was published. */
	corrections?: Correction[];
}

export interface SourceRegistry {
	sources: Source[];
}
export interface ExcerptFile {
	excerpts: Excerpt[];
}

/**
 * A data type as a page reads it: every LocalText of ours as the string of the page's locale
 * (names keep all their forms).
 */
export type Localized<T> = T extends string | number | boolean | null | undefined
	? T
	: T extends readonly (infer U)[]
		? Localized<U>[]
		: T extends Record<'en' | 'sr' | 'sq', string>
			? string
			: { [K in keyof T]: K extends 'names' ? T[K] : Localized<T[K]> };
