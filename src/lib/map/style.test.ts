import { describe, expect, it } from 'vitest';
import type { MapGeometry } from '$geo/app-data';
import { LIGHT } from '$lib/theme';
import { buildStyle, CLUSTER_THRESHOLD, STYLE_LAYERS } from './style';

const empty = { type: 'FeatureCollection' as const, features: [] };
function geometryWith(incidents: number): MapGeometry {
	const features = Array.from({ length: incidents }, (_, i) => ({
		type: 'Feature' as const,
		properties: { id: `p-${i}`, name: '', precision: 'exact' as const },
		geometry: { type: 'Point' as const, coordinates: [20.5 + i * 1e-4, 43] }
	}));
	return {
		layers: {
			incidents: { type: 'FeatureCollection', features },
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
}

describe('buildStyle', () => {
	it('never clusters the real data’s handful of incidents', () => {
		const style = buildStyle(geometryWith(3), LIGHT, new Set(['incidents']));
		expect(style.sources.incidents).not.toHaveProperty('cluster');
		expect(style.layers.map((l) => l.id)).not.toContain('incidents-cluster');
	});
	it('clusters large incident sets so they stay legible', () => {
		const style = buildStyle(geometryWith(CLUSTER_THRESHOLD + 1), LIGHT, new Set(['incidents']));
		expect(style.sources.incidents).toMatchObject({ cluster: true });
		expect(style.layers.map((l) => l.id)).toEqual(
			expect.arrayContaining(['incidents-cluster', 'incidents-cluster-count'])
		);
	});
	it('hides every style layer of a hidden data layer, and only those', () => {
		const style = buildStyle(geometryWith(3), LIGHT, new Set(['boundary']));
		for (const layer of style.layers) {
			const owner = Object.entries(STYLE_LAYERS).find(([, ids]) => ids.includes(layer.id))?.[0];
			const visibility = (layer.layout as { visibility?: string } | undefined)?.visibility;
			if (owner) expect(visibility, layer.id).toBe(owner === 'boundary' ? 'visible' : 'none');
			else expect(visibility, layer.id).toBeUndefined();
		}
	});
});
