/** The query string in the browser: one rule for repeated parameters (src/shared/query-rule.js), and a sweep of random URLs. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { random, randomQuery } from '../fuzz';
import { idle, mapReady, pixelStats, registry, watch } from './helpers';

for (const [query, theme, scheme] of [
	['dark=true&dark=false', 'light', 'dark'],
	['dark=false&dark=true', 'dark', 'light']
] as const) {
	test(`?${query}: the page and the map are both ${theme} (the last one wins)`, async ({
		page
	}) => {
		const w = await watch(page);
		// The reader's system says the opposite, so that "auto" would show too.
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(`/embed?${query}`);
		await mapReady(page);
		const classes = await page.evaluate(() => document.documentElement.className);
		expect(classes).toContain(`flag-dark-${theme === 'dark'}`);
		expect(classes).not.toContain(`flag-dark-${theme !== 'dark'}`);
		const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		if (theme === 'dark') expect(bg).toBe('rgb(18, 21, 24)');
		else expect(bg).not.toBe('rgb(18, 21, 24)');
		await expect(page.locator('.news-map')).toHaveClass(
			theme === 'dark' ? /theme-dark/ : /^(?!.*theme-dark)/
		);
		await idle(page);
		const stats = await pixelStats(
			page,
			await page.locator('canvas.maplibregl-canvas').screenshot(),
			{},
			12
		);
		if (theme === 'dark') expect(stats.meanBrightness).toBeLessThan(70);
		else expect(stats.meanBrightness).toBeGreaterThan(150);
		await w.expectClean();
	});
}

/**
 * A sweep of seeded random and mutated URLs (tests/fuzz.ts) on / and /embed, one page loaded
 * again and again (each load also runs app.html's inline script): no page error, no console
 * error, and the map reaches ready every time.
 */
const catalog = JSON.parse(
	readFileSync(path.resolve(import.meta.dirname, '../../src/lib/generated/catalog/en.json'), 'utf8')
) as { places: { id: string }[]; extent: [number, number, number, number] };
const vocabulary = {
	layerIds: registry.ids,
	placeIds: catalog.places.map((p) => p.id),
	bounds: catalog.extent
};
const SWEEP = 4;
const PER_SWEEP = 50;

for (let k = 0; k < SWEEP; k++) {
	const seed = 4173 + k;
	const base = k % 2 === 0 ? '/' : '/embed';
	test(`sweep ${k + 1} of ${SWEEP}: ${PER_SWEEP} random URLs on ${base} (seed ${seed})`, async ({
		page
	}) => {
		test.setTimeout(240_000);
		// A small window draws faster: the sweep is about parsing and starting, not pixels.
		await page.setViewportSize({ width: 480, height: 400 });
		const w = await watch(page);
		const r = random(seed);
		for (let i = 0; i < PER_SWEEP; i++) {
			const hash = r() < 0.2 ? `#${randomQuery(r, vocabulary).slice(0, 40)}` : '';
			// As a browser would send it: the URL parser encodes what must be.
			const u = new URL(`${base}?${randomQuery(r, vocabulary)}${hash}`, 'http://any.host');
			const url = `${u.pathname}${u.search}${u.hash}`;
			// Ready is the map's own mark: no need to wait for the load event as well.
			await page.goto(url, { waitUntil: 'commit' });
			await mapReady(page);
			await expect(page.locator('.news-map'), url).toHaveCount(1);
			await expect(page.locator('.script-failed'), url).toBeHidden();
			expect(w.problems, `case ${i}: ${url}`).toEqual([]);
		}
	});
}
