/** The 1999–2001 Ground Safety Zone: historical, off by default. */
import { defineLayer } from './define';
import { selected } from './expressions';

const ID = 'ground-safety-zone';

export default defineLayer({
	id: ID,
	role: 'place',
	file: 'data/border-zones.geojson',
	geometry: ['Polygon', 'MultiPolygon'],
	categories: ['historical-buffer-zone'],
	group: 'military',
	order: 50,
	visibleByDefault: false,
	listed: true,
	excerpts: 'required',
	dated: true,
	presets: ['deployments'],
	colours: { light: { area: '#7048e8' }, dark: { area: '#b197fc' } },
	legend: {
		label: (m) => m.layer_gsz_label(),
		note: (m) => m.layer_gsz_note(),
		swatch: { kind: 'area', colour: 'area', dash: '3 2' }
	},
	style: (c) => [
		{
			id: `${ID}-fill`,
			type: 'fill',
			slot: 'zones',
			interactive: true,
			paint: { 'fill-color': c.area, 'fill-opacity': ['case', selected, 0.4, 0.24] }
		},
		{
			id: `${ID}-line`,
			type: 'line',
			slot: 'zones',
			paint: { 'line-color': c.area, 'line-width': 1, 'line-dasharray': [1, 2] }
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
							`<path d="${d}" fill="${c.area}" fill-opacity="0.24" stroke="${c.area}" stroke-width="1" stroke-dasharray="1 2"/>`
					)
		}
	],
	altText: ({ m, places }) => {
		// From its first year to its last, as the dates in the catalog say.
		const years = places.flatMap((p) => p.dates.map((d) => d.value.slice(0, 4)));
		const span = years.length ? ` (${[...new Set([years[0], years.at(-1)])].join('–')})` : '';
		return { clause: m.alt_gsz({ span }) };
	}
});
