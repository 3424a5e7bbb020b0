/**
 * Draws the project's data over a remote basemap (`VITE_BASEMAP_STYLE_URL`); if that style fails
 * to load, falls back to the built-in one so the data stay readable, and says so.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { Messages } from '$shared/i18n/messages';
import type { Registry } from '$shared/layers/registry';

export function adoptRemoteStyle({
	map,
	offline,
	registry,
	m,
	onNotice,
	timeoutMs = 8000
}: {
	map: Pick<
		MapLibreMap,
		| 'on'
		| 'once'
		| 'setStyle'
		| 'isStyleLoaded'
		| 'addSource'
		| 'addLayer'
		| 'setGlobalStateProperty'
	>;
	/** The built-in style: the data's layers and sources, and the fallback. */
	offline: StyleSpecification;
	registry: Registry;
	m: Messages;
	onNotice: (message: string) => void;
	/** How long the remote style may take before the built-in one is drawn instead. */
	timeoutMs?: number;
}) {
	let settled = false;
	const fallBack = (why: string) => {
		if (settled) return;
		settled = true;
		clearTimeout(timer);
		map.setStyle(offline);
		onNotice(m.notice_remote_basemap({ why }));
	};
	const timer = setTimeout(
		() => fallBack(m.notice_remote_basemap_timeout({ seconds: timeoutMs / 1000 })),
		timeoutMs
	);
	map.on('error', (e) => {
		if (!map.isStyleLoaded()) fallBack(e.error?.message ?? 'error');
	});
	map.once('style.load', () => {
		if (settled) return;
		settled = true;
		clearTimeout(timer);
		// The story's layers and their sources, over the remote basemap's own.
		const dataLayers = new Set(registry.ids.flatMap((id) => registry.styleLayerIds(id)));
		for (const [id, source] of Object.entries(offline.sources)) {
			if (registry.isLayerId(id)) map.addSource(id, source);
		}
		for (const layer of offline.layers) if (dataLayers.has(layer.id)) map.addLayer(layer);
		// Our layers read our global state (the labels' locale, the timeline's range), which the
		// remote style does not declare.
		for (const [key, { default: value }] of Object.entries(offline.state ?? {}))
			map.setGlobalStateProperty(key, value);
	});
}
