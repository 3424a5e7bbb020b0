import { describe, expect, it, vi } from 'vitest';
import type { MapGeometry } from '$shared/app-data';
import { buildStyle } from '$shared/layers/style';
import { loadLocale } from '$lib/i18n/load';
import { registry } from '$lib/layers';
import { adoptRemoteStyle } from './remote-style';

const { m } = await loadLocale('en');

const empty = { type: 'FeatureCollection' as const, features: [] };
const geometry: MapGeometry = {
	sources: Object.fromEntries(
		[...registry.ids, 'countries', 'country-labels', 'towns'].map((id) => [id, empty])
	)
};
const offline = buildStyle({
	registry,
	geometry,
	theme: 'light',
	visible: new Set(registry.ids.slice(0, 1))
});
const dataLayers = registry.ids.flatMap((id) => registry.styleLayerIds(id));

/** Just enough of a MapLibre map to watch what the remote-style logic does with it. */
function fakeMap() {
	const handlers: Record<string, ((e: { error?: Error }) => void)[]> = {};
	const map = {
		loaded: false,
		styles: [] as unknown[],
		sources: [] as string[],
		layers: [] as string[],
		state: {} as Record<string, unknown>,
		on: (type: string, fn: (e: { error?: Error }) => void) => (
			(handlers[type] ??= []).push(fn),
			map
		),
		once: (type: string, fn: (e: { error?: Error }) => void) => (
			(handlers[type] ??= []).push(fn),
			map
		),
		emit: (type: string, e: { error?: Error } = {}) => handlers[type]?.forEach((fn) => fn(e)),
		setStyle: (style: unknown) => (map.styles.push(style), map),
		isStyleLoaded: () => map.loaded,
		addSource: (id: string) => (map.sources.push(id), map),
		addLayer: (layer: { id: string }) => (map.layers.push(layer.id), map),
		setGlobalStateProperty: (key: string, value: unknown) => ((map.state[key] = value), map)
	};
	return map;
}

describe('a remote basemap', () => {
	it('gets the data layers drawn over it once it loads, and not the built-in basemap', () => {
		const map = fakeMap();
		const onNotice = vi.fn();
		adoptRemoteStyle({ map: map as never, offline, registry, m, onNotice });
		map.loaded = true;
		map.emit('style.load');
		expect(map.sources).toEqual([...registry.ids]);
		expect(map.layers).toEqual(
			offline.layers.map((l) => l.id).filter((id) => dataLayers.includes(id))
		);
		expect(map.layers).not.toContain('countries-fill');
		// The labels' locale and the timeline's range, which our layers read, are set on it.
		expect(Object.keys(map.state).sort()).toEqual(['from', 'locale', 'to']);
		expect(map.styles).toEqual([]);
		expect(onNotice).not.toHaveBeenCalled();
	});

	it('that fails falls back to the built-in basemap, and says so', () => {
		const map = fakeMap();
		const onNotice = vi.fn();
		adoptRemoteStyle({ map: map as never, offline, registry, m, onNotice });
		map.emit('error', { error: new Error('Failed to fetch') });
		expect(map.styles).toEqual([offline]);
		expect(onNotice).toHaveBeenCalledWith(
			'The remote basemap could not be loaded (Failed to fetch); showing the built-in basemap.'
		);
		// The built-in style then loads: nothing is added twice.
		map.loaded = true;
		map.emit('style.load');
		expect(map.sources).toEqual([]);
	});

	it('that never answers falls back after the timeout', async () => {
		vi.useFakeTimers();
		const map = fakeMap();
		const onNotice = vi.fn();
		adoptRemoteStyle({ map: map as never, offline, registry, m, onNotice, timeoutMs: 1000 });
		vi.advanceTimersByTime(1001);
		expect(map.styles).toEqual([offline]);
		expect(onNotice).toHaveBeenCalledWith(
			'The remote basemap could not be loaded (no answer in 1 s); showing the built-in basemap.'
		);
		vi.useRealTimers();
	});
});
