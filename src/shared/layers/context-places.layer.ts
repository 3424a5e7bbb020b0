/**
 * Context places: the crossings on the boundary and the villages by the incidents, where a
 * published coordinate places them. For orientation only: they quote no source, carry no date
 * and stay off the reader's list of the story's places unless one is chosen on the map. They
 * show from zoom 10, where a reader looking at the monastery needs them; so the overview picture
 * (and its alt text) leaves them out, as the live map at that scale does.
 */
import { MAP_FONT } from '../palette';
import { defineLayer } from './define';
import { localName, selected } from './expressions';

const ID = 'context-places';
const FROM_ZOOM = 10;

export default defineLayer({
	id: ID,
	role: 'place',
	file: 'data/context-places.geojson',
	geometry: ['Point'],
	categories: ['border-crossing', 'village'],
	group: 'context',
	order: 70,
	visibleByDefault: true,
	listed: false,
	excerpts: 'none',
	dated: false,
	colours: {
		light: { dot: '#495057', stroke: '#ffffff', label: '#343a40' },
		dark: { dot: '#ced4da', stroke: '#101418', label: '#dee2e6' }
	},
	legend: {
		label: (m) => m.layer_context_label(),
		note: (m) => m.layer_context_note(),
		swatch: { kind: 'dot', colour: 'dot' }
	},
	style: (c) => [
		{
			id: `${ID}-point`,
			type: 'circle',
			slot: 'context',
			interactive: true,
			minzoom: FROM_ZOOM,
			paint: {
				'circle-radius': ['case', selected, 7, 4.5],
				'circle-color': c.dot,
				'circle-stroke-color': ['case', selected, c.selected, c.stroke],
				'circle-stroke-width': ['case', selected, 3, 1.5]
			}
		},
		{
			id: `${ID}-label`,
			type: 'symbol',
			slot: 'context',
			minzoom: FROM_ZOOM,
			layout: {
				'text-field': localName,
				'text-font': MAP_FONT,
				'text-size': 11,
				'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
				'text-radial-offset': 0.8,
				'text-optional': true
			},
			paint: { 'text-color': c.label, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.5 }
		}
	],
	staticMap: [],
	altText: () => null
});
