/** Towns under the story, from GeoNames: orientation, never clicked. */
import { MAP_FONT } from '../palette';
import { defineLayer } from './define';
import { localName } from './expressions';

const ID = 'towns';

export default defineLayer({
	id: ID,
	role: 'basemap',
	file: 'basemap/towns.geojson',
	geometry: ['Point'],
	kinds: ['town'],
	order: 90,
	colours: { light: { dot: '#4a4740' }, dark: { dot: '#c9cdd1' } },
	sources: (features, names) => ({
		[ID]: {
			type: 'FeatureCollection',
			features: features.map((f) => ({
				type: 'Feature',
				properties: { id: f.properties.id, ...names(f.properties.names) },
				geometry: f.geometry
			}))
		}
	}),
	style: (c) => [
		{
			id: ID,
			type: 'circle',
			slot: 'basemap-labels',
			paint: { 'circle-radius': 2.5, 'circle-color': c.dot }
		},
		{
			id: `${ID}-labels`,
			type: 'symbol',
			slot: 'basemap-labels',
			layout: {
				'text-field': localName,
				'text-font': MAP_FONT,
				'text-size': 12,
				'text-offset': [0, 0.7],
				'text-anchor': 'top',
				'text-optional': true
			},
			paint: { 'text-color': c.text, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.5 }
		}
	],
	staticMap: [
		{
			slot: 'basemap-labels',
			// Town names give way to the story's places: none within 30 px of one, none under the legend.
			draw: ({
				sources,
				project,
				inView,
				underFurniture,
				storyPoints,
				label,
				nameOf,
				colours: c
			}) =>
				sources[ID]!.features.flatMap((town) => {
					const p = (town.geometry as GeoJSON.Point).coordinates;
					const [x, y] = project(p);
					const crowded = storyPoints.some(([sx, sy]) => Math.hypot(sx - x, sy - y) < 30);
					// The label sits 15 px below its dot.
					if (!inView(p) || underFurniture(x, y + 15) || crowded) return [];
					return [
						`<circle cx="${x}" cy="${y}" r="2.5" fill="${c.dot}"/>`,
						label(p, nameOf(town.properties), { size: 12, fill: c.text, dy: 15 })
					];
				})
		}
	]
});
