/**
 * Turns the checked data into what the app ships: a catalog (names, dates, excerpts, sources:
 * everything the list and the popups read), the geometry the map draws, trimmed to the
 * properties its styles need, and, for layers too long to list, the details of the places the
 * list leaves out, in shards fetched when one of them is chosen. The shapes are in
 * `src/shared/app-data.ts`.
 */
import bbox from '@turf/bbox';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, Geometry, Position } from 'geojson';
import {
	LIST_LIMIT,
	shardOf,
	type Bbox,
	type Catalog,
	type MapCollection,
	type MapGeometry
} from '../../src/shared/app-data';
import type {
	BasemapProperties,
	DateValue,
	Excerpt,
	LayerId,
	PlaceFeature,
	PlaceProperties,
	Source
} from '../../src/shared/contract';
import type { Figure } from '../../src/shared/figures';
import { nameIn } from '../../src/shared/i18n/local-text';
import { LOCALES } from '../../src/shared/i18n/locales';
import type { LabelNames } from '../../src/shared/layers/define';
import type { Registry } from '../../src/shared/layers/registry';
import { spanOfDates } from '../../src/shared/time/days';
import { buildFigures, type RawMeasure } from './figures-app';

/** A place as the build holds it, before `localizeCatalog` writes it in each locale's words. */
export interface RawPlace extends Omit<PlaceProperties, 'dates'> {
	name: string;
	lastCheckedText: string;
	dates: (DateValue & { text: string })[];
	geometryType: Geometry['type'];
	anchor: [number, number];
	bbox: Bbox;
}

/** The catalog in every locale's words at once (LocalTexts), as the build holds it. */
export interface RawCatalog extends Omit<
	Catalog,
	'places' | 'excerpts' | 'sources' | 'calendar' | 'figures'
> {
	places: RawPlace[];
	figures: RawMeasure[];
	excerpts: Record<string, Omit<Excerpt, 'prefix' | 'suffix'>>;
	sources: Record<
		string,
		Omit<Source, 'archiveSha256' | 'archiveFile' | 'date'> & {
			date: Source['date'] & { text: string };
			excerptCount: number;
		}
	>;
}

/** Places per detail shard: one fetch of about 60 KB (gzip) when an unlisted place is chosen. */
const SHARD_SIZE = 2000;

const round = (n: number) => Math.round(n * 1e5) / 1e5;

export function anchorOf(f: Feature): [number, number] {
	const g = f.geometry;
	if (g.type === 'Point') return g.coordinates as [number, number];
	if (g.type === 'LineString' || g.type === 'MultiLineString') {
		const line: Position[] = g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
		const mid = line[Math.floor(line.length / 2)]!;
		return [mid[0]!, mid[1]!];
	}
	const p = pointOnFeature(f).geometry.coordinates;
	return [round(p[0]!), round(p[1]!)];
}

function union(boxes: Bbox[]): Bbox {
	return boxes.reduce<Bbox>(
		(a, b) => [
			Math.min(a[0], b[0]),
			Math.min(a[1], b[1]),
			Math.max(a[2], b[2]),
			Math.max(a[3], b[3])
		],
		[Infinity, Infinity, -Infinity, -Infinity]
	);
}

/** A feature's label in every locale, for the label layers' one switch (see `localName`). */
export function labelNames(names: PlaceFeature['properties']['names']): LabelNames {
	return {
		name: names.en,
		...(Object.fromEntries(LOCALES.map((l) => [`name_${l}`, nameIn(names, l)])) as Omit<
			LabelNames,
			'name'
		>)
	};
}

/**
 * A place as the map draws it: its id, its names, how precise its position is, and the span of
 * its events as day numbers (`t0`, `t1`), which the timeline's one filter compares.
 */
function mapFeature(f: PlaceFeature): MapCollection['features'][number] {
	const loc = f.properties.location;
	const span = spanOfDates(f.properties.dates);
	return {
		type: 'Feature',
		properties: {
			id: f.properties.id,
			...labelNames(f.properties.names),
			precision: loc.precision,
			...(loc.precision === 'approximate' ? { radiusM: loc.radiusM } : {}),
			...(span ? { t0: span[0], t1: span[1] } : {})
		},
		geometry: f.geometry
	};
}

export function buildAppData(
	registry: Registry,
	features: PlaceFeature[],
	basemap: Record<string, Feature<Geometry, BasemapProperties>[]>,
	sources: Source[],
	excerpts: Excerpt[],
	/** The check's `archiveChecked`: the pages say when the quotes were not checked. */
	quotesChecked: boolean,
	figures: Figure[] = []
): { catalog: RawCatalog; geometry: MapGeometry; shards: RawPlace[][] } {
	// In English: localizeCatalog (localize.ts) writes each locale's own.
	const places: RawPlace[] = features.map((f) => ({
		...f.properties,
		name: f.properties.names.en,
		lastCheckedText: f.properties.lastChecked,
		dates: f.properties.dates.map((d) => ({ ...d, text: d.value })),
		geometryType: f.geometry.type,
		anchor: anchorOf(f),
		bbox: bbox(f) as Bbox
	}));
	const counts: Record<LayerId, number> = Object.fromEntries(registry.ids.map((l) => [l, 0]));
	const listed: RawPlace[] = [];
	const unlisted: RawPlace[] = [];
	for (const p of places) (counts[p.layer]!++ < LIST_LIMIT ? listed : unlisted).push(p);
	const shardCount = Math.ceil(unlisted.length / SHARD_SIZE);
	const shards: RawPlace[][] = Array.from({ length: shardCount }, () => []);
	for (const p of unlisted) shards[shardOf(p.id, shardCount)]!.push(p);
	const used = new Set(features.flatMap((f) => f.properties.excerpts));
	const publicExcerpts = Object.fromEntries(
		excerpts
			.filter((e) => used.has(e.id))
			.map(({ prefix: _prefix, suffix: _suffix, ...e }) => [e.id, e])
	);
	const publicSources = Object.fromEntries(
		sources.map(({ archiveSha256: _hash, archiveFile: _file, ...s }) => [
			s.id,
			{
				...s,
				date: { ...s.date, text: s.date.value },
				excerptCount: excerpts.filter((e) => e.source === s.id).length
			}
		])
	);
	const framing = new Set(registry.places.filter((l) => l.framesOpeningView).map((l) => l.id));
	const placeSources = Object.fromEntries(
		registry.ids.map((layer) => [
			layer,
			{
				type: 'FeatureCollection',
				features: features.filter((f) => f.properties.layer === layer).map(mapFeature)
			} satisfies MapCollection
		])
	);
	const basemapSources = registry.all.flatMap((m) =>
		m.role === 'basemap' ? Object.entries(m.sources(basemap[m.id] ?? [], labelNames)) : []
	);
	const basemapBoxes = Object.values(basemap)
		.flat()
		.filter((f) => f.geometry.type !== 'Point')
		.map((f) => bbox(f) as Bbox);
	return {
		catalog: {
			locale: 'en',
			towns: Object.values(basemap)
				.flat()
				.filter((f) => f.properties.kind === 'town' && f.geometry.type === 'Point')
				.map((f) => ({
					id: f.properties.id,
					name: f.properties.names.en,
					names: f.properties.names,
					at: (f.geometry as GeoJSON.Point).coordinates as [number, number]
				})),
			places: listed,
			counts,
			shards: shardCount,
			excerpts: publicExcerpts,
			sources: publicSources,
			figures: buildFigures(figures, excerpts, sources),
			focus: union(places.filter((p) => framing.has(p.layer)).map((p) => p.bbox)),
			extent: union([...places.map((p) => p.bbox), ...basemapBoxes]),
			quotesChecked
		},
		geometry: { sources: { ...Object.fromEntries(basemapSources), ...placeSources } },
		shards
	};
}
