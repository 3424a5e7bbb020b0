/**
 * The map's data layers as data: what the legend shows and how the toggles group them.
 * Styles live in `map/style.ts`; both read these ids.
 */
import type { LayerId } from '$geo/types';

export interface LayerInfo {
	id: LayerId;
	label: string;
	/** One line under the label in the legend. */
	note: string;
	group: 'story' | 'military';
	/** The legend swatch: a dot, a line or an area, in the layer's colour. */
	swatch: 'dot' | 'line' | 'area' | 'outline';
	visibleByDefault: boolean;
}

export const LAYERS: LayerInfo[] = [
	{
		id: 'incidents',
		label: 'Incidents',
		note: 'Rings show approximate positions',
		group: 'story',
		swatch: 'dot',
		visibleByDefault: true
	},
	{
		id: 'municipalities',
		label: 'Northern municipalities',
		note: 'North Mitrovica as its town point',
		group: 'story',
		swatch: 'outline',
		visibleByDefault: true
	},
	{
		id: 'boundary',
		label: 'Kosovo–Serbia boundary',
		note: 'As mapped by OpenStreetMap',
		group: 'story',
		swatch: 'line',
		visibleByDefault: true
	},
	{
		id: 'deployment-area',
		label: 'Reported Serbian Armed Forces deployment',
		note: 'Approximate: a 15 km band, no positions',
		group: 'military',
		swatch: 'area',
		visibleByDefault: true
	},
	{
		id: 'ground-safety-zone',
		label: 'Ground Safety Zone, 5 km',
		note: 'Historical: 1999–2001',
		group: 'military',
		swatch: 'area',
		visibleByDefault: false
	},
	{
		id: 'kfor-reinforcement',
		label: 'KFOR reinforcement (reported)',
		note: 'Troop numbers, not positions',
		group: 'military',
		swatch: 'outline',
		visibleByDefault: true
	}
];

export const LAYER_IDS = LAYERS.map((l) => l.id);
export const MILITARY_LAYERS = LAYERS.filter((l) => l.group === 'military').map((l) => l.id);
export const DEFAULT_VISIBLE = LAYERS.filter((l) => l.visibleByDefault).map((l) => l.id);

export function isLayerId(value: string): value is LayerId {
	return (LAYER_IDS as string[]).includes(value);
}

export function layerInfo(id: LayerId): LayerInfo {
	return LAYERS.find((l) => l.id === id)!;
}
