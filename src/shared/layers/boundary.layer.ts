/** The Kosovo–Serbia boundary, drawn where OpenStreetMap draws it. */
import { defineLayer } from './define';
import { selected } from './expressions';

const ID = 'boundary';

export default defineLayer({
	id: ID,
	role: 'place',
	file: 'data/border-zones.geojson',
	geometry: ['LineString', 'MultiLineString'],
	categories: ['boundary'],
	group: 'story',
	order: 30,
	visibleByDefault: true,
	listed: true,
	excerpts: 'required',
	dated: true,
	presets: ['deployments'],
	colours: {
		light: { line: '#1f1f1f', casing: '#ffffff' },
		dark: { line: '#f1f3f5', casing: '#101418' }
	},
	legend: {
		label: (m) => m.layer_boundary_label(),
		note: (m) => m.layer_boundary_note(),
		swatch: { kind: 'line', colour: 'line' }
	},
	style: (c) => [
		{
			id: `${ID}-casing`,
			type: 'line',
			slot: 'lines',
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.casing, 'line-width': 5, 'line-opacity': 0.8 }
		},
		{
			id: `${ID}-stroke`,
			type: 'line',
			slot: 'lines',
			interactive: true,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': ['case', selected, c.selected, c.line],
				'line-width': ['case', selected, 3.5, 2]
			}
		}
	],
	staticMap: [
		{
			slot: 'lines',
			draw: ({ sources, pathData, colours: c }) =>
				sources[ID]!.features.map((f) => pathData(f.geometry))
					.filter((d) => d.length > 0)
					.map(
						(d) =>
							`<path d="${d}" fill="none" stroke="${c.line}" stroke-width="2" stroke-linejoin="round"/>`
					)
		}
	],
	altText: ({ m }) => ({ clause: m.alt_boundary() })
});
