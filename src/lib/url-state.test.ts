import { describe, expect, it } from 'vitest';
import { parseUrlState, queryString, writeUrlState, type UrlLimits } from './url-state';

const limits: UrlLimits = {
	placeIds: new Set(['banjska-monastery-siege', 'zvecan']),
	bounds: [19, 41.5, 22.8, 44.2],
	minZoom: 6,
	maxZoom: 14
};
const parse = (query: string) => parseUrlState(new URLSearchParams(query), limits);

describe('parseUrlState', () => {
	it('reads layers, place and view', () => {
		expect(parse('layers=incidents,boundary&place=zvecan&view=20.78,42.97,11.5')).toEqual({
			layers: ['incidents', 'boundary'],
			place: 'zvecan',
			view: { lon: 20.78, lat: 42.97, zoom: 11.5 },
			from: null,
			to: null
		});
	});
	it('gives the defaults when nothing is set', () => {
		expect(parse('')).toEqual({ layers: null, place: null, view: null, from: null, to: null });
	});
	it('keeps an explicitly empty layer list: the reader hid every layer', () => {
		expect(parse('layers=').layers).toEqual([]);
	});
	it('drops unknown layers, and falls back to the defaults when none is known', () => {
		expect(parse('layers=incidents,<script>,incidents').layers).toEqual(['incidents']);
		expect(parse('layers=tanks,artillery').layers).toBeNull();
	});
	it('ignores unknown places, views out of range and malformed numbers', () => {
		expect(parse('place=../../etc/passwd').place).toBeNull();
		expect(parse('place=constructor').place).toBeNull();
		expect(parse('view=200,42,8').view).toBeNull();
		expect(parse('view=20.7,42.9,30').view).toBeNull();
		expect(parse('view=20.7,42.9').view).toBeNull();
		expect(parse('view=1e2,42.9,8').view).toBeNull();
		expect(parse('view=NaN,42.9,8').view).toBeNull();
		expect(parse(`view=20.7,42.9,8${'0'.repeat(300)}`).view).toBeNull();
	});
	it('reads a range at day, month or year precision, each end on its own', () => {
		expect(parse('from=2023-05&to=2023-05')).toMatchObject({ from: '2023-05', to: '2023-05' });
		expect(parse('from=2023-09-25')).toMatchObject({ from: '2023-09-25', to: null });
		expect(parse('to=2023')).toMatchObject({ from: null, to: '2023' });
	});
	it('drops dates that are not real, and a range that ends before it starts', () => {
		for (const bad of ['2023-13', '2023-02-30', '23-09', 'yesterday', '2023-9', '3000', ' ', '']) {
			expect(parse(`from=${encodeURIComponent(bad)}`).from).toBeNull();
		}
		expect(parse('from=2023-09-24x&to=2023-10').to).toBe('2023-10');
		expect(parse('from=2023-10&to=2023-09')).toMatchObject({ from: null, to: null });
		// The same month at both ends is a month, not a reversed pair.
		expect(parse('from=2023-09&to=2023-09-01')).toMatchObject({
			from: '2023-09',
			to: '2023-09-01'
		});
	});
});

describe('writeUrlState', () => {
	it('round-trips, keeps other parameters and reads well', () => {
		const state = {
			layers: ['incidents' as const],
			place: 'zvecan',
			view: { lon: 20.78, lat: 42.97, zoom: 11.5 },
			from: '2023-05',
			to: null
		};
		const params = writeUrlState(new URLSearchParams('dark=true'), state);
		expect(queryString(params)).toBe(
			'?dark=true&layers=incidents&place=zvecan&view=20.7800,42.9700,11.50&from=2023-05'
		);
		expect(parseUrlState(params, limits)).toEqual(state);
	});
	it('removes what is back to its default', () => {
		const params = writeUrlState(new URLSearchParams('layers=incidents&place=zvecan&to=2023'), {
			layers: null,
			place: null,
			view: null
		});
		expect(queryString(params)).toBe('');
	});
});
