/**
 * What MapView shares with the components it renders (the popup): the live map, set once it
 * exists, under a key of its own; the getter fails loudly outside a MapView.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap, Popup } from 'maplibre-gl';

const KEY = Symbol('north-kosovo-map: map view');

export class MapContext {
	map = $state.raw<MapLibreMap | null>(null);
	/** The open popup, so the camera can leave it room above the place. */
	popup: Popup | null = null;
}

export function setMapContext(): MapContext {
	return setContext(KEY, new MapContext());
}

export function getMapContext(): MapContext & { map: MapLibreMap } {
	const context = getContext<MapContext | undefined>(KEY);
	if (!context?.map)
		throw new Error('MapPopup must be rendered inside a MapView, once its map exists');
	return context as MapContext & { map: MapLibreMap };
}
