/**
 * The only module that touches MapLibre: it creates the map, switches layers, highlights and
 * frames places, and reports clicks. Svelte components drive it through this small interface.
 */
import {
	AttributionControl,
	Map as MapLibreMap,
	NavigationControl,
	Popup,
	setWorkerUrl,
	type GeoJSONSource,
	type MapGeoJSONFeature,
	type StyleSpecification
} from 'maplibre-gl';
import cssUrl from '$lib/generated/maplibre.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Bbox, MapGeometry } from '$geo/app-data';
import type { LayerId } from '$geo/types';
import type { Palette } from '$lib/theme';
import type { View } from '$lib/url-state';
import { buildStyle, INTERACTIVE_LAYERS, STYLE_LAYERS } from './style';

// MapLibre 6 finds its worker next to its own module; after bundling it must be told where.
setWorkerUrl(workerUrl);

export const MIN_ZOOM = 6;
export const MAX_ZOOM = 14;

export interface OtherPlace {
	id: string;
	name: string;
}

export interface Hit {
	id: string;
	layer: LayerId;
	/** Other places under the same click, topmost first, by their map names. */
	others: OtherPlace[];
	lngLat: [number, number];
}

export interface MapOptions {
	container: HTMLElement;
	geometry: MapGeometry;
	palette: Palette;
	visible: ReadonlySet<LayerId>;
	view: View | null;
	focus: Bbox;
	extent: Bbox;
	interactive: boolean;
	cooperativeGestures: boolean;
	attribution: string[];
	/** A remote style to draw under the data instead of the built-in basemap. */
	remoteStyleUrl?: string;
	onSelect: (hit: Hit) => void;
	onBackgroundClick: () => void;
	onMove: (view: View) => void;
	onReady: () => void;
	onNotice: (message: string) => void;
}

export interface MapController {
	readonly map: MapLibreMap;
	setVisible(layer: LayerId, visible: boolean): void;
	setSelected(id: string | null, layer: LayerId | null): void;
	/**
	 * Flies to a place, framed with its open popup above the `coveredPx` of the map's bottom
	 * that a sheet hides.
	 */
	frame(bbox: Bbox, anchor: [number, number], isPoint: boolean, coveredPx?: number): void;
	/** Pans a place into the part of the map that a sheet of `coveredPx` at the bottom leaves. */
	reveal(anchor: [number, number], coveredPx: number): void;
	/** `autoPan`: move the map so the popup shows whole (not when a shared view must be kept). */
	openPopup(
		content: HTMLElement,
		at: [number, number],
		label: string,
		onClose: () => void,
		autoPan: boolean
	): void;
	closePopup(): void;
	destroy(): void;
}

/**
 * MapLibre's stylesheet (its rules for the controls this map uses: see maplibre-css.ts) is
 * fetched in parallel rather than imported: imported, it would join the page's CSS and block the
 * first paint of the static map.
 */
export function loadMapStyles() {
	if (document.querySelector('link[data-maplibre-css]')) return;
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = cssUrl;
	link.dataset.maplibreCss = '';
	document.head.append(link);
}

let webgl: boolean | undefined;

/**
 * WebGL2 is what MapLibre 6 needs; without it the page shows the list and the static map.
 * Asked once: a test context costs tens of milliseconds on a phone, and is given back at once.
 */
export function webglAvailable(): boolean {
	if (webgl === undefined) {
		try {
			const gl = document.createElement('canvas').getContext('webgl2');
			webgl = !!gl;
			gl?.getExtension('WEBGL_lose_context')?.loseContext();
		} catch {
			webgl = false;
		}
	}
	return webgl;
}

export function createMap(options: MapOptions): MapController {
	const offlineStyle = buildStyle(options.geometry, options.palette, options.visible);
	const [w, s, e, n] = options.extent;
	const padding = 1.5;
	const map = new MapLibreMap({
		container: options.container,
		style: options.remoteStyleUrl ?? offlineStyle,
		bounds: options.view ? undefined : options.focus,
		fitBoundsOptions: { padding: 24 },
		center: options.view ? [options.view.lon, options.view.lat] : undefined,
		zoom: options.view?.zoom,
		minZoom: MIN_ZOOM,
		maxZoom: MAX_ZOOM,
		maxBounds: [
			[w - padding, s - padding],
			[e + padding, n + padding]
		],
		interactive: options.interactive,
		cooperativeGestures: options.cooperativeGestures,
		attributionControl: false,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		// Labels come from local fonts; the canvas stays readable by screen readers through the list.
		locale: {
			'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
			'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
			'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map'
		}
	});
	map.getCanvas().setAttribute('aria-hidden', 'true');
	map.addControl(
		new AttributionControl({ compact: false, customAttribution: options.attribution })
	);
	if (options.interactive) {
		map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
	}
	map.keyboard.disableRotation();
	map.touchZoomRotate.disableRotation();

	if (options.remoteStyleUrl) adoptRemoteStyle(map, offlineStyle, options);

	let ready = false;
	// 'load' follows the first complete frame: the first painted map image, for the benchmark.
	map.once('load', () => performance.mark('map-first-render'));
	map.once('idle', () => {
		ready = true;
		performance.mark('map-ready');
		options.onReady();
	});

	map.on('click', (event) => {
		const hits = map
			.queryRenderedFeatures(event.point, {
				layers: INTERACTIVE_LAYERS.filter((l) => map.getLayer(l))
			})
			.sort(
				(a, b) => INTERACTIVE_LAYERS.indexOf(a.layer.id) - INTERACTIVE_LAYERS.indexOf(b.layer.id)
			);
		const top = hits[0];
		if (top?.layer.id === 'incidents-cluster') {
			zoomIntoCluster(map, top);
			return;
		}
		// "Also here" offers what a reader could have meant: other points under a point, other areas
		// under an area, never the municipality under every incident.
		if (!top) {
			options.onBackgroundClick();
			return;
		}
		const isPoint = (h: MapGeoJSONFeature) => h.geometry.type === 'Point';
		const others = new Map<string, string>();
		for (const h of hits) {
			const id = String(h.properties.id);
			if (isPoint(h) === isPoint(top) && id !== top.properties.id)
				others.set(id, String(h.properties.name));
		}
		options.onSelect({
			id: String(top.properties.id),
			layer: top.source as LayerId,
			others: [...others].map(([id, name]) => ({ id, name })),
			lngLat: [event.lngLat.lng, event.lngLat.lat]
		});
	});
	if (matchMedia('(hover: hover)').matches) pointerOverPlaces(map);
	map.on('moveend', () => {
		if (!ready) return;
		const c = map.getCenter();
		options.onMove({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
	});

	let selected: { id: string; layer: LayerId } | null = null;
	let popup: Popup | null = null;

	return {
		map,
		setVisible(layer, visible) {
			const value = visible ? 'visible' : 'none';
			for (const id of STYLE_LAYERS[layer]) {
				// Setting a layout property re-runs the style even when nothing changes.
				if (map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== value) {
					map.setLayoutProperty(id, 'visibility', value);
				}
			}
		},
		setSelected(id, layer) {
			if (selected && map.getSource(selected.layer)) {
				map.setFeatureState({ source: selected.layer, id: selected.id }, { selected: false });
			}
			selected = id && layer ? { id, layer } : null;
			if (selected && map.getSource(selected.layer)) {
				map.setFeatureState({ source: selected.layer, id: selected.id }, { selected: true });
			}
		},
		frame(bbox, anchor, isPoint, coveredPx = 0) {
			const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
			// A sheet hides the map's bottom; an open popup rides above the place and needs room at
			// the top. Keep 80 px between the paddings: fitBounds refuses (and warns) otherwise.
			const room = Math.max(0, map.getContainer().clientHeight - 160);
			const bottom = Math.min(Math.max(0, coveredPx), room);
			const top = Math.min(popup?.getElement()?.offsetHeight ?? 0, room - bottom);
			if (isPoint) {
				// An offset, not padding: flyTo's padding would stay on the map and shift later views.
				map.flyTo({
					center: anchor,
					offset: [0, (top - bottom) / 2],
					zoom: Math.max(map.getZoom(), 11.5),
					essential: false,
					animate: !reduceMotion
				});
			} else {
				const padding = { top: 40 + top, right: 40, bottom: 40 + bottom, left: 40 };
				map.fitBounds(bbox, { padding, maxZoom: 11, animate: !reduceMotion });
			}
		},
		reveal(anchor, coveredPx) {
			const { clientWidth: w, clientHeight: h } = map.getContainer();
			const visible = Math.max(80, h - coveredPx);
			const p = map.project(anchor);
			if (p.y > 24 && p.y < visible - 24 && p.x > 24 && p.x < w - 24) return;
			map.panBy([p.x - w / 2, p.y - visible / 2], { duration: 300 });
		},
		openPopup(content, at, label, onClose, autoPan) {
			popup?.remove();
			popup = new Popup({
				maxWidth: '340px',
				anchor: 'bottom',
				focusAfterOpen: false,
				closeButton: false,
				closeOnClick: false,
				className: 'place-popup'
			})
				.setLngLat(at)
				.setDOMContent(content)
				.addTo(map);
			popup.getElement()?.setAttribute('aria-label', label);
			if (autoPan) keepInView(map, popup);
			const closing = popup;
			closing.on('close', () => {
				if (popup === closing) {
					popup = null;
					onClose();
				}
			});
		},
		closePopup() {
			const p = popup;
			popup = null;
			p?.remove();
		},
		destroy() {
			popup?.remove();
			map.remove();
		}
	};
}

/**
 * A pointer cursor over anything that opens details: one query per frame at most, over all
 * interactive layers at once (a listener per layer would query each layer on every move).
 */
function pointerOverPlaces(map: MapLibreMap) {
	let pending: { x: number; y: number } | null = null;
	map.on('mousemove', (event) => {
		if (pending === null) {
			requestAnimationFrame(() => {
				const at = pending!;
				pending = null;
				const layers = INTERACTIVE_LAYERS.filter((l) => map.getLayer(l));
				const over = map.queryRenderedFeatures([at.x, at.y], { layers }).length > 0;
				map.getCanvas().style.cursor = over ? 'pointer' : '';
			});
		}
		pending = event.point;
	});
}

/** A click on a cluster zooms to where it splits apart. */
function zoomIntoCluster(map: MapLibreMap, cluster: MapGeoJSONFeature) {
	const source = map.getSource<GeoJSONSource>('incidents');
	const id = cluster.properties.cluster_id as number;
	source?.getClusterExpansionZoom(id).then((zoom) => {
		if (cluster.geometry.type === 'Point') {
			map.easeTo({ center: cluster.geometry.coordinates as [number, number], zoom });
		}
	});
}

/** Pans just enough for the whole popup to show, as Leaflet's autoPan does. */
function keepInView(map: MapLibreMap, popup: Popup) {
	requestAnimationFrame(() => {
		const el = popup.getElement();
		if (!el || !popup.isOpen()) return;
		const box = el.getBoundingClientRect();
		const frame = map.getContainer().getBoundingClientRect();
		const margin = 12;
		const dy = Math.min(0, box.top - frame.top - margin);
		const dx =
			box.left - frame.left < margin
				? box.left - frame.left - margin
				: Math.max(0, box.right - frame.right + margin + 40);
		if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { duration: 300 });
	});
}

/**
 * Draws the project's data over a remote basemap; if that style fails to load, falls back to the
 * built-in one so the data stay readable, and says so.
 */
export function adoptRemoteStyle(
	map: Pick<MapLibreMap, 'on' | 'once' | 'setStyle' | 'isStyleLoaded' | 'addSource' | 'addLayer'>,
	offline: StyleSpecification,
	options: Pick<MapOptions, 'geometry' | 'onNotice'>,
	timeoutMs = 8000
) {
	let settled = false;
	const fallBack = (why: string) => {
		if (settled) return;
		settled = true;
		clearTimeout(timer);
		map.setStyle(offline);
		options.onNotice(
			`The remote basemap could not be loaded (${why}); showing the built-in basemap.`
		);
	};
	const timer = setTimeout(() => fallBack(`no answer in ${timeoutMs / 1000} s`), timeoutMs);
	map.on('error', (e) => {
		if (!map.isStyleLoaded()) fallBack(e.error?.message ?? 'error');
	});
	map.once('style.load', () => {
		if (settled) return;
		settled = true;
		clearTimeout(timer);
		const dataLayers = new Set(Object.values(STYLE_LAYERS).flat());
		for (const [id, source] of Object.entries(offline.sources)) {
			if (options.geometry.layers[id as LayerId]) map.addSource(id, source);
		}
		for (const layer of offline.layers) if (dataLayers.has(layer.id)) map.addLayer(layer);
	});
}

export type { MapGeoJSONFeature };
