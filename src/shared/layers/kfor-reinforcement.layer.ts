/** NATO's reported KFOR reinforcement in the north: troop numbers, drawn as the area they serve. */
import { defineLayer } from './define';
import { selected } from './expressions';

const ID = 'kfor-reinforcement';

export default defineLayer({
	id: ID,
	role: 'place',
	file: 'data/border-zones.geojson',
	geometry: ['Polygon', 'MultiPolygon'],
	categories: ['reported-reinforcement-area'],
	group: 'military',
	order: 60,
	visibleByDefault: true,
	listed: true,
	excerpts: 'required',
	dated: true,
	presets: ['deployments'],
	colours: { light: { line: '#1864ab' }, dark: { line: '#74c0fc' } },
	legend: {
		label: (m) => m.layer_kfor_label(),
		note: (m) => m.layer_kfor_note(),
		swatch: { kind: 'outline', colour: 'line', dash: '4 3' }
	},
	style: (c) => [
		{
			id: `${ID}-line`,
			type: 'line',
			slot: 'areas',
			interactive: true,
			paint: {
				'line-color': c.line,
				'line-width': ['case', selected, 5, 3],
				'line-opacity': 0.85,
				'line-dasharray': [2, 1.5],
				'line-offset': -2
			}
		}
	],
	staticMap: [
		{
			slot: 'areas',
			draw: ({ sources, pathData, colours: c }) =>
				sources[ID]!.features.map((f) => pathData(f.geometry))
					.filter((d) => d.length > 0)
					.map(
						(d) =>
							`<path d="${d}" fill="none" stroke="${c.line}" stroke-width="2.5" stroke-dasharray="4 3" stroke-opacity="0.85"/>`
					)
		}
	],
	altText: ({ m }) => ({ clause: m.alt_kfor() })
});
