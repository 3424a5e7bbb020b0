/**
 * Structural rules for a FeatureCollection: `geojson-validation`, then the RFC 7946 rules it
 * leaves out (right-hand winding, ranges, precision) and this map's regional bounding box.
 */
import booleanClockwise from '@turf/boolean-clockwise';
import type { Feature, Geometry, Position } from 'geojson';
import gjv from 'geojson-validation';
import { ptr, type Complain } from './errors';
import { positions } from './geometry';

/** Everything this map draws lies here: Kosovo, its neighbours' border strips, and some margin. */
export const REGION_BBOX: [number, number, number, number] = [19.0, 41.5, 22.8, 44.2];
const MAX_DECIMALS = 6;

function inRegion([lon, lat]: Position) {
	const [w, s, e, n] = REGION_BBOX;
	return lon! >= w && lon! <= e && lat! >= s && lat! <= n;
}

function decimals(n: number): number {
	const text = String(n);
	if (/e-/i.test(text)) return Infinity;
	return text.split('.')[1]?.length ?? 0;
}

/** The feature's own id, for messages, or null when it has none. */
export function featureId(f: unknown): string | null {
	const id = (f as Feature | null)?.properties?.id;
	return typeof id === 'string' ? id : null;
}

export function checkCollection(
	value: unknown,
	complain: Complain
): value is { features: Feature[] } {
	const fc = value as { type?: unknown; features?: unknown };
	if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection') {
		complain(null, '/type', 'not a GeoJSON FeatureCollection', fc?.type, '"FeatureCollection"');
		return false;
	}
	if (!Array.isArray(fc.features)) {
		complain(null, '/features', 'features is not an array', fc.features, 'an array of Features');
		return false;
	}
	return true;
}

export function checkFeatureGeometry(f: Feature, index: number, complain: Complain): boolean {
	const id = featureId(f);
	const at = ptr('features', index);
	const trace = gjv.isFeature(f, true) as string[];
	if (trace.length > 0) {
		for (const message of trace) {
			complain(
				id,
				`${at}/geometry`,
				`invalid GeoJSON (geojson-validation: ${message})`,
				f.geometry,
				'a valid RFC 7946 geometry'
			);
		}
		return false;
	}
	if (f.geometry === null) {
		complain(
			id,
			`${at}/geometry`,
			'geometry is null',
			null,
			'a geometry (run npm run geo:derive for derived shapes)'
		);
		return false;
	}
	let ok = checkPositions(f.geometry, id, at, complain);
	ok = checkRings(f.geometry, id, at, complain) && ok;
	return ok;
}

function checkPositions(g: Geometry, id: string | null, at: string, complain: Complain): boolean {
	let ok = true;
	for (const [p, path] of positions(g)) {
		const where = `${at}/geometry${path}`;
		if (p.length !== 2) {
			complain(id, where, 'position has other than 2 numbers', p, '[longitude, latitude]');
			ok = false;
			continue;
		}
		const [lon, lat] = p as [number, number];
		if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
			complain(
				id,
				where,
				'coordinate out of range',
				p,
				'longitude within ±180 and latitude within ±90'
			);
			ok = false;
		} else if (!inRegion(p)) {
			const swapped = inRegion([lat, lon]);
			complain(
				id,
				where,
				swapped
					? 'coordinate is in [latitude, longitude] order'
					: 'coordinate outside the map region',
				p,
				swapped
					? `[longitude, latitude], that is [${lat}, ${lon}]`
					: `a position within ${REGION_BBOX.join(', ')} (west, south, east, north)`
			);
			ok = false;
		}
		if (decimals(lon) > MAX_DECIMALS || decimals(lat) > MAX_DECIMALS) {
			complain(
				id,
				where,
				'coordinate has more than 6 decimals',
				p,
				'at most 6 decimals (RFC 7946 §11.2)'
			);
			ok = false;
		}
	}
	return ok;
}

function checkRings(g: Geometry, id: string | null, at: string, complain: Complain): boolean {
	const polygons =
		g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
	let ok = true;
	polygons.forEach((rings, pi) => {
		rings.forEach((ring, ri) => {
			const where = `${at}/geometry/coordinates${g.type === 'MultiPolygon' ? `/${pi}` : ''}/${ri}`;
			const first = ring[0];
			const last = ring.at(-1);
			if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
				complain(
					id,
					where,
					'ring is not closed',
					[first, last],
					'the last position equal to the first'
				);
				ok = false;
				return;
			}
			const exterior = ri === 0;
			if (booleanClockwise(ring) === exterior) {
				complain(
					id,
					where,
					`${exterior ? 'exterior' : 'interior'} ring is wound ${exterior ? 'clockwise' : 'counter-clockwise'}`,
					exterior ? 'clockwise' : 'counter-clockwise',
					`${exterior ? 'counter-clockwise' : 'clockwise'} (RFC 7946 §3.1.6 right-hand rule)`
				);
				ok = false;
			}
		});
	});
	return ok;
}
