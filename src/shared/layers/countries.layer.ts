/** The countries under the story: Kosovo, Serbia and their neighbours, with their names. */
import { MAP_FONT } from '../palette';
import { defineLayer } from './define';
import { localName } from './expressions';

const ID = 'countries';
const LABELS = 'country-labels';

export default defineLayer({
	id: ID,
	role: 'basemap',
	file: 'basemap/countries.geojson',
	geometry: ['Polygon', 'MultiPolygon'],
	kinds: ['country'],
	order: 95,
	colours: {
		light: { serbia: '#eeebe3', other: '#e6e3dc', border: '#9a968c', label: '#6b675f' },
		dark: { serbia: '#1f2328', other: '#1a1d21', border: '#5c6166', label: '#a3a8ad' }
	},
	sources: (features, names) => ({
		[ID]: {
			type: 'FeatureCollection',
			features: features.map((f) => ({
				type: 'Feature',
				properties: { id: f.properties.id, ...names(f.properties.names) },
				geometry: f.geometry
			}))
		},
		// Where each name is drawn: an anchor the check keeps inside its country.
		[LABELS]: {
			type: 'FeatureCollection',
			features: features
				.filter((f) => f.properties.labelAnchor)
				.map((f) => ({
					type: 'Feature',
					properties: { id: f.properties.id, ...names(f.properties.names) },
					geometry: { type: 'Point', coordinates: f.properties.labelAnchor! }
				}))
		}
	}),
	style: (c) => [
		{
			id: `${ID}-fill`,
			type: 'fill',
			slot: 'land',
			paint: {
				'fill-color': ['match', ['get', 'id'], 'kosovo', c.land, 'serbia', c.serbia, c.other]
			}
		},
		{
			id: `${ID}-border`,
			type: 'line',
			slot: 'borders',
			paint: { 'line-color': c.border, 'line-width': 0.8 }
		},
		{
			id: LABELS,
			type: 'symbol',
			source: LABELS,
			slot: 'basemap-labels',
			layout: {
				'text-field': ['upcase', localName],
				'text-font': MAP_FONT,
				'text-size': 13,
				'text-letter-spacing': 0.2
			},
			paint: { 'text-color': c.label, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.5 }
		}
	],
	staticMap: [
		{
			slot: 'land',
			draw: ({ sources, pathData, colours: c }) =>
				sources[ID]!.features.map((f) => {
					const id = f.properties.id;
					const fill = id === 'kosovo' ? c.land : id === 'serbia' ? c.serbia : c.other;
					return `<path d="${pathData(f.geometry)}" fill="${fill}"/>`;
				})
		},
		{
			slot: 'borders',
			draw: ({ sources, pathData, colours: c }) =>
				sources[ID]!.features.map((f) => pathData(f.geometry))
					.filter((d) => d.length > 0)
					.map((d) => `<path d="${d}" fill="none" stroke="${c.border}" stroke-width="0.8"/>`)
		}
	]
});
