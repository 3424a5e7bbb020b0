/**
 * What the map is made with, apart from its container and style: the opening camera (a view
 * from the URL, else the story's places), how far it may pan, its gestures and the words of its
 * controls. Pure, so the camera and the bounds are tested without a map.
 */
import type { MapOptions as MapLibreOptions } from 'maplibre-gl';
import type { Bbox } from '$shared/app-data';
import type { Messages } from '$shared/i18n/messages';
import type { View } from '$lib/url-state';
import { MAX_ZOOM, MIN_ZOOM } from './zoom';

/** How far past the data's extent the map may pan, in degrees on each side. */
const PAN_MARGIN = 1.5;
/** Room around the story's places in the opening view, in pixels. */
const FOCUS_PADDING = 24;

export function mapSettings(o: {
	m: Messages;
	view: View | null;
	focus: Bbox;
	extent: Bbox;
	interactive: boolean;
	cooperativeGestures: boolean;
}): Omit<MapLibreOptions, 'container' | 'style'> {
	const [w, s, e, n] = o.extent;
	const { m } = o;
	return {
		...(o.view
			? { center: [o.view.lon, o.view.lat], zoom: o.view.zoom }
			: { bounds: o.focus, fitBoundsOptions: { padding: FOCUS_PADDING } }),
		minZoom: MIN_ZOOM,
		maxZoom: MAX_ZOOM,
		maxBounds: [
			[w - PAN_MARGIN, s - PAN_MARGIN],
			[e + PAN_MARGIN, n + PAN_MARGIN]
		],
		interactive: o.interactive,
		cooperativeGestures: o.cooperativeGestures,
		attributionControl: false,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		locale: {
			'CooperativeGesturesHandler.WindowsHelpText': m.gesture_windows(),
			'CooperativeGesturesHandler.MacHelpText': m.gesture_mac(),
			'CooperativeGesturesHandler.MobileHelpText': m.gesture_mobile(),
			'NavigationControl.ZoomIn': m.map_zoom_in(),
			'NavigationControl.ZoomOut': m.map_zoom_out(),
			'AttributionControl.ToggleAttribution': m.map_attribution_toggle(),
			// Named by MapKeyboard (the page's label); a static map is a picture, hidden from AT.
			'Map.Title': m.map_label()
		}
	};
}
