import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROMIUM } from '../chromium';
import { catalogPlaceCount, excerpt, watch } from './helpers';

// Chromium's clean switch for "no WebGL": the page must say so and keep the list working.
test.use({
	launchOptions: {
		...CHROMIUM,
		args: ['--disable-3d-apis', ...CHROMIUM.args!.filter((a) => !/gpu|swiftshader/.test(a))]
	}
});

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

// The list starts collapsed on phones and in embeds when the map works; without it, it opens.
for (const [name, path, viewport, details] of [
	['the page on a desktop', '/', DESKTOP, '.details'],
	['the page on a phone', '/', PHONE, '.sheet'],
	['an embed', '/embed', DESKTOP, '.sheet'],
	['an embed on a phone', '/embed', PHONE, '.sheet']
] as const) {
	test(`without WebGL, ${name} shows a clear message and every place, and no error`, async ({
		page
	}) => {
		const w = await watch(page);
		await page.setViewportSize(viewport);
		await page.goto(path);
		await expect(page.getByText('This browser cannot draw the interactive map')).toBeVisible();
		await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
		const list = page.locator('#place-list');
		await expect(list).toBeVisible();
		const places = list.locator('button[data-place]');
		await expect(places).toHaveCount(catalogPlaceCount());
		for (const place of await places.all()) await expect(place).toBeVisible();
		await list.locator('button[data-place="banjska-police-ambush"]').click();
		const card = page.locator(details);
		await expect(card).toBeVisible();
		await expect(card).toContainText(excerpt('asianlite-ambush').exact);
		await expect(card).toContainText('Approximate, ±1 km');
		await w.expectClean();
	});
}

// The same page in each other locale: the message, the list and the details in its own words.
for (const { locale, segment } of [
	{ locale: 'sr-Latn', segment: 'sr-latn' },
	{ locale: 'sr-Cyrl', segment: 'sr-cyrl' },
	{ locale: 'sq', segment: 'sq' }
]) {
	test(`without WebGL, the ${locale} page says so in its language and keeps every place`, async ({
		page
	}) => {
		const w = await watch(page);
		const words = JSON.parse(
			readFileSync(path.join(process.cwd(), `messages/${locale}.json`), 'utf8')
		) as Record<string, unknown>;
		await page.setViewportSize(DESKTOP);
		await page.goto(`/${segment}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByText(words.no_webgl_title as string)).toBeVisible();
		const list = page.locator('#place-list');
		await expect(list.locator('button[data-place]')).toHaveCount(catalogPlaceCount());
		await list.locator('button[data-place="banjska-police-ambush"]').click();
		const card = page.locator('.details');
		// The quote stays verbatim, in the language of its article.
		await expect(card).toContainText(excerpt('asianlite-ambush').exact);
		await expect(
			card.locator('blockquote', { hasText: excerpt('asianlite-ambush').exact })
		).toHaveAttribute('lang', 'en');
		await w.expectClean();
	});
}
