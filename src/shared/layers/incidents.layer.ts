/** The incidents: where the violence happened. Points; an approximate one is drawn with its ring. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { CLUSTER_RADII, CLUSTER_THRESHOLD } from '../app-data';
import { MAP_FONT } from '../palette';
import { defineLayer, type StyleLayer } from './define';
import {
	isApproximate,
	isCluster,
	localName,
	metresToPixels,
	notCluster,
	selected
} from './expressions';

const ID = 'incidents';
/** Above this many incidents the alt text counts them instead of naming each one. */
const NAMED_INCIDENTS = 5;
/** Cells of the grid that stands in for the live map's clusters in the picture (its cluster radius). */
const CLUSTER_CELL_PX = 40;

export default defineLayer({
	id: ID,
	role: 'place',
	file: 'data/incidents.geojson',
	geometry: ['Point'],
	categories: ['armed-attack', 'siege', 'clash'],
	group: 'story',
	order: 10,
	visibleByDefault: true,
	listed: true,
	excerpts: 'required',
	dated: true,
	framesOpeningView: true,
	presets: ['deployments'],
	clusters: { radius: CLUSTER_CELL_PX, maxZoom: 12 },
	colours: {
		light: { incident: '#c1121f', stroke: '#ffffff' },
		dark: { incident: '#ff6b6b', stroke: '#101418' }
	},
	legend: {
		label: (m) => m.layer_incidents_label(),
		note: (m) => m.layer_incidents_note(),
		swatch: { kind: 'dot', colour: 'incident' }
	},
	style: (c, { clustered }) => [
		{
			id: `${ID}-uncertainty`,
			type: 'circle',
			slot: 'events',
			interactive: true,
			filter: ['all', notCluster, isApproximate],
			paint: {
				'circle-radius': metresToPixels(43, 10),
				'circle-color': c.incident,
				'circle-opacity': 0.1,
				'circle-stroke-color': c.incident,
				'circle-stroke-width': 1.5,
				'circle-stroke-opacity': 0.8
			}
		},
		{
			id: `${ID}-point`,
			type: 'circle',
			slot: 'events',
			interactive: true,
			filter: notCluster,
			// Exact positions draw above approximate ones that share their spot.
			layout: { 'circle-sort-key': ['case', ['==', ['get', 'precision'], 'exact'], 1, 0] },
			paint: {
				'circle-radius': ['case', selected, 10, 7],
				'circle-color': ['case', isApproximate, c.stroke, c.incident],
				'circle-stroke-color': ['case', selected, c.selected, c.incident],
				'circle-stroke-width': ['case', selected, 4, 2.5]
			}
		},
		{
			id: `${ID}-label`,
			type: 'symbol',
			slot: 'events',
			filter: notCluster,
			minzoom: 10,
			layout: {
				'text-field': localName,
				'text-font': MAP_FONT,
				'text-size': 12,
				'text-max-width': 12,
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 1.1,
				'text-optional': true
			},
			paint: { 'text-color': c.incident, 'text-halo-color': c.labelHalo, 'text-halo-width': 2 }
		},
		...(clustered
			? ([
					{
						id: `${ID}-cluster`,
						type: 'circle',
						slot: 'events',
						interactive: true,
						expandsClusters: true,
						filter: isCluster,
						paint: {
							'circle-color': c.incident,
							'circle-opacity': 0.85,
							'circle-stroke-color': c.stroke,
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
						id: `${ID}-cluster-count`,
						type: 'symbol',
						slot: 'events',
						filter: isCluster,
						layout: {
							'text-field': ['get', 'point_count_abbreviated'],
							'text-font': MAP_FONT,
							'text-size': 11,
							'text-allow-overlap': true
						},
						paint: { 'text-color': c.stroke }
					}
				] satisfies StyleLayer[])
			: [])
	],
	staticMap: [
		{
			slot: 'events',
			draw: ({ sources, project, colours: c }) => {
				const points = sources[ID]!.features.map((f) => ({
					at: project((f.geometry as GeoJSON.Point).coordinates),
					approximate: f.properties.precision === 'approximate'
				}));
				if (points.length > CLUSTER_THRESHOLD) return clusterMarks(points, c);
				// Approximate places first, so an exact point sharing their spot draws on top.
				return points
					.sort((a, b) => Number(b.approximate) - Number(a.approximate))
					.map(({ at: [x, y], approximate }) =>
						approximate
							? `<circle cx="${x}" cy="${y}" r="7" fill="${c.stroke}" stroke="${c.incident}" stroke-width="2.5"/>`
							: `<circle cx="${x}" cy="${y}" r="7" fill="${c.incident}" stroke="${c.stroke}" stroke-width="2"/>`
					);
			}
		}
	],
	altText: ({ m, places, count, formatCount }) => {
		if (count > NAMED_INCIDENTS || places.length < count) {
			return { sentence: m.alt_incidents_count({ count, shown: formatCount(count) }) };
		}
		const named = places.map((p) => {
			const words = { name: p.name, date: p.dates[0]?.text ?? '' };
			return p.location.precision === 'approximate'
				? m.alt_incident_approximate(words)
				: m.alt_incident(words);
		});
		return { sentence: m.alt_incidents_named({ list: named.join('; ') }) };
	}
});

/** One circle per grid cell with its count, as the live map's clusters. */
function clusterMarks(
	points: { at: [number, number] }[],
	c: { incident: string; stroke: string }
): string[] {
	const cells = new Map<string, { n: number; x: number; y: number }>();
	for (const { at } of points) {
		const key = `${Math.floor(at[0] / CLUSTER_CELL_PX)},${Math.floor(at[1] / CLUSTER_CELL_PX)}`;
		const cell = cells.get(key) ?? { n: 0, x: 0, y: 0 };
		cell.n++;
		cell.x += at[0];
		cell.y += at[1];
		cells.set(key, cell);
	}
	return [...cells.values()].flatMap(({ n, x, y }) => {
		const [cx, cy] = [Math.round((x / n) * 10) / 10, Math.round((y / n) * 10) / 10];
		const r = CLUSTER_RADII.filter(([from]) => n >= from).at(-1)![1];
		const count = n >= 1000 ? `${Math.round(n / 100) / 10}k` : String(n);
		return [
			`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${c.incident}" fill-opacity="0.85" stroke="${c.stroke}" stroke-width="2"/>`,
			`<text x="${cx}" y="${cy + 4}" font-size="11" fill="${c.stroke}" text-anchor="middle">${count}</text>`
		];
	});
}
