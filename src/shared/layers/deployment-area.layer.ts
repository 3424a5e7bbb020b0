/**
 * The reported Serbian deployment: an approximate band on the Serbian side of the boundary, no
 * positions (its depth is this map's drawing choice; see the feature's caveat).
 */
import { defineLayer } from './define';
import { selected } from './expressions';

const ID = 'deployment-area';

export default defineLayer({
	id: ID,
	role: 'place',
	file: 'data/border-zones.geojson',
	geometry: ['Polygon', 'MultiPolygon'],
	categories: ['reported-deployment-area'],
	group: 'military',
	order: 40,
	visibleByDefault: true,
	listed: true,
	excerpts: 'required',
	dated: true,
	presets: ['deployments'],
	colours: { light: { area: '#e8590c' }, dark: { area: '#ff922b' } },
	legend: {
		label: (m) => m.layer_deployment_label(),
		note: (m) => m.layer_deployment_note(),
		swatch: { kind: 'area', colour: 'area', dash: '3 2' }
	},
	style: (c) => [
		{
			id: `${ID}-fill`,
			type: 'fill',
			slot: 'zones',
			interactive: true,
			paint: { 'fill-color': c.area, 'fill-opacity': ['case', selected, 0.3, 0.16] }
		},
		{
			id: `${ID}-line`,
			type: 'line',
			slot: 'zones',
			paint: { 'line-color': c.area, 'line-width': 1, 'line-dasharray': [3, 2] }
		}
	],
	staticMap: [
		{
			slot: 'zones',
			draw: ({ sources, pathData, colours: c }) =>
				sources[ID]!.features.map((f) => pathData(f.geometry))
					.filter((d) => d.length > 0)
					.map(
						(d) =>
							`<path d="${d}" fill="${c.area}" fill-opacity="0.16" stroke="${c.area}" stroke-width="1" stroke-dasharray="3 2"/>`
					)
		}
	],
	altText: ({ m }) => ({ clause: m.alt_deployment() })
});
