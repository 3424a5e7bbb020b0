import { describe, expect, it } from 'vitest';
import { loadLocale } from '$lib/i18n/load';
import type { Bbox } from '$shared/app-data';
import { mapSettings } from './map-options';
import { MAX_ZOOM, MIN_ZOOM } from './zoom';

const { m } = await loadLocale('en');
const focus: Bbox = [20.5, 42.8, 21.0, 43.3];
const extent: Bbox = [19.5, 41.8, 22.0, 43.5];
const base = { m, focus, extent, interactive: true, cooperativeGestures: false };

describe('mapSettings', () => {
	it('opens on the story’s places when no view is asked for', () => {
		const o = mapSettings({ ...base, view: null });
		expect(o.bounds).toEqual(focus);
		expect(o.fitBoundsOptions).toEqual({ padding: 24 });
		expect(o.center).toBeUndefined();
	});
	it('opens on the view a URL asks for, and not on the places', () => {
		const o = mapSettings({ ...base, view: { lon: 20.78, lat: 42.97, zoom: 11 } });
		expect([o.center, o.zoom, o.bounds]).toEqual([[20.78, 42.97], 11, undefined]);
	});
	it('lets the map pan a degree and a half past the data, within its zooms', () => {
		const o = mapSettings({ ...base, view: null });
		expect(o.maxBounds).toEqual([
			[18, 40.3],
			[23.5, 45]
		]);
		expect([o.minZoom, o.maxZoom]).toEqual([MIN_ZOOM, MAX_ZOOM]);
	});
	it('takes its gestures from the page and its controls’ words from the messages', () => {
		const o = mapSettings({ ...base, view: null, interactive: false, cooperativeGestures: true });
		expect([o.interactive, o.cooperativeGestures, o.dragRotate]).toEqual([false, true, false]);
		expect(o.locale!['NavigationControl.ZoomIn']).toBe(m.map_zoom_in());
		expect(o.locale!['Map.Title']).toBe(m.map_label());
	});
});
