import { describe, expect, it } from 'vitest';
import { CLUSTER_THRESHOLD, type MapGeometry } from '../app-data';
import { registry } from '$lib/layers';
import { buildStyle } from './style';

const INCIDENTS = 'incidents';
function geometryWith(incidents: number): MapGeometry {
	const features = Array.from({ length: incidents }, (_, i) => ({
		type: 'Feature' as const,
		properties: { id: `p-${i}`, name: '', precision: 'exact' as const },
		geometry: { type: 'Point' as const, coordinates: [20.5 + i * 1e-4, 43] }
	}));
	return { sources: { [INCIDENTS]: { type: 'FeatureCollection', features } } };
}
const build = (incidents: number, visible: string[]) =>
	buildStyle({
		registry,
		geometry: geometryWith(incidents),
		theme: 'light',
		visible: new Set(visible)
	});

describe('buildStyle', () => {
	it('never clusters the real data’s handful of incidents', () => {
		const style = build(3, [INCIDENTS]);
		expect(style.sources[INCIDENTS]).not.toHaveProperty('cluster');
		expect(style.layers.map((l) => l.id)).not.toContain('incidents-cluster');
	});
	it('clusters large incident sets so they stay legible', () => {
		const style = build(CLUSTER_THRESHOLD + 1, [INCIDENTS]);
		expect(style.sources[INCIDENTS]).toMatchObject({ cluster: true });
		expect(style.layers.map((l) => l.id)).toEqual(
			expect.arrayContaining(['incidents-cluster', 'incidents-cluster-count'])
		);
	});
	it('hides every style layer of a hidden data layer, and only those', () => {
		const style = build(3, ['boundary']);
		for (const layer of style.layers) {
			const owner = registry.ids.find((id) => registry.styleLayerIds(id).includes(layer.id));
			const visibility = (layer.layout as { visibility?: string } | undefined)?.visibility;
			if (owner) expect(visibility, layer.id).toBe(owner === 'boundary' ? 'visible' : 'none');
			else expect(visibility, layer.id).toBeUndefined();
		}
	});
	it('stacks the layers by slot: the ground first, the events on top', () => {
		const ids = build(3, registry.ids as string[]).layers.map((l) => l.id);
		expect(ids[0]).toBe('background');
		expect(ids.indexOf('countries-fill')).toBeLessThan(ids.indexOf('deployment-area-fill'));
		expect(ids.indexOf('deployment-area-fill')).toBeLessThan(ids.indexOf('countries-border'));
		expect(ids.indexOf('municipalities-fill')).toBeLessThan(ids.indexOf('boundary-stroke'));
		expect(ids.indexOf('municipalities-point')).toBeLessThan(ids.indexOf('incidents-point'));
		expect(ids.at(-1)).toBe('incidents-label');
	});
	it('colours each layer from its module in the theme asked for', () => {
		const light = buildStyle({
			registry,
			geometry: geometryWith(3),
			theme: 'light',
			visible: new Set([INCIDENTS])
		});
		const dark = buildStyle({
			registry,
			geometry: geometryWith(3),
			theme: 'dark',
			visible: new Set([INCIDENTS])
		});
		const paint = (s: typeof light, id: string) =>
			(s.layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
		const incidents = registry.place(INCIDENTS)!;
		expect(JSON.stringify(paint(light, 'incidents-point'))).toContain(
			incidents.colours.light.incident
		);
		expect(JSON.stringify(paint(dark, 'incidents-point'))).toContain(
			incidents.colours.dark.incident
		);
		expect(paint(dark, 'background')['background-color']).not.toBe(
			paint(light, 'background')['background-color']
		);
	});
});
