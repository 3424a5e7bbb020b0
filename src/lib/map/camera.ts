/**
 * Where the camera goes when a place is chosen: the room a sheet over the map's bottom and a
 * popup above the place leave, and how far to pan so a place or a popup shows whole. Pure
 * arithmetic on pixels, so it is tested without a map.
 */

/** Keep this many pixels between the top and bottom padding: fitBounds refuses (and warns) otherwise. */
const MIN_FRAME = 160;

/**
 * How much of the map's height is covered at the bottom (a sheet) and needed at the top (an open
 * popup riding above the place), each capped so some of the map stays free.
 */
export function frameInsets(o: {
	containerHeight: number;
	coveredPx: number;
	popupHeight: number;
}) {
	const room = Math.max(0, o.containerHeight - MIN_FRAME);
	const bottom = Math.min(Math.max(0, o.coveredPx), room);
	const top = Math.min(Math.max(0, o.popupHeight), room - bottom);
	return { top, bottom };
}

/**
 * The pan that brings a point (in the map's pixels) into the part of the map a sheet of
 * `coveredPx` leaves, or null when it is already well inside.
 */
export function revealPan(o: {
	point: { x: number; y: number };
	width: number;
	height: number;
	coveredPx: number;
	margin?: number;
}): [number, number] | null {
	const margin = o.margin ?? 24;
	const visible = Math.max(80, o.height - o.coveredPx);
	const { x, y } = o.point;
	if (y > margin && y < visible - margin && x > margin && x < o.width - margin) return null;
	return [x - o.width / 2, y - visible / 2];
}

export interface Box {
	top: number;
	left: number;
	right: number;
}

/**
 * The pan that shows a whole popup inside the map, as Leaflet's autoPan does: up when its top is
 * cut, sideways when an edge is (the right edge keeps clear of the zoom buttons).
 */
export function popupPan(popup: Box, frame: Box, margin = 12, controlsPx = 40): [number, number] {
	const dy = Math.min(0, popup.top - frame.top - margin);
	const dx =
		popup.left - frame.left < margin
			? popup.left - frame.left - margin
			: Math.max(0, popup.right - frame.right + margin + controlsPx);
	return [dx, dy];
}

/** The zoom a point place is flown to at least, and the most a place's area is fitted to. */
export const PLACE_ZOOM = 11.5;
export const AREA_MAX_ZOOM = 11;
/** Padding around an area fitted into view, on each side, before the popup and the sheet. */
const AREA_PADDING = 40;

/**
 * How the camera frames a chosen place between a popup above it and a sheet over the map's
 * bottom: a point is flown to with an offset (flyTo's padding would stay on the map and shift
 * every later view), an area is fitted with padding. The controller hands it to MapLibre as is.
 */
export function framePlace(o: {
	bbox: [number, number, number, number];
	anchor: [number, number];
	isPoint: boolean;
	/** From `frameInsets`. */
	insets: { top: number; bottom: number };
	/** The map's zoom now: a point never zooms out. */
	zoom: number;
	reduceMotion: boolean;
}):
	| {
			kind: 'fly';
			center: [number, number];
			offset: [number, number];
			zoom: number;
			animate: boolean;
	  }
	| {
			kind: 'fit';
			bbox: [number, number, number, number];
			padding: { top: number; right: number; bottom: number; left: number };
			maxZoom: number;
			animate: boolean;
	  } {
	const { top, bottom } = o.insets;
	const animate = !o.reduceMotion;
	if (o.isPoint) {
		return {
			kind: 'fly',
			center: o.anchor,
			offset: [0, (top - bottom) / 2],
			zoom: Math.max(o.zoom, PLACE_ZOOM),
			animate
		};
	}
	return {
		kind: 'fit',
		bbox: o.bbox,
		padding: {
			top: AREA_PADDING + top,
			right: AREA_PADDING,
			bottom: AREA_PADDING + bottom,
			left: AREA_PADDING
		},
		maxZoom: AREA_MAX_ZOOM,
		animate
	};
}
