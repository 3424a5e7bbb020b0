import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maplibreCssSubset } from './maplibre-css';

const full = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
const subset = maplibreCssSubset(full);

describe('the MapLibre stylesheet the map ships', () => {
	it('keeps the rules of what the map shows: canvas, zoom buttons, attribution, popups, gestures', () => {
		for (const selector of [
			'.maplibregl-canvas{',
			'.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon',
			'.maplibregl-ctrl-attrib-button',
			'.maplibregl-popup-anchor-bottom .maplibregl-popup-tip',
			'.maplibregl-cooperative-gesture-screen'
		]) {
			expect(subset).toContain(selector);
		}
	});

	it('drops the controls it never shows, and with them most of the bytes', () => {
		for (const name of [
			'geolocate',
			'ctrl-compass{',
			'fullscreen{',
			'ctrl-logo',
			'terrain',
			'globe',
			'marker'
		]) {
			expect(subset, name).not.toContain(`.maplibregl-${name}`);
		}
		expect(subset.length).toBeLessThan(full.length / 3);
	});
});
