import { describe, expect, it } from 'vitest';
import type { ExcerptGroup } from '$lib/catalog';
import { loadLocale } from '$lib/i18n/load';
import { describeInputs, firstExcerpts } from './place-text';

const { m } = await loadLocale('en');

describe('describeInputs', () => {
	it('names each input of a derivation: a feature, a layer, a dataset', () => {
		expect(
			describeInputs(
				{
					inputs: [
						{ feature: 'kosovo-serbia-boundary' },
						{
							package: '@osm_borders/maritime_10m',
							version: '1.1.0',
							file: 'b.json',
							select: 'SRB'
						}
					]
				},
				m
			)
		).toBe('the feature kosovo-serbia-boundary, @osm_borders/maritime_10m 1.1.0 (SRB)');
		expect(
			describeInputs(
				{
					inputs: [{ layer: 'municipalities', geometry: 'polygonal' }]
				},
				m
			)
		).toBe('the layer municipalities');
	});
});

describe('firstExcerpts', () => {
	const excerpt = (id: string) =>
		({ id, source: 's', exact: id, claimant: 'c', side: 'outlet', stance: 'report' }) as const;
	const groups: ExcerptGroup[] = [
		{ side: 'outlet', label: 'Outlets', excerpts: [excerpt('a'), excerpt('b')] },
		{ side: 'kosovo', label: 'Kosovo', excerpts: [excerpt('c'), excerpt('d')] },
		{ side: 'serbia', label: 'Serbia', excerpts: [excerpt('e')] }
	];
	it('keeps the first excerpts in order across groups, and drops groups left empty', () => {
		const first = firstExcerpts(groups, 3);
		expect(first.map((g) => g.excerpts.map((e) => e.id))).toEqual([['a', 'b'], ['c']]);
	});
	it('keeps everything when the budget allows', () => {
		expect(firstExcerpts(groups, 10)).toEqual(groups);
	});
});
