/** MapLibre expressions several layer modules use (https://maplibre.org/maplibre-style-spec/expressions/). */
import type { ExpressionSpecification } from 'maplibre-gl';

/** The chosen place: the map sets this feature state on it. */
export const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];
export const isCluster: ExpressionSpecification = ['has', 'point_count'];
export const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
export const isNotPoint: ExpressionSpecification = ['!=', ['geometry-type'], 'Point'];
export const isApproximate: ExpressionSpecification = ['==', ['get', 'precision'], 'approximate'];

/**
 * A feature's name in the page's locale: the map's one switch is its global state `locale`
 * (set when the map is made), which picks `name_<locale>`; English where a name is missing.
 */
export const localName: ExpressionSpecification = [
	'coalesce',
	['get', ['concat', 'name_', ['global-state', 'locale']]],
	['get', 'name']
];

/**
 * A radius in metres (the feature's `radiusM`) as pixels at this latitude, never under `minPx`.
 * One stop per zoom level: zoom may only drive a top-level interpolation.
 */
export function metresToPixels(lat: number, minPx: number): ExpressionSpecification {
	const metresPerPixelAtZ0 = 156_543.03 * Math.cos((lat * Math.PI) / 180);
	const stops = Array.from({ length: 23 }, (_, z) => [
		z,
		['max', minPx, ['/', ['get', 'radiusM'], metresPerPixelAtZ0 / 2 ** z]]
	]).flat();
	return ['interpolate', ['exponential', 2], ['zoom'], ...stops] as ExpressionSpecification;
}

/** The day numbers of "no limit" on either side, the timeline's global state by default. */
export const ALL_TIME = { from: -1e7, to: 1e7 } as const;

/**
 * The timeline's one filter, on every dated place layer: a place is shown when the span of its
 * events (`t0`…`t1`, day numbers) overlaps the range in the global state `from`…`to`; a place
 * without events is never hidden. Changing the range sets two state values, never a new style.
 */
export const inTimeRange: ExpressionSpecification = [
	'any',
	['!', ['has', 't0']],
	[
		'all',
		['<=', ['get', 't0'], ['global-state', 'to']],
		['>=', ['get', 't1'], ['global-state', 'from']]
	]
];
