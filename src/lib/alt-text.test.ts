import { describe, expect, it } from 'vitest';
import { loadLocale } from '$lib/i18n/load';
import { registry } from '$lib/layers';
import { staticAlt } from './alt-text';

const { m, catalog } = await loadLocale('en');

const words = (text: string) => text.split(/\s+/).length;

describe('the static map’s alt text, written from the catalog', () => {
	const alt = staticAlt(catalog, m, 'en');

	it('names every incident with its date, and says which positions are approximate', () => {
		expect(alt).toContain('Banjska Monastery siege, 24 September 2023;');
		expect(alt).toContain(
			'Ambush of a Kosovo Police patrol near Banjska, 24 September 2023, approximate;'
		);
		expect(alt).toContain('Zvečan clashes, 26 May 2023, approximate.');
		for (const p of catalog.data.places.filter((p) => p.layer === 'incidents')) {
			const named = `${p.name}, ${p.dates[0]!.text}`;
			expect(alt).toContain(named);
			const approximate = alt.includes(`${named}, approximate`);
			expect(approximate, p.id).toBe(p.location.precision === 'approximate');
		}
	});

	it('names the municipalities, and North Mitrovica as a town point without a boundary', () => {
		expect(alt).toContain('Municipalities outlined in grey: Zvečan, Leposavić and Zubin Potok;');
		expect(alt).toContain('North Mitrovica, a town point without its own boundary.');
	});

	it('describes the layers visible by default, and not the historical Ground Safety Zone', () => {
		expect(alt).toContain('Kosovo–Serbia boundary');
		expect(alt).toContain('a 15 km band standing for the reported Serbian deployment');
		expect(alt).toContain('municipalities standing for the reported KFOR reinforcement');
		expect(alt).not.toContain('Ground Safety Zone');
	});

	it('stays short and points to the list', () => {
		expect(words(alt)).toBeLessThanOrEqual(90);
		expect(alt).toMatch(/The list gives each place with what the sources say\.$/);
	});

	it('follows the layers’ defaults: a layer switched on by default is described', () => {
		const layers = registry.places.map((l) => ({
			...l,
			visibleByDefault: l.id === 'ground-safety-zone' ? true : l.id !== 'kfor-reinforcement'
		}));
		const text = staticAlt(catalog, m, 'en', layers);
		expect(text).toContain('the historical Ground Safety Zone (1999–2001)');
		expect(text).not.toContain('KFOR reinforcement');
	});

	it('counts the incidents of a very long layer instead of naming them', () => {
		const text = staticAlt(
			{ data: { ...catalog.data, counts: { ...catalog.data.counts, incidents: 100_000 } } },
			m,
			'en'
		);
		expect(text).toContain('100,000 incidents in red.');
		expect(text).not.toContain('Banjska Monastery siege');
		expect(words(text)).toBeLessThanOrEqual(90);
	});
});
