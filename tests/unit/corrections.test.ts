import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listCorrections } from '../../src/lib/corrections/corrections';
import type { Catalog } from '../../src/shared/app-data';
import { LOCALES } from '../../src/shared/i18n/locales';

const catalog = (locale: string): Catalog =>
	JSON.parse(readFileSync(`src/lib/generated/catalog/${locale}.json`, 'utf8'));

/** Every correction the raw data holds, counted from the files the check reads. */
function correctionsInData(): number {
	const count = (v: unknown): number =>
		Array.isArray(v)
			? v.reduce((n, x) => n + count(x), 0)
			: v && typeof v === 'object'
				? Object.entries(v).reduce(
						(n, [k, x]) => n + (k === 'corrections' && Array.isArray(x) ? x.length : count(x)),
						0
					)
				: 0;
	const files = ['incidents', 'municipalities', 'border-zones', 'context-places'].map(
		(f) => `geo/data/${f}.geojson`
	);
	return [...files, 'geo/excerpts.json', 'geo/sources.json']
		.map((f) => count(JSON.parse(readFileSync(f, 'utf8'))))
		.reduce((a, b) => a + b, 0);
}

describe.each(LOCALES)('the list of corrections in %s', (locale) => {
	const list = listCorrections(catalog(locale));
	it('holds every correction in the data, once', () => {
		expect(list.length).toBe(correctionsInData());
		expect(list.length).toBeGreaterThan(10);
	});
	it('is newest first', () => {
		const dates = list.map((c) => c.date);
		expect(dates).toEqual([...dates].sort().reverse());
	});
	it('gives each its words and day in the locale, and what it concerns', () => {
		for (const c of list) {
			expect(typeof c.text).toBe('string');
			expect(c.text.length).toBeGreaterThan(0);
			expect(c.day).toMatch(/\d{4}/);
			expect(c.target.id).toBeTruthy();
		}
	});
});
