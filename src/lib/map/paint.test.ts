import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { registry } from '$lib/layers';
import { buildStyle } from '$shared/layers/style';
import { paintChanges, paintOf } from './paint';

describe('paintChanges', () => {
	it('sets only what differs, expressions compared by value', () => {
		const before = { 'circle-color': '#fff', 'circle-radius': ['case', ['get', 'x'], 7, 4] };
		const after = { 'circle-color': '#000', 'circle-radius': ['case', ['get', 'x'], 7, 4] };
		expect(paintChanges(before, after)).toEqual([['circle-color', '#000']]);
		expect(paintChanges(after, after)).toEqual([]);
	});
	it('sets a property the layer did not have', () => {
		expect(paintChanges({}, { 'line-opacity': 0.5 })).toEqual([['line-opacity', 0.5]]);
	});
	it('reads a layer without paint as none', () => {
		expect(paintOf({ id: 'x', type: 'background' } as LayerSpecification)).toEqual({});
	});
	it('recolours the real style from light to dark, and changes nothing else', () => {
		const geometry = { sources: {} } as never;
		const visible = new Set(registry.defaultVisible);
		const style = (theme: 'light' | 'dark') =>
			buildStyle({ registry, geometry, theme, visible }).layers;
		const [light, dark] = [style('light'), style('dark')];
		expect(dark.map((l) => l.id)).toEqual(light.map((l) => l.id));
		const changes = light.flatMap((l, i) => paintChanges(paintOf(l), paintOf(dark[i]!)));
		expect(changes.length).toBeGreaterThan(10);
		expect(changes.every(([key]) => /color|opacity|width|radius/.test(key))).toBe(true);
	});
});
