/**
 * The whole MapLibre style, built offline from the project's own data: no tiles, no sprites,
 * no remote glyphs (MapLibre draws labels with local fonts when `glyphs` is omitted).
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { CLUSTER_RADII, CLUSTER_THRESHOLD, type MapGeometry } from '$geo/app-data';
import type { LayerId } from '$geo/types';
import type { Palette } from '$lib/theme';

/** Tried in order as CSS families: Debian ships DejaVu and Liberation with Chromium. */
const FONT = ['Noto Sans', 'DejaVu Sans', 'Liberation Sans', 'Arial', 'sans-serif'];

/** Every style layer that belongs to a data layer, so a toggle can switch them together. */
export const STYLE_LAYERS: Record<LayerId, string[]> = {
	'deployment-area': ['deployment-area-fill', 'deployment-area-line'],
	'ground-safety-zone': ['ground-safety-zone-fill', 'ground-safety-zone-line'],
	'kfor-reinforcement': ['kfor-reinforcement-line'],
	municipalities: [
		'municipalities-fill',
		'municipalities-line',
		'municipalities-point',
		'municipalities-label'
	],
	boundary: ['boundary-casing', 'boundary-line'],
	incidents: [
		'incidents-uncertainty',
		'incidents-point',
		'incidents-label',
		'incidents-cluster',
		'incidents-cluster-count'
	]
};

/** The real data has three incidents: they are never merged. */
export { CLUSTER_THRESHOLD };
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];

/** The style layers a click or tap can hit, topmost first. */
export const INTERACTIVE_LAYERS = [
	'incidents-cluster',
	'incidents-point',
	'incidents-uncertainty',
	'municipalities-point',
	'boundary-line',
	'kfor-reinforcement-line',
	'municipalities-fill',
	'ground-safety-zone-fill',
	'deployment-area-fill'
];

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/**
 * A radius in metres (the feature's `radiusM`) as pixels at this latitude, never under `minPx`.
 * One stop per zoom level: zoom may only drive a top-level interpolation.
 */
function metresToPixels(lat: number, minPx: number): ExpressionSpecification {
	const metresPerPixelAtZ0 = 156_543.03 * Math.cos((lat * Math.PI) / 180);
	const stops = Array.from({ length: 23 }, (_, z) => [
		z,
		['max', minPx, ['/', ['get', 'radiusM'], metresPerPixelAtZ0 / 2 ** z]]
	]).flat();
	return ['interpolate', ['exponential', 2], ['zoom'], ...stops] as ExpressionSpecification;
}

export function buildStyle(
	geometry: MapGeometry,
	palette: Palette,
	visible: ReadonlySet<LayerId>
): StyleSpecification {
	const visibility = (layer: LayerId) =>
		({ visibility: visible.has(layer) ? 'visible' : 'none' }) as const;
	const source = (data: GeoJSON.FeatureCollection) =>
		({ type: 'geojson', data, promoteId: 'id' }) as const;
	const clustered = geometry.layers.incidents.features.length > CLUSTER_THRESHOLD;

	const layers: LayerSpecification[] = [
		{ id: 'background', type: 'background', paint: { 'background-color': palette.background } },
		{
			id: 'countries-fill',
			type: 'fill',
			source: 'countries',
			paint: {
				'fill-color': [
					'match',
					['get', 'id'],
					'kosovo',
					palette.kosovo,
					'serbia',
					palette.serbia,
					palette.otherCountry
				]
			}
		},
		{
			id: 'deployment-area-fill',
			type: 'fill',
			source: 'deployment-area',
			layout: visibility('deployment-area'),
			paint: {
				'fill-color': palette.deployment,
				'fill-opacity': ['case', selected, 0.3, 0.16]
			}
		},
		{
			id: 'deployment-area-line',
			type: 'line',
			source: 'deployment-area',
			layout: visibility('deployment-area'),
			paint: { 'line-color': palette.deployment, 'line-width': 1, 'line-dasharray': [3, 2] }
		},
		{
			id: 'ground-safety-zone-fill',
			type: 'fill',
			source: 'ground-safety-zone',
			layout: visibility('ground-safety-zone'),
			paint: {
				'fill-color': palette.safetyZone,
				'fill-opacity': ['case', selected, 0.4, 0.24]
			}
		},
		{
			id: 'ground-safety-zone-line',
			type: 'line',
			source: 'ground-safety-zone',
			layout: visibility('ground-safety-zone'),
			paint: { 'line-color': palette.safetyZone, 'line-width': 1, 'line-dasharray': [1, 2] }
		},
		{
			id: 'countries-border',
			type: 'line',
			source: 'countries',
			paint: { 'line-color': palette.countryBorder, 'line-width': 0.8 }
		},
		{
			id: 'municipalities-fill',
			type: 'fill',
			source: 'municipalities',
			filter: ['!=', ['geometry-type'], 'Point'],
			layout: visibility('municipalities'),
			paint: {
				'fill-color': palette.municipalityFill,
				'fill-opacity': ['case', selected, 0.28, 0.1]
			}
		},
		{
			id: 'municipalities-line',
			type: 'line',
			source: 'municipalities',
			filter: ['!=', ['geometry-type'], 'Point'],
			layout: visibility('municipalities'),
			paint: {
				'line-color': ['case', selected, palette.selected, palette.municipality],
				'line-width': ['case', selected, 3, 1.2]
			}
		},
		{
			id: 'kfor-reinforcement-line',
			type: 'line',
			source: 'kfor-reinforcement',
			layout: visibility('kfor-reinforcement'),
			paint: {
				'line-color': palette.kfor,
				'line-width': ['case', selected, 5, 3],
				'line-opacity': 0.85,
				'line-dasharray': [2, 1.5],
				'line-offset': -2
			}
		},
		{
			id: 'boundary-casing',
			type: 'line',
			source: 'boundary',
			layout: { ...visibility('boundary'), 'line-join': 'round' },
			paint: { 'line-color': palette.boundaryCasing, 'line-width': 5, 'line-opacity': 0.8 }
		},
		{
			id: 'boundary-line',
			type: 'line',
			source: 'boundary',
			layout: { ...visibility('boundary'), 'line-join': 'round' },
			paint: {
				'line-color': ['case', selected, palette.selected, palette.boundary],
				'line-width': ['case', selected, 3.5, 2]
			}
		},
		{
			id: 'towns',
			type: 'circle',
			source: 'towns',
			paint: { 'circle-radius': 2.5, 'circle-color': palette.town }
		},
		{
			id: 'town-labels',
			type: 'symbol',
			source: 'towns',
			layout: {
				'text-field': ['get', 'name'],
				'text-font': FONT,
				'text-size': 12,
				'text-offset': [0, 0.7],
				'text-anchor': 'top',
				'text-optional': true
			},
			paint: {
				'text-color': palette.townLabel,
				'text-halo-color': palette.labelHalo,
				'text-halo-width': 1.5
			}
		},
		{
			id: 'country-labels',
			type: 'symbol',
			source: 'country-labels',
			layout: {
				'text-field': ['upcase', ['get', 'name']],
				'text-font': FONT,
				'text-size': 13,
				'text-letter-spacing': 0.2
			},
			paint: {
				'text-color': palette.countryLabel,
				'text-halo-color': palette.labelHalo,
				'text-halo-width': 1.5
			}
		},
		{
			id: 'municipalities-point',
			type: 'circle',
			source: 'municipalities',
			filter: ['==', ['geometry-type'], 'Point'],
			layout: visibility('municipalities'),
			paint: {
				'circle-radius': ['case', selected, 9, 6],
				'circle-color': palette.kosovo,
				'circle-stroke-color': ['case', selected, palette.selected, palette.municipality],
				'circle-stroke-width': 2.5
			}
		},
		{
			id: 'municipalities-label',
			type: 'symbol',
			source: 'municipalities',
			layout: {
				...visibility('municipalities'),
				'text-field': ['get', 'name'],
				'text-font': FONT,
				'text-size': 13,
				'text-offset': [0, 1],
				'text-anchor': 'top'
			},
			paint: {
				'text-color': palette.municipality,
				'text-halo-color': palette.labelHalo,
				'text-halo-width': 2
			}
		},
		{
			id: 'incidents-uncertainty',
			type: 'circle',
			source: 'incidents',
			filter: ['all', notCluster, ['==', ['get', 'precision'], 'approximate']],
			layout: visibility('incidents'),
			paint: {
				'circle-radius': metresToPixels(43, 10),
				'circle-color': palette.incident,
				'circle-opacity': 0.1,
				'circle-stroke-color': palette.incident,
				'circle-stroke-width': 1.5,
				'circle-stroke-opacity': 0.8
			}
		},
		{
			id: 'incidents-point',
			type: 'circle',
			source: 'incidents',
			filter: notCluster,
			// Exact positions draw above approximate ones that share their spot.
			layout: {
				...visibility('incidents'),
				'circle-sort-key': ['case', ['==', ['get', 'precision'], 'exact'], 1, 0]
			},
			paint: {
				'circle-radius': ['case', selected, 10, 7],
				'circle-color': [
					'case',
					['==', ['get', 'precision'], 'approximate'],
					palette.incidentStroke,
					palette.incident
				],
				'circle-stroke-color': ['case', selected, palette.selected, palette.incident],
				'circle-stroke-width': ['case', selected, 4, 2.5]
			}
		},
		{
			id: 'incidents-label',
			type: 'symbol',
			source: 'incidents',
			filter: notCluster,
			minzoom: 10,
			layout: {
				...visibility('incidents'),
				'text-field': ['get', 'name'],
				'text-font': FONT,
				'text-size': 12,
				'text-max-width': 12,
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 1.1,
				'text-optional': true
			},
			paint: {
				'text-color': palette.incident,
				'text-halo-color': palette.labelHalo,
				'text-halo-width': 2
			}
		}
	];

	if (clustered) {
		layers.push(
			{
				id: 'incidents-cluster',
				type: 'circle',
				source: 'incidents',
				filter: ['has', 'point_count'],
				layout: visibility('incidents'),
				paint: {
					'circle-color': palette.incident,
					'circle-opacity': 0.85,
					'circle-stroke-color': palette.incidentStroke,
					'circle-stroke-width': 2,
					'circle-radius': [
						'step',
						['get', 'point_count'],
						CLUSTER_RADII[0]![1],
						...CLUSTER_RADII.slice(1).flat()
					] as ExpressionSpecification
				}
			},
			{
				id: 'incidents-cluster-count',
				type: 'symbol',
				source: 'incidents',
				filter: ['has', 'point_count'],
				layout: {
					...visibility('incidents'),
					'text-field': ['get', 'point_count_abbreviated'],
					'text-font': FONT,
					'text-size': 11,
					'text-allow-overlap': true
				},
				paint: { 'text-color': palette.incidentStroke }
			}
		);
	}

	return {
		version: 8,
		sources: {
			countries: source(geometry.countries),
			'country-labels': source(geometry.countryLabels),
			towns: source(geometry.towns),
			...Object.fromEntries(Object.entries(geometry.layers).map(([id, fc]) => [id, source(fc)])),
			...(clustered
				? {
						incidents: {
							...source(geometry.layers.incidents),
							cluster: true,
							clusterRadius: 40,
							clusterMaxZoom: 12
						}
					}
				: {})
		},
		layers
	};
}
