/**
 * Turns the checked data into what the app ships: a catalog (names, dates, excerpts, sources:
 * everything the list and the popups read), the geometry the map draws, trimmed to the
 * properties its styles need, and, for layers too long to list, the details of the places the
 * list leaves out, in shards fetched when one of them is chosen.
 */
import bbox from '@turf/bbox';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import {
	LAYER_IDS,
	type BasemapProperties,
	type Excerpt,
	type LayerId,
	type PlaceFeature,
	type PlaceProperties,
	type Source
} from './types';

export type Bbox = [number, number, number, number];

/**
 * How many places of a layer the list, the printed digest and the page itself carry. The real
 * data has at most eight a layer; a layer of thousands (the benchmark's synthetic incidents) is
 * drawn whole, clustered, while its list shows the first ones and says how many the map holds.
 */
export const LIST_LIMIT = 100;
/** Above this many incidents the map and the static image cluster them, so they stay legible. */
export const CLUSTER_THRESHOLD = 300;
/** A cluster's circle radius (px) by its point count: [from count, radius], the same on both. */
export const CLUSTER_RADII: [number, number][] = [
	[0, 12],
	[50, 16],
	[500, 21],
	[5000, 27]
];
/** Places per detail shard: one fetch of about 60 KB (gzip) when an unlisted place is chosen. */
const SHARD_SIZE = 2000;

export interface CatalogPlace extends Omit<PlaceProperties, 'geometrySource'> {
	geometrySource: PlaceProperties['geometrySource'];
	geometryType: Geometry['type'];
	/** Where a popup points and the list flies to: on the feature, even for thin bands. */
	anchor: [number, number];
	bbox: Bbox;
}

/** What a reader sees of a source: not the archive's file name and hash, which the check uses. */
export interface PublicSource extends Omit<Source, 'archiveSha256' | 'archiveFile'> {
	excerptCount: number;
}

/** What a reader sees of an excerpt: its context (prefix, suffix) only serves the check. */
export type PublicExcerpt = Omit<Excerpt, 'prefix' | 'suffix'>;

export interface Catalog {
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
}

/** Properties the map's styles and hit-testing read. */
export interface MapFeatureProperties {
	id: string;
	name: string;
	precision?: 'exact' | 'approximate' | 'area';
	radiusM?: number;
}

export interface MapGeometry {
	layers: Record<LayerId, FeatureCollection<Geometry, MapFeatureProperties>>;
	countries: FeatureCollection<Geometry, MapFeatureProperties>;
	countryLabels: FeatureCollection<Geometry, MapFeatureProperties>;
	towns: FeatureCollection<Geometry, MapFeatureProperties>;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** FNV-1a: a stable, even spread of ids over the shards, the same in the build and the browser. */
export function shardOf(id: string, shards: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		h ^= id.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0) % shards;
}

function anchorOf(f: Feature): [number, number] {
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

export function buildAppData(
	features: PlaceFeature[],
	basemap: {
		countries: Feature<Geometry, BasemapProperties>[];
		towns: Feature<Geometry, BasemapProperties>[];
	},
	sources: Source[],
	excerpts: Excerpt[]
): { catalog: Catalog; geometry: MapGeometry; shards: CatalogPlace[][] } {
	const places: CatalogPlace[] = features.map((f) => ({
		...f.properties,
		geometryType: f.geometry.type,
		anchor: anchorOf(f),
		bbox: bbox(f) as Bbox
	}));
	const counts = Object.fromEntries(LAYER_IDS.map((l) => [l, 0])) as Record<LayerId, number>;
	const listed: CatalogPlace[] = [];
	const unlisted: CatalogPlace[] = [];
	for (const p of places) (counts[p.layer]++ < LIST_LIMIT ? listed : unlisted).push(p);
	const shardCount = Math.ceil(unlisted.length / SHARD_SIZE);
	const shards: CatalogPlace[][] = Array.from({ length: shardCount }, () => []);
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
			{ ...s, excerptCount: excerpts.filter((e) => e.source === s.id).length }
		])
	);
	const focusLayers: LayerId[] = ['incidents', 'municipalities'];
	const layers = Object.fromEntries(
		LAYER_IDS.map((layer) => [
			layer,
			{
				type: 'FeatureCollection',
				features: features
					.filter((f) => f.properties.layer === layer)
					.map((f) => ({
						type: 'Feature',
						properties: {
							id: f.properties.id,
							name: f.properties.names.en,
							precision: f.properties.location.precision,
							...(f.properties.location.precision === 'approximate'
								? { radiusM: f.properties.location.radiusM }
								: {})
						},
						geometry: f.geometry
					}))
			}
		])
	) as MapGeometry['layers'];
	const slim = (
		f: Feature<Geometry, BasemapProperties>,
		geometry: Geometry = f.geometry
	): Feature<Geometry, MapFeatureProperties> => ({
		type: 'Feature',
		properties: { id: f.properties.id, name: f.properties.names.en },
		geometry
	});
	return {
		catalog: {
			places: listed,
			counts,
			shards: shardCount,
			excerpts: publicExcerpts,
			sources: publicSources,
			focus: union(places.filter((p) => focusLayers.includes(p.layer)).map((p) => p.bbox)),
			extent: union([
				...places.map((p) => p.bbox),
				...basemap.countries.map((c) => bbox(c) as Bbox)
			])
		},
		geometry: {
			layers,
			countries: { type: 'FeatureCollection', features: basemap.countries.map((c) => slim(c)) },
			countryLabels: {
				type: 'FeatureCollection',
				features: basemap.countries
					.filter((c) => c.properties.labelAnchor)
					.map((c) => slim(c, { type: 'Point', coordinates: c.properties.labelAnchor! }))
			},
			towns: { type: 'FeatureCollection', features: basemap.towns.map((t) => slim(t)) }
		},
		shards
	};
}
