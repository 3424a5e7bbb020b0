/**
 * The shape of what `npm run geo:build` writes for the app (`src/lib/generated/`), and the limits
 * both sides apply: the build when it writes, the browser when it reads.
 */
import type { Calendar } from './i18n/calendar';
import type { FeatureCollection, Geometry } from 'geojson';
import type {
	Correction,
	Excerpt,
	LayerId,
	Localized,
	Names,
	PlaceProperties,
	Source
} from './contract';
import type { MeasureId } from './figures';
import type { Locale } from './i18n/locales';

export type Bbox = [number, number, number, number];

/**
 * How many places of a layer the list, the printed digest and the page itself carry. A layer of
 * thousands (the benchmark's synthetic incidents) is drawn whole, clustered, while its list shows
 * the first ones and says how many the map holds.
 */
export const LIST_LIMIT = 100;
/** Above this many points a layer that clusters (incidents) is clustered, on the map and in the picture. */
export const CLUSTER_THRESHOLD = 300;
/** A cluster's circle radius (px) by its point count: [from count, radius], the same on both. */
export const CLUSTER_RADII: [number, number][] = [
	[0, 12],
	[50, 16],
	[500, 21],
	[5000, 27]
];

/**
 * A place as a page reads it, in that page's locale: our own words as strings of that locale,
 * `name` in it, and each date with its `text`.
 */
/** A correction as a page reads it: its words in the locale, and its day written out in it. */
export type PublicCorrection = Localized<Correction> & { day: string };

export interface CatalogPlace extends Omit<Localized<PlaceProperties>, 'dates' | 'corrections'> {
	name: string;
	dates: (Localized<PlaceProperties['dates'][number]> & { text: string })[];
	corrections?: PublicCorrection[];
	/** `lastChecked`, written out in the locale. */
	lastCheckedText: string;
	geometryType: Geometry['type'];
	/** Where a popup points and the list flies to: on the feature, even for thin bands. */
	anchor: [number, number];
	bbox: Bbox;
}

/** What a reader sees of a source: not the archive's file name and hash, which the check uses. */
export interface PublicSource extends Omit<
	Localized<Source>,
	'archiveSha256' | 'archiveFile' | 'date' | 'corrections'
> {
	corrections?: PublicCorrection[];
	date: Localized<Source['date']> & { text: string };
	excerptCount: number;
}

/** What a reader sees of an excerpt: its context (prefix, suffix) only serves the check. */
export type PublicExcerpt = Omit<Localized<Excerpt>, 'prefix' | 'suffix' | 'corrections'> & {
	corrections?: PublicCorrection[];
};

export interface Catalog {
	locale: Locale;
	/** The listed places of every layer, in editorial order (at most `LIST_LIMIT` a layer). */
	places: CatalogPlace[];
	/** How many places each layer has, listed or not. */
	counts: Record<LayerId, number>;
	/** Detail shards for the unlisted places: place `id` is in shard `shardOf(id, shards)`. */
	shards: number;
	excerpts: Record<string, PublicExcerpt>;
	sources: Record<string, PublicSource>;
	/** The extent the map opens on: the story's places, not the whole boundary band. */
	focus: Bbox;
	/** Everything drawn, for the map's max bounds. */
	extent: Bbox;
	/** The basemap's towns, which the place search also finds (they have no details). */
	towns: CatalogTown[];
	/** How the locale writes a day, for the days the browser writes (the timeline's range). */
	calendar: Calendar;
	/**
	 * Whether this build compared every quote with its archived article. False when the archive
	 * was missing (a build outside CI without NKM_SOURCES_DIR): every page then says so.
	 */
	quotesChecked: boolean;
	/** The numbers the texts state (geo/figures.json), by measure, in the panel's order. */
	figures: CatalogMeasure[];
}

/** One measure's figures, as the "What the sources count" panel reads them, in the page's locale. */
export interface CatalogMeasure {
	id: MeasureId;
	/** Our label for what is counted. */
	label: string;
	/** How the figures stand to each other: "Sources differ: 4 to 5." */
	summary: string;
	figures: CatalogFigure[];
}

/** A figure with what its excerpt and source say of it: who says it, where and when. */
export interface CatalogFigure {
	id: string;
	measure: MeasureId;
	/** The value, written out in the locale: "1,000", "about 30", "at least 24", "13 %". */
	valueText: string;
	/** The number's words, verbatim from the excerpt (never translated), in `lang`. */
	words: string;
	/** The language of the archived text the words come from. */
	lang: string;
	claimant: string;
	outlet: string;
	/** The source's date, written out in the locale. */
	date: string;
	places: string[];
	excerpt: string;
	source: string;
	/** What other reporting says against it, in our words. */
	contradicted?: string;
}

export interface CatalogTown {
	id: string;
	/** In the page's locale. */
	name: string;
	names: Names;
	at: [number, number];
}

/** Properties the map's styles and hit-testing read: its name in English, and in each locale (`name_sq`). */
export interface MapFeatureProperties {
	id: string;
	name: string;
	[locale: `name_${string}`]: string;
	precision?: 'exact' | 'approximate' | 'area';
	radiusM?: number;
	/** The span of the place's events, in day numbers (src/shared/time/days.ts); none if undated. */
	t0?: number;
	t1?: number;
}

export type MapCollection = FeatureCollection<Geometry, MapFeatureProperties>;

/** What the map draws: one GeoJSON source per id, as the layer modules name them. */
export interface MapGeometry {
	sources: Record<string, MapCollection>;
}

/** FNV-1a: a stable, even spread of ids over the shards, the same in the build and the browser. */
export function shardOf(id: string, shards: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		h ^= id.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0) % shards;
}

/** A file the build writes under `/data/` for anyone to take away. */
export interface DataFile {
	/** Its name under `/data/`. */
	path: string;
	format: string;
	bytes: number;
}

/** What the pages list of `/data/`, with the version and the day to cite. */
export interface DataFiles {
	version: string;
	/** The day the files were written, `YYYY-MM-DD`. */
	day: string;
	files: DataFile[];
}
