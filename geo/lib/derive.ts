/**
 * The derivation recipes. Each takes the inputs named in a feature's `derivation` and returns the
 * geometry that must ship; `geo:derive` writes it and `geo:check` recomputes it and compares.
 */
import bboxClip from '@turf/bbox-clip';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import buffer from '@turf/buffer';
import distance from '@turf/distance';
import { feature, featureCollection, lineString, multiLineString } from '@turf/helpers';
import intersect from '@turf/intersect';
import pointToLineDistance from '@turf/point-to-line-distance';
import simplify from '@turf/simplify';
import union from '@turf/union';
import type { Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import KDBush from 'kdbush';
import { normalise } from './geometry';
import { isDatasetPackage, selectFromDataset } from './inputs';
import type {
	DatasetInput,
	Derivation,
	GeometrySource,
	PlaceFeature
} from '../../src/shared/contract';

/** Serbia is clipped to the region first: buffers and intersections then take seconds, not minutes. */
export const REGION_CLIP: [number, number, number, number] = [19.5, 41.5, 22.5, 44.0];

export class DerivationError extends Error {}

function datasetGeometry(input: DatasetInput): Geometry {
	if (!isDatasetPackage(input.package)) {
		throw new DerivationError(`no loader for package ${input.package}`);
	}
	const g = selectFromDataset(input.package, input.select);
	if (!g) throw new DerivationError(`${input.package} has no feature “${input.select}”`);
	return g;
}

function polygonal(input: DatasetInput): Polygon | MultiPolygon {
	const g = datasetGeometry(input);
	if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
		throw new DerivationError(`${input.package} “${input.select}” is a ${g.type}, not a polygon`);
	}
	return g;
}

/** Clipping a polygon gives a polygon; bbox-clip's types allow lines too. */
function clip(g: Polygon | MultiPolygon, box: [number, number, number, number]) {
	return bboxClip(feature(g), box).geometry as Polygon | MultiPolygon;
}

function outerRings(g: Polygon | MultiPolygon): Position[][] {
	return g.type === 'Polygon' ? [g.coordinates[0]!] : g.coordinates.map((p) => p[0]!);
}

/** Splits segments longer than `maxKm` so that a point index over their ends finds them. */
function densify(ring: Position[], maxKm: number): Position[] {
	const out: Position[] = [ring[0]!];
	for (let i = 1; i < ring.length; i++) {
		const a = ring[i - 1]!;
		const b = ring[i]!;
		const pieces = Math.ceil(distance(a, b) / maxKm);
		for (let k = 1; k <= pieces; k++) {
			out.push([a[0]! + ((b[0]! - a[0]!) * k) / pieces, a[1]! + ((b[1]! - a[1]!) * k) / pieces]);
		}
	}
	return out;
}

/**
 * The Kosovo–Serbia boundary: the runs of Kosovo's outline whose vertices lie inside Serbia or
 * within `maxDistanceM` of its outline (the two OSM polygons are simplified separately, so they
 * neither share vertices nor meet exactly), without runs shorter than `minRunKm`, simplified.
 */
function boundaryLine(d: Extract<Derivation, { method: 'boundary-line' }>): MultiLineString {
	const [kosovoInput, serbiaInput] = d.inputs;
	if (!kosovoInput || !serbiaInput) throw new DerivationError('needs Kosovo and Serbia inputs');
	const serbia = clip(polygonal(serbiaInput), REGION_CLIP);
	const pieceKm = 0.5;
	const segments: [Position, Position][] = [];
	for (const ring of outerRings(serbia)) {
		const dense = densify(ring, pieceKm);
		for (let i = 1; i < dense.length; i++) segments.push([dense[i - 1]!, dense[i]!]);
	}
	const index = new KDBush(segments.length);
	for (const [a] of segments) index.add(a[0]!, a[1]!);
	index.finish();

	const near = (p: Position) => {
		// The two polygons were simplified separately and overlap in slivers: inside Serbia is near.
		if (booleanPointInPolygon(p, serbia)) return true;
		// Search radius in degrees of longitude (the longer unit in metres' terms at this latitude).
		const radiusM = pieceKm * 1000 + d.params.maxDistanceM;
		const r = radiusM / (111_320 * Math.cos((p[1]! * Math.PI) / 180));
		return index
			.within(p[0]!, p[1]!, r)
			.some(
				(i) =>
					pointToLineDistance(p, lineString(segments[i]!), { units: 'meters' }) <=
					d.params.maxDistanceM
			);
	};

	const runs: Position[][] = [];
	for (const ring of outerRings(polygonal(kosovoInput))) {
		const open = ring.slice(0, -1);
		const flags = open.map(near);
		// Start the walk at a vertex that is not near, so no run is cut by the ring's seam.
		const start = flags.indexOf(false);
		if (start < 0) throw new DerivationError('the whole outline is near: inputs look identical');
		let run: Position[] = [];
		for (let k = 1; k <= open.length; k++) {
			const i = (start + k) % open.length;
			if (flags[i]) run.push(open[i]!);
			else {
				if (run.length > 1) runs.push(run);
				run = [];
			}
		}
	}
	const lengthKm = (run: Position[]) =>
		run.slice(1).reduce((sum, p, i) => sum + distance(run[i]!, p), 0);
	const kept = runs.filter((r) => lengthKm(r) >= d.params.minRunKm);
	const line = simplify(multiLineString(kept), {
		tolerance: d.params.simplifyToleranceDeg,
		highQuality: true
	});
	return normalise(line.geometry);
}

/** The part of Serbia within `radiusKm` of a line: buffer ∩ Serbia. */
function serbianSideBand(
	d: Extract<Derivation, { method: 'serbian-side-band' }>,
	line: Geometry
): Polygon | MultiPolygon {
	const serbia = feature(clip(polygonal(d.inputs[1]), REGION_CLIP));
	// Buffering time grows faster than the vertex count; a coarser input line keeps it to seconds.
	const input = simplify(feature(line), {
		tolerance: d.params.lineSimplifyToleranceDeg,
		highQuality: true
	});
	const band = buffer(input, d.params.radiusKm, {
		units: 'kilometers',
		steps: d.params.steps
	});
	if (!band) throw new DerivationError('buffer returned nothing');
	const part = intersect(featureCollection([band as never, serbia as never]));
	if (!part) throw new DerivationError('the band does not meet Serbia');
	const simple = simplify(part, { tolerance: d.params.simplifyToleranceDeg, highQuality: true });
	return normalise(simple.geometry as Polygon | MultiPolygon);
}

/** bbox-clip leaves empty polygons where a part falls outside the box. */
function dropEmptyRings(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
	const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).filter(
		(rings) => (rings[0]?.length ?? 0) >= 4
	);
	return polygons.length === 1
		? { type: 'Polygon', coordinates: polygons[0]! }
		: { type: 'MultiPolygon', coordinates: polygons };
}

function unionOf(polygons: (Polygon | MultiPolygon)[]): Polygon | MultiPolygon {
	if (polygons.length === 0) throw new DerivationError('nothing to unite');
	if (polygons.length === 1) return normalise(polygons[0]!);
	const merged = union(featureCollection(polygons.map((p) => feature(p))));
	if (!merged) throw new DerivationError('union returned nothing');
	return normalise(merged.geometry);
}

/**
 * Recomputes one feature's geometry from its recipe. `resolved` gives the already recomputed
 * geometries of features it depends on (by id) and of whole layers.
 */
export function recompute(
	source: GeometrySource,
	derivation: Derivation | undefined,
	resolved: { byId: (id: string) => Geometry | undefined; layer: (layer: string) => PlaceFeature[] }
): Geometry | null {
	if (source.kind === 'dataset') {
		if (!isDatasetPackage(source.package)) {
			throw new DerivationError(`no loader for package ${source.package}`);
		}
		const g = selectFromDataset(source.package, source.select);
		if (!g) throw new DerivationError(`${source.package} has no feature “${source.select}”`);
		return normalise(g);
	}
	if (source.kind !== 'derived' || !derivation) return null;
	switch (derivation.method) {
		case 'boundary-line':
			return boundaryLine(derivation);
		case 'serbian-side-band': {
			const line = resolved.byId(derivation.inputs[0].feature);
			if (!line)
				throw new DerivationError(`input feature “${derivation.inputs[0].feature}” not found`);
			return serbianSideBand(derivation, line);
		}
		case 'clip-simplify': {
			const clipped = clip(polygonal(derivation.inputs[0]), derivation.params.bbox);
			const simple = simplify(feature(clipped), {
				tolerance: derivation.params.simplifyToleranceDeg,
				highQuality: true
			});
			return normalise(dropEmptyRings(simple.geometry));
		}
		case 'union-of-layer': {
			const polygons = resolved
				.layer(derivation.inputs[0].layer)
				.map((f) => f.geometry)
				.filter(
					(g): g is Polygon | MultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon'
				);
			return unionOf(polygons);
		}
	}
}

/** Ids this derivation reads, so features can be recomputed in dependency order. */
export function dependencies(derivation: Derivation | undefined): {
	ids: string[];
	layers: string[];
} {
	if (!derivation) return { ids: [], layers: [] };
	if (derivation.method === 'serbian-side-band')
		return { ids: [derivation.inputs[0].feature], layers: [] };
	if (derivation.method === 'union-of-layer')
		return { ids: [], layers: [derivation.inputs[0].layer] };
	return { ids: [], layers: [] };
}
