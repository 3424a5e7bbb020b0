import { describe, expect, it, vi } from 'vitest';
import type { MapGeometry } from '$geo/app-data';
import { LIGHT } from '$lib/theme';
import { adoptRemoteStyle } from './controller';
import { buildStyle, STYLE_LAYERS } from './style';

const empty = { type: 'FeatureCollection' as const, features: [] };
const geometry: MapGeometry = {
	layers: {
		incidents: empty,
		municipalities: empty,
		boundary: empty,
		'ground-safety-zone': empty,
		'deployment-area': empty,
		'kfor-reinforcement': empty
	},
	countries: empty,
	countryLabels: empty,
	towns: empty
};
const offline = buildStyle(geometry, LIGHT, new Set(['incidents']));

/** Just enough of a MapLibre map to watch what the remote-style logic does with it. */
function fakeMap() {
	const handlers: Record<string, ((e: { error?: Error }) => void)[]> = {};
	const map = {
		loaded: false,
		styles: [] as unknown[],
		sources: [] as string[],
		layers: [] as string[],
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
		addLayer: (layer: { id: string }) => (map.layers.push(layer.id), map)
	};
	return map;
}

describe('a remote basemap', () => {
	it('gets the data layers drawn over it once it loads', () => {
		const map = fakeMap();
		const onNotice = vi.fn();
		adoptRemoteStyle(map as never, offline, { geometry, onNotice });
		map.loaded = true;
		map.emit('style.load');
		expect(map.sources).toEqual(Object.keys(geometry.layers));
		expect(map.layers).toEqual(
			offline.layers
				.map((l) => l.id)
				.filter((id) => Object.values(STYLE_LAYERS).flat().includes(id))
		);
		expect(map.styles).toEqual([]);
		expect(onNotice).not.toHaveBeenCalled();
	});

	it('that fails falls back to the built-in basemap, and says so', () => {
		const map = fakeMap();
		const onNotice = vi.fn();
		adoptRemoteStyle(map as never, offline, { geometry, onNotice });
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
		adoptRemoteStyle(map as never, offline, { geometry, onNotice }, 1000);
		vi.advanceTimersByTime(1001);
		expect(map.styles).toEqual([offline]);
		expect(onNotice).toHaveBeenCalledWith(
			'The remote basemap could not be loaded (no answer in 1 s); showing the built-in basemap.'
		);
		vi.useRealTimers();
	});
});
