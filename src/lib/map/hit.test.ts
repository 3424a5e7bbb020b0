import { describe, expect, it } from 'vitest';
import { hitTest, type RenderedFeature } from './hit';

const order = [
	'incidents-cluster',
	'incidents-point',
	'municipalities-point',
	'municipalities-fill'
];
const options = { order, clusters: new Set(['incidents-cluster']) };
const f = (styleLayer: string, id: string, isPoint: boolean): RenderedFeature => ({
	styleLayer,
	source: styleLayer.split('-')[0]!,
	id,
	name: `Name of ${id}`,
	isPoint
});

describe('hitTest', () => {
	it('is the background when nothing that opens a place is under the click', () => {
		expect(hitTest([], options)).toEqual({ kind: 'background' });
		expect(hitTest([f('towns', 'raska', true)], options)).toEqual({ kind: 'background' });
	});
	it('opens the topmost place by the layers’ order, whatever order MapLibre returns them in', () => {
		const hit = hitTest(
			[f('municipalities-fill', 'zvecan', false), f('incidents-point', 'siege', true)],
			options
		);
		expect(hit).toMatchObject({ kind: 'place', id: 'siege', layer: 'incidents' });
	});
	it('offers other points under a point, never the area under it', () => {
		const hit = hitTest(
			[
				f('incidents-point', 'siege', true),
				f('incidents-point', 'ambush', true),
				f('municipalities-fill', 'zvecan', false),
				f('incidents-point', 'siege', true)
			],
			options
		);
		expect(hit).toEqual({
			kind: 'place',
			id: 'siege',
			layer: 'incidents',
			alsoHere: [{ id: 'ambush', name: 'Name of ambush' }]
		});
	});
	it('offers other areas under an area', () => {
		const hit = hitTest(
			[f('municipalities-fill', 'zvecan', false), f('municipalities-fill', 'band', false)],
			options
		);
		expect(hit).toMatchObject({ id: 'zvecan', alsoHere: [{ id: 'band' }] });
	});
	it('zooms into a cluster on top, naming which rendered feature it is', () => {
		const hit = hitTest(
			[f('municipalities-fill', 'zvecan', false), f('incidents-cluster', '7', true)],
			options
		);
		expect(hit).toEqual({ kind: 'cluster', feature: 1 });
	});
});
