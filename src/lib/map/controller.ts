/**
 * The MapLibre map behind `MapView.svelte`: it creates the map, applies visibility, the
 * selection, the theme and the camera, and reports clicks. MapView (and MapPopup) are the only
 * components that use it; everything else drives the map through MapView's props.
 */
import {
	AttributionControl,
	Map as MapLibreMap,
	NavigationControl,
	setWorkerUrl
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Bbox, MapGeometry } from '$shared/app-data';
import type { Locale } from '$shared/i18n/locales';
import type { Messages } from '$shared/i18n/messages';
import type { Theme } from '$shared/palette';
import { registry } from '$lib/layers';
import type { View } from '$lib/url-state';
import { frameInsets, framePlace, revealPan } from './camera';
import type { OtherPlace } from './hit';
import { mapSettings } from './map-options';
import { paintChanges, paintOf } from './paint';
import { onClicks, pointerOverPlaces } from './pointer';
import { adoptRemoteStyle } from './remote-style';
import { buildStyle } from '$shared/layers/style';
import { ALL_TIME } from '$shared/layers/expressions';
import type { Range } from '$shared/time/days';

export { loadMapStyles, webglAvailable } from './support';

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
	/** The timeline's range: dated places outside it are filtered out. */
	range: Range;
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
	/** Filters the dated places by two global-state values: no layer or source is touched. */
	setRange(range: Range): void;
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

export function createMap(options: MapOptions): MapController {
	const style = (theme: Theme) =>
		buildStyle({
			registry,
			geometry: options.geometry,
			theme,
			visible: options.visible,
			locale: options.locale
		});
	const offlineStyle = style(options.theme);
	offlineStyle.state = { ...offlineStyle.state, ...timeState(options.range) };
	const map = new MapLibreMap({
		container: options.container,
		style: options.remoteStyleUrl ?? offlineStyle,
		...mapSettings(options)
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

	if (options.remoteStyleUrl) {
		adoptRemoteStyle({
			map,
			offline: offlineStyle,
			registry,
			m: options.m,
			onNotice: options.onNotice
		});
	}

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

	onClicks(map, {
		layers: interactiveLayers,
		clusters: clusterLayers,
		onPlace: options.onSelect,
		onBackground: options.onBackgroundClick
	});
	if (matchMedia('(hover: hover)').matches) pointerOverPlaces(map, { layers: interactiveLayers });
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
	let wantedRange = options.range;
	let appliedRange = options.range;
	const applyRange = () => {
		if (wantedRange.from === appliedRange.from && wantedRange.to === appliedRange.to) return;
		for (const [key, { default: value }] of Object.entries(timeState(wantedRange))) {
			map.setGlobalStateProperty(key, value);
		}
		appliedRange = wantedRange;
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
		setRange(range) {
			wantedRange = range;
			// Until the style has loaded (it holds the range it was built with) it cannot be set.
			try {
				applyRange();
			} catch {
				map.once('style.load', applyRange);
			}
		},
		setSelected(next) {
			setState(selected, false);
			selected = next;
			setState(selected, true);
		},
		setTheme(theme) {
			// Paint only: visibility stays as the reader set it.
			for (const layer of style(theme).layers) {
				if (!map.getLayer(layer.id)) continue;
				const after = paintOf(layer);
				for (const [key, value] of paintChanges(painted.get(layer.id) ?? {}, after)) {
					map.setPaintProperty(layer.id, key as PaintKey, value as never);
				}
				painted.set(layer.id, after);
			}
		},
		frame({ bbox, anchor, isPoint, coveredPx, popupHeight, reduceMotion }) {
			const insets = frameInsets({
				containerHeight: map.getContainer().clientHeight,
				coveredPx,
				popupHeight
			});
			const move = framePlace({ bbox, anchor, isPoint, insets, zoom: map.getZoom(), reduceMotion });
			if (move.kind === 'fly') {
				const { center, offset, zoom, animate } = move;
				map.flyTo({ center, offset, zoom, animate, essential: false });
			} else {
				const { padding, maxZoom, animate } = move;
				map.fitBounds(move.bbox, { padding, maxZoom, animate });
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

/** A range as the style's global state: an open end is the whole of time. */
function timeState({ from, to }: Range) {
	return { from: { default: from ?? ALL_TIME.from }, to: { default: to ?? ALL_TIME.to } };
}
