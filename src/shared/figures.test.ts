import { describe, expect, it } from 'vitest';
import { boundsOf, compareFigures, sumsOfParts } from './figures';

const exact = (n: number) => ({ low: n, high: n });

describe('compareFigures', () => {
	it('says nothing of no figure', () => {
		expect(compareFigures([])).toBeNull();
	});
	it('has one figure stand alone', () => {
		expect(compareFigures([exact(150)])).toMatchObject({ kind: 'single', low: 150, high: 150 });
	});
	it('finds the same exact number agreeing', () => {
		expect(compareFigures([exact(1), exact(1), exact(1)])).toMatchObject({
			kind: 'agree',
			low: 1,
			high: 1,
			stated: 3
		});
	});
	it('finds different numbers differing, spanning them', () => {
		expect(compareFigures([exact(4), exact(5), exact(4)])).toMatchObject({
			kind: 'differ',
			low: 4,
			high: 5
		});
	});
	it('finds a hedged figure and a range that allow one number compatible, not agreeing', () => {
		// "approximately 30 gunmen" and "dozens of assailants" (at least 24)
		const about30 = { ...exact(30), approximate: true };
		expect(compareFigures([about30, { low: 24, high: Infinity }])).toMatchObject({
			kind: 'compatible',
			low: 24
		});
		// The same hedged number twice is still not an agreement on an exact number.
		expect(compareFigures([about30, about30])?.kind).toBe('compatible');
	});
	it('finds ranges that do not meet differing', () => {
		expect(
			compareFigures([
				{ low: 1, high: 3 },
				{ low: 5, high: 9 }
			])?.kind
		).toBe('differ');
	});
	it('counts sums of parts as exact figures beside the stated ones', () => {
		expect(compareFigures([exact(4)], [4, 4])).toMatchObject({
			kind: 'agree',
			stated: 1,
			fromParts: 2
		});
		expect(compareFigures([exact(4)], [5])).toMatchObject({ kind: 'differ', low: 4, high: 5 });
	});
});

describe('sumsOfParts', () => {
	const fig = (measure: string, excerpt: string, value?: number) =>
		({ measure, excerpt, value }) as Parameters<typeof sumsOfParts>[0][number];
	it('adds the police officers and attackers killed that one excerpt gives', () => {
		const figures = [
			fig('killed-police', 'a', 1),
			fig('killed-attackers', 'a', 3),
			fig('killed-police', 'b', 1), // b gives no attackers: no sum
			fig('killed-total', 'c', 4),
			fig('killed-police', 'c', 1), // c states the total itself: its own figure counts
			fig('killed-attackers', 'c', 3),
			fig('killed-police', 'd', 2),
			fig('killed-attackers', 'd', 3)
		];
		expect(sumsOfParts(figures, 'killed-total')).toEqual([4, 5]);
	});
	it('has none for a measure without parts', () => {
		expect(sumsOfParts([fig('gunmen', 'a', 30)], 'gunmen')).toEqual([]);
	});
});

it('boundsOf reads a value, a range and an open range', () => {
	expect(boundsOf({ value: 4 })).toEqual([4, 4]);
	expect(boundsOf({ min: 20, max: 30 })).toEqual([20, 30]);
	expect(boundsOf({ min: 24 })).toEqual([24, Infinity]);
});
