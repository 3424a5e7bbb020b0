/**
 * The MapLibre map behind `MapView.svelte`: it creates the map, applies visibility, the
 * selection, the theme and the camera, and reports clicks. MapView (and MapPopup) are the only
 * components that use it; everything else drives the map through MapView's props.
 */
import {
	AttributionControl,
	Map as MapLibreMap,
	NavigationControl,
	setWorkerUrl,
	type GeoJSONSource,
	type LayerSpecification,
	type MapGeoJSONFeature
} from 'maplibre-gl';
import cssUrl from '$lib/generated/maplibre.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Bbox, MapGeometry } from '$shared/app-data';
import type { Locale } from '$shared/i18n/locales';
import type { Messages } from '$shared/i18n/messages';
import type { Theme } from '$shared/palette';
import { registry } from '$lib/layers';
import type { View } from '$lib/url-state';
import { frameInsets, revealPan } from './camera';
import { hitTest, type OtherPlace } from './hit';
import { adoptRemoteStyle } from './remote-style';
import { buildStyle } from '$shared/layers/style';
import { MAX_ZOOM, MIN_ZOOM } from './zoom';

// MapLibre 6 finds its worker next to its own module; after bundling it must be told where.
setWorkerUrl(workerUrl);

export interface Hit {
	id: string;
	layer: string;
	/** Other places under the same click, topmost first, by their map names. */
	alsoHere: OtherPlace[];
	lngLat: [number, number];
}

export interface MapOptions {
	container: HTMLElement;
	m: Messages;
	locale: Locale;
	geometry: MapGeometry;
	theme: Theme;
	visible: ReadonlySet<string>;
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
	/** MapLibre's worker did not load: the map will never draw. */
	onWorkerFailed: (error: unknown) => void;
}

export interface MapController {
	readonly map: MapLibreMap;
	setVisible(layer: string, visible: boolean): void;
	setSelected(selected: { id: string; layer: string } | null): void;
	/** Recolours every layer in place: the map is not rebuilt. */
	setTheme(theme: Theme): void;
	/** Flies to a place, framed between the popup above it and the sheet over the map's bottom. */
	frame(o: {
		bbox: Bbox;
		anchor: [number, number];
		isPoint: boolean;
		coveredPx: number;
		popupHeight: number;
		reduceMotion: boolean;
	}): void;
	/** Pans a place into the part of the map that a sheet of `coveredPx` at the bottom leaves. */
	reveal(o: { anchor: [number, number]; coveredPx: number }): void;
	destroy(): void;
}

/**
 * MapLibre's stylesheet (its rules for the controls this map uses: see geo/lib/maplibre-css.ts)
 * is fetched in parallel rather than imported: imported, it would join the page's CSS and block
 * the first paint of the static map.
 */
let styles: Promise<void> | null = null;

export function loadMapStyles(): Promise<void> {
	styles ??= new Promise<void>((resolve, reject) => {
		// One that failed is replaced: a retry asks again.
		document.querySelector('link[data-maplibre-css]')?.remove();
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = cssUrl;
		link.dataset.maplibreCss = '';
		link.onload = () => resolve();
		link.onerror = () => {
			styles = null;
			reject(new Error(`MapLibre's stylesheet did not load: ${cssUrl}`));
		};
		document.head.append(link);
	});
	return styles;
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
	const offlineStyle = buildStyle(
		registry,
		options.geometry,
		options.theme,
		options.visible,
		options.locale
	);
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
		locale: {
			'CooperativeGesturesHandler.WindowsHelpText': options.m.gesture_windows(),
			'CooperativeGesturesHandler.MacHelpText': options.m.gesture_mac(),
			'CooperativeGesturesHandler.MobileHelpText': options.m.gesture_mobile(),
			'NavigationControl.ZoomIn': options.m.map_zoom_in(),
			'NavigationControl.ZoomOut': options.m.map_zoom_out(),
			'AttributionControl.ToggleAttribution': options.m.map_attribution_toggle(),
			// Named by MapKeyboard (the page's label); a static map is a picture, hidden from AT.
			'Map.Title': options.m.map_label()
		}
	});
	// A picture when it takes no input (MapKeyboard makes an interactive map operable and named).
	map.getCanvas().setAttribute('aria-hidden', 'true');
	map.addControl(
		new AttributionControl({ compact: false, customAttribution: options.attribution })
	);
	if (options.interactive) {
		map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
	}
	map.keyboard.disableRotation();
	map.touchZoomRotate.disableRotation();

	if (options.remoteStyleUrl) adoptRemoteStyle(map, offlineStyle, { registry, ...options });

	const interactiveLayers = registry.interactiveLayers();
	const clusterLayers = new Set(
		registry
			.styleLayers('light', () => true)
			.filter(({ layer }) => layer.expandsClusters)
			.map(({ layer }) => layer.id)
	);
	let ready = false;
	// 'load' follows the first complete frame: the first painted map image, for the benchmark.
	map.once('load', () => performance.mark('map-first-render'));
	map.on('error', (e) => {
		if (/Worker failed to load/.test(e.error?.message ?? '')) options.onWorkerFailed(e.error);
		// A listener silences MapLibre's own report of the others: keep it.
		else console.error(e.error);
	});
	map.once('idle', () => {
		ready = true;
		performance.mark('map-ready');
		options.onReady();
	});

	map.on('click', (event) => {
		const features = map.queryRenderedFeatures(event.point, {
			layers: interactiveLayers.filter((l) => map.getLayer(l))
		});
		const hit = hitTest(
			features.map((f) => ({
				styleLayer: f.layer.id,
				source: f.source,
				id: String(f.properties.id),
				name: String(f.properties.name),
				isPoint: f.geometry.type === 'Point'
			})),
			{ order: interactiveLayers, clusters: clusterLayers }
		);
		if (hit.kind === 'cluster') zoomIntoCluster(map, features[hit.feature]!);
		else if (hit.kind === 'background') options.onBackgroundClick();
		else
			options.onSelect({
				id: hit.id,
				layer: hit.layer,
				alsoHere: hit.alsoHere,
				lngLat: [event.lngLat.lng, event.lngLat.lat]
			});
	});
	if (matchMedia('(hover: hover)').matches) pointerOverPlaces(map, interactiveLayers);
	map.on('moveend', () => {
		if (!ready) return;
		const c = map.getCenter();
		options.onMove({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
	});

	let selected: { id: string; layer: string } | null = null;
	const setState = (s: { id: string; layer: string } | null, value: boolean) => {
		if (s && map.getSource(s.layer)) {
			map.setFeatureState({ source: s.layer, id: s.id }, { selected: value });
		}
	};
	/** The paint each layer has now, so a theme change sets only what differs. */
	const painted = new Map(offlineStyle.layers.map((l) => [l.id, paintOf(l)]));

	return {
		map,
		setVisible(layer, visible) {
			const value = visible ? 'visible' : 'none';
			for (const id of registry.styleLayerIds(layer)) {
				// Setting a layout property re-runs the style even when nothing changes.
				if (map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== value) {
					map.setLayoutProperty(id, 'visibility', value);
				}
			}
		},
		setSelected(next) {
			setState(selected, false);
			selected = next;
			setState(selected, true);
		},
		setTheme(theme) {
			// Paint only: visibility stays as the reader set it.
			const next = buildStyle(registry, options.geometry, theme, options.visible, options.locale);
			for (const layer of next.layers) {
				if (!map.getLayer(layer.id)) continue;
				const before = painted.get(layer.id) ?? {};
				const after = paintOf(layer);
				for (const [key, value] of Object.entries(after)) {
					if (JSON.stringify(before[key]) !== JSON.stringify(value)) {
						map.setPaintProperty(layer.id, key as PaintKey, value as never);
					}
				}
				painted.set(layer.id, after);
			}
		},
		frame({ bbox, anchor, isPoint, coveredPx, popupHeight, reduceMotion }) {
			const { top, bottom } = frameInsets({
				containerHeight: map.getContainer().clientHeight,
				coveredPx,
				popupHeight
			});
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
		reveal({ anchor, coveredPx }) {
			const { clientWidth: width, clientHeight: height } = map.getContainer();
			const pan = revealPan({ point: map.project(anchor), width, height, coveredPx });
			if (pan) map.panBy(pan, { duration: 300 });
		},
		destroy() {
			map.remove();
		}
	};
}

type PaintKey = Parameters<MapLibreMap['setPaintProperty']>[1];

function paintOf(layer: LayerSpecification): Record<string, unknown> {
	return { ...((layer as { paint?: Record<string, unknown> }).paint ?? {}) };
}

/**
 * A pointer cursor over anything that opens details: one query per frame at most, over all
 * interactive layers at once (a listener per layer would query each layer on every move).
 */
function pointerOverPlaces(map: MapLibreMap, interactiveLayers: string[]) {
	let pending: { x: number; y: number } | null = null;
	map.on('mousemove', (event) => {
		if (pending === null) {
			requestAnimationFrame(() => {
				const at = pending!;
				pending = null;
				const layers = interactiveLayers.filter((l) => map.getLayer(l));
				const over = map.queryRenderedFeatures([at.x, at.y], { layers }).length > 0;
				map.getCanvas().style.cursor = over ? 'pointer' : '';
			});
		}
		pending = event.point;
	});
}

/** A click on a cluster zooms to where it splits apart. */
function zoomIntoCluster(map: MapLibreMap, cluster: MapGeoJSONFeature) {
	const source = map.getSource<GeoJSONSource>(cluster.source);
	const id = cluster.properties.cluster_id as number;
	source?.getClusterExpansionZoom(id).then((zoom) => {
		if (cluster.geometry.type === 'Point') {
			map.easeTo({ center: cluster.geometry.coordinates as [number, number], zoom });
		}
	});
}
