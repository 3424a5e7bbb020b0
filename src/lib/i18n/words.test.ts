import { describe, expect, it } from 'vitest';
import { loadLocale } from './load';
import { formatCount, precisionText, series } from './words';

describe('formatCount', () => {
	it('groups thousands as each locale does', () => {
		expect([7, 999, 1000, 10_003, 100_000, 1_234_567].map((n) => formatCount(n, 'en'))).toEqual([
			'7',
			'999',
			'1,000',
			'10,003',
			'100,000',
			'1,234,567'
		]);
		expect(formatCount(100_000, 'sr-Latn')).toBe('100.000');
	});
});

describe('series', () => {
	it('joins a list as each locale does', () => {
		expect(series(['Zvečan', 'Leposavić', 'Zubin Potok'], 'en')).toBe(
			'Zvečan, Leposavić and Zubin Potok'
		);
		expect(series(['Zvečan', 'Leposavić', 'Zubin Potok'], 'sr-Latn')).toBe(
			'Zvečan, Leposavić i Zubin Potok'
		);
		expect(series(['Zveçani', 'Leposaviqi'], 'sq')).toBe('Zveçani dhe Leposaviqi');
		expect(series(['one'], 'en')).toBe('one');
	});
});

describe('precisionText', () => {
	it('says how precise a position is, with its radius in the locale’s units', async () => {
		const { m } = await loadLocale('en');
		const at = (radiusM: number) =>
			precisionText({ location: { precision: 'approximate', radiusM, basis: '' } }, m, 'en');
		expect(at(1000)).toBe('Approximate, ±1 km');
		expect(at(500)).toBe('Approximate, ±500 m');
		expect(at(1500)).toBe('Approximate, ±1.5 km');
		expect(precisionText({ location: { precision: 'exact', basis: '' } }, m, 'en')).toBe(
			'Exact position'
		);
	});
});
