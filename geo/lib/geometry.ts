/** Small geometry utilities shared by the derivations and the check. */
import rewind from '@turf/rewind';
import truncate from '@turf/truncate';
import type { Geometry, Position } from 'geojson';

/** Every geometry we write has this many decimals (about 1 m); RFC 7946 advises no more than 6. */
export const DECIMALS = 5;

/** Rounds to `DECIMALS` and rewinds rings to the RFC 7946 right-hand rule. */
export function normalise<G extends Geometry>(geometry: G): G {
	const rounded = truncate(geometry, { precision: DECIMALS, coordinates: 2, mutate: false });
	return rewind(rounded, { reverse: false, mutate: true }) as G;
}

export interface Difference {
	path: string;
	seen: unknown;
	expected: unknown;
}

/** The first place where two geometries differ by more than `tolerance` degrees, or null. */
export function firstDifference(
	seen: unknown,
	expected: unknown,
	tolerance = 2 * 10 ** -DECIMALS,
	path = ''
): Difference | null {
	if (typeof expected === 'number') {
		return typeof seen === 'number' && Math.abs(seen - expected) <= tolerance
			? null
			: { path, seen, expected };
	}
	if (Array.isArray(expected)) {
		if (!Array.isArray(seen)) return { path, seen, expected: `an array of ${expected.length}` };
		if (seen.length !== expected.length) {
			return { path, seen: `${seen.length} items`, expected: `${expected.length} items` };
		}
		for (let i = 0; i < expected.length; i++) {
			const d = firstDifference(seen[i], expected[i], tolerance, `${path}/${i}`);
			if (d) return d;
		}
		return null;
	}
	if (expected && typeof expected === 'object') {
		if (!seen || typeof seen !== 'object') return { path, seen, expected: 'an object' };
		for (const [k, v] of Object.entries(expected)) {
			const d = firstDifference((seen as Record<string, unknown>)[k], v, tolerance, `${path}/${k}`);
			if (d) return d;
		}
		return null;
	}
	return seen === expected ? null : { path, seen, expected };
}

/** Every position of a geometry, with its JSON-pointer path below `coordinates`. */
export function* positions(geometry: Geometry): Generator<[Position, string]> {
	function* walk(value: unknown, path: string): Generator<[Position, string]> {
		if (Array.isArray(value) && typeof value[0] === 'number') yield [value as Position, path];
		else if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) yield* walk(value[i], `${path}/${i}`);
		}
	}
	if (geometry.type === 'GeometryCollection') {
		for (const [i, g] of geometry.geometries.entries()) {
			for (const [p, path] of positions(g)) yield [p, `/geometries/${i}${path}`];
		}
	} else yield* walk(geometry.coordinates, '/coordinates');
}

/** Parses a printed coordinate such as `42°58′17″N 20°46′57″E` into [lon, lat]. */
export function parseDms(printed: string): Position | null {
	const part = /(\d+(?:\.\d+)?)°\s*(?:(\d+(?:\.\d+)?)[′']\s*)?(?:(\d+(?:\.\d+)?)[″"]\s*)?([NSEW])/g;
	let lat: number | null = null;
	let lon: number | null = null;
	for (const m of printed.matchAll(part)) {
		const value = Number(m[1]) + Number(m[2] ?? 0) / 60 + Number(m[3] ?? 0) / 3600;
		const hemi = m[4]!;
		if (hemi === 'N' || hemi === 'S') lat = hemi === 'S' ? -value : value;
		else lon = hemi === 'W' ? -value : value;
	}
	return lat === null || lon === null ? null : [lon, lat];
}
