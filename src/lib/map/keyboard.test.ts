import { describe, expect, it } from 'vitest';
import { placesInView, step, type InView } from './keyboard';

const at = (id: string, x: number, y: number, isPoint = true, layer = 'incidents'): InView => ({
	id,
	layer,
	name: id,
	isPoint,
	x,
	y
});

describe('placesInView', () => {
	it('reads points like text: row by row, left to right, then lines and areas by layer', () => {
		const order = ['incidents', 'municipalities', 'deployment-area'];
		const list = placesInView(
			[
				at('band', 0, 0, false, 'deployment-area'),
				at('south', 50, 300),
				at('east', 300, 110),
				at('west', 100, 100),
				at('zvecan', 0, 0, false, 'municipalities')
			],
			order
		);
		expect(list.map((p) => p.id)).toEqual(['west', 'east', 'south', 'zvecan', 'band']);
	});
	it('lists a place once, however many of its style layers drew it', () => {
		expect(
			placesInView([at('a', 1, 1), at('a', 1, 1), at('b', 9, 9)], []).map((p) => p.id)
		).toEqual(['a', 'b']);
	});
});

describe('step', () => {
	it('starts at the first going forward and the last going back', () => {
		expect(step(null, 3, 1)).toBe(0);
		expect(step(null, 3, -1)).toBe(2);
	});
	it('wraps around both ways', () => {
		expect(step(2, 3, 1)).toBe(0);
		expect(step(0, 3, -1)).toBe(2);
	});
	it('has nowhere to go with nothing in view', () => {
		expect(step(null, 0, 1)).toBeNull();
	});
});
