/**
 * The four Serb-majority northern municipalities: areas where a boundary is mapped, a town point
 * where none is (North Mitrovica).
 */
import type { Position } from 'geojson';
import { MAP_FONT } from '../palette';
import { defineLayer } from './define';
import { isNotPoint, isPoint, localName, selected } from './expressions';

const ID = 'municipalities';

export default defineLayer({
	id: ID,
	role: 'place',
	file: 'data/municipalities.geojson',
	geometry: ['Polygon', 'MultiPolygon', 'Point'],
	categories: ['municipality'],
	group: 'story',
	order: 20,
	visibleByDefault: true,
	listed: true,
	excerpts: 'required',
	dated: true,
	framesOpeningView: true,
	contains: { property: 'municipality' },
	colours: {
		light: { outline: '#3f4a54', fill: '#6c7a86' },
		dark: { outline: '#c3ccd4', fill: '#a5b4c2' }
	},
	legend: {
		label: (m) => m.layer_municipalities_label(),
		note: (m) => m.layer_municipalities_note(),
		swatch: { kind: 'outline', colour: 'outline' }
	},
	style: (c) => [
		{
			id: `${ID}-fill`,
			type: 'fill',
			slot: 'areas',
			interactive: true,
			filter: isNotPoint,
			paint: { 'fill-color': c.fill, 'fill-opacity': ['case', selected, 0.28, 0.1] }
		},
		{
			id: `${ID}-line`,
			type: 'line',
			slot: 'areas',
			filter: isNotPoint,
			paint: {
				'line-color': ['case', selected, c.selected, c.outline],
				'line-width': ['case', selected, 3, 1.2]
			}
		},
		{
			id: `${ID}-point`,
			type: 'circle',
			slot: 'places',
			interactive: true,
			filter: isPoint,
			paint: {
				'circle-radius': ['case', selected, 9, 6],
				'circle-color': c.land,
				'circle-stroke-color': ['case', selected, c.selected, c.outline],
				'circle-stroke-width': 2.5
			}
		},
		{
			id: `${ID}-label`,
			type: 'symbol',
			slot: 'places',
			layout: {
				'text-field': localName,
				'text-font': MAP_FONT,
				'text-size': 13,
				'text-offset': [0, 1],
				'text-anchor': 'top'
			},
			paint: { 'text-color': c.outline, 'text-halo-color': c.labelHalo, 'text-halo-width': 2 }
		}
	],
	staticMap: [
		{
			slot: 'areas',
			draw: ({ sources, pathData, colours: c }) =>
				sources[ID]!.features.filter((f) => f.geometry.type !== 'Point')
					.map((f) => pathData(f.geometry))
					.filter((d) => d.length > 0)
					.map(
						(d) =>
							`<path d="${d}" fill="${c.fill}" fill-opacity="0.1" stroke="${c.outline}" stroke-width="1.2"/>`
					)
		},
		{
			slot: 'places',
			draw: ({ sources, project, label, nameOf, colours: c }) =>
				sources[ID]!.features.flatMap((m) => {
					const g = m.geometry;
					const isTown = g.type === 'Point';
					const anchor = isTown ? g.coordinates : polygonLabelPoint(g as never);
					const [x, y] = project(anchor);
					const name = label(anchor, nameOf(m.properties), {
						size: 13,
						fill: c.outline,
						dy: isTown ? 20 : 4,
						weight: 600
					});
					return isTown
						? [
								`<circle cx="${x}" cy="${y}" r="6" fill="${c.land}" stroke="${c.outline}" stroke-width="2.5"/>`,
								name
							]
						: [name];
				})
		}
	],
	altText: ({ m, places, series }) => {
		const areas = places.filter((p) => p.geometryType !== 'Point').map((p) => p.name);
		const towns = places.filter((p) => p.geometryType === 'Point').map((p) => p.name);
		const parts = [];
		if (areas.length) parts.push(m.alt_municipalities_areas({ list: series(areas) }));
		if (towns.length === 1) parts.push(m.alt_municipalities_town({ name: towns[0]! }));
		if (towns.length > 1) parts.push(m.alt_municipalities_towns({ list: series(towns) }));
		return parts.length ? { sentence: `${parts.join('; ')}.` } : null;
	}
});

/** The vertex-average of the largest ring: good enough to place a name on a compact municipality. */
function polygonLabelPoint(g: {
	type: 'Polygon' | 'MultiPolygon';
	coordinates: Position[][] | Position[][][];
}): Position {
	const rings = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
	const outer = rings.map((p) => p[0]!).sort((a, b) => b.length - a.length)[0]!;
	const sum = outer.reduce((acc, p) => [acc[0]! + p[0]!, acc[1]! + p[1]!], [0, 0]);
	return [sum[0]! / outer.length, sum[1]! / outer.length];
}
