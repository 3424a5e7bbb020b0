/**
 * Faults: a file of the map that does not come, or comes late or wrong. Each time the reader
 * keeps the static picture, the places, their quotes and a clear notice, and nothing throws.
 * WebGL off is tests/e2e/no-webgl.e2e.ts; JavaScript off on /embed is in embed.e2e.ts.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { catalogPlaceCount, excerpt, mapReady } from './helpers';

const QUOTE = excerpt('asianlite-ambush').exact;

/** Page errors, and promise rejections nobody handled (app.html handles a failed start). */
async function trap(page: Page) {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	await page.exposeFunction('nkmUnhandled', (why: string) => errors.push(`unhandled: ${why}`));
	await page.addInitScript(() => {
		addEventListener('unhandledrejection', (e) => {
			// Registered first: look once every listener has had its turn.
			setTimeout(() => {
				const report = (window as unknown as { nkmUnhandled: (w: string) => void }).nkmUnhandled;
				if (!e.defaultPrevented) report(String(e.reason?.stack ?? e.reason));
			});
		});
	});
	return () => expect(errors, errors.join('\n')).toEqual([]);
}

const notFound = (route: Route) => route.fulfill({ status: 404, body: 'not found' });

/** The live map failed: its notice, the picture, every place in the list and a quote. */
async function expectFallback(page: Page, notice: RegExp) {
	await expect(page.locator('.status.failed')).toContainText(notice);
	await expect(page.locator('.status.failed button')).toHaveText('Try again');
	await expect(page.locator('img.static-map')).toBeVisible();
	const places = page.locator('#place-list button[data-place]');
	await expect(places).toHaveCount(catalogPlaceCount());
	await places.and(page.locator('[data-place="banjska-police-ambush"]')).click();
	await expect(page.locator('.details')).toContainText(QUOTE);
}

for (const [name, pattern, handle, notice] of [
	['the geometry file 404s', '**/_app/immutable/assets/geometry*.json', notFound, /its data/],
	[
		'the geometry comes back as an HTML page',
		'**/_app/immutable/assets/geometry*.json',
		(route: Route) =>
			route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Oops' }),
		/its data/
	],
	['the worker 404s', '**/maplibre-gl-worker*.mjs', notFound, /its drawing worker/],
	['MapLibre’s stylesheet 404s', '**/_app/immutable/assets/maplibre*.css', notFound, /stylesheet/]
] as const) {
	test(`when ${name}, the picture, the places and the quotes stay, with a notice`, async ({
		page
	}) => {
		const clean = await trap(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.route(pattern, handle);
		await page.goto('/');
		await expectFallback(page, notice);
		clean();
	});
}

test('after a failure, Try again draws the map once the file is back', async ({ page }) => {
	const clean = await trap(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.route('**/_app/immutable/assets/geometry*.json', notFound);
	await page.goto('/');
	await expect(page.locator('.status.failed')).toBeVisible();
	await page.unroute('**/_app/immutable/assets/geometry*.json');
	await page.locator('.status.failed button').click();
	await mapReady(page);
	await expect(page.locator('.status')).toHaveCount(0);
	await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
	clean();
});

/** The page as it was built, the digest shown, the "could not load" notice: no error page. */
async function expectBuiltPage(page: Page, words: string) {
	await expect(page.locator('.script-failed')).toBeVisible();
	await expect(page.locator('.script-failed')).toContainText(words);
	await expect(page.getByText('Internal Error')).toHaveCount(0);
	await expect(page.locator('.news-map h1')).toBeVisible();
	await expect(page.locator('img.static-map')).toBeVisible();
	const digest = page.locator('.digest');
	await expect(digest).toBeVisible();
	await expect(digest.locator('article')).toHaveCount(catalogPlaceCount());
	await expect(digest).toContainText(QUOTE);
	// The controls that cannot work are hidden, as without JavaScript; nothing says "loading".
	await expect(page.locator('.panel')).toBeHidden();
	await expect(page.locator('.status.loading')).toBeHidden();
	// This build has its archive (CI refuses to build without): no "not checked" notice.
	await expect(page.locator('.quotes-unchecked')).toHaveCount(0);
}

for (const [name, pattern] of [
	['a page chunk', '**/_app/immutable/nodes/**'],
	['the app’s entry chunk', '**/_app/immutable/entry/start*.js']
] as const) {
	for (const [path, words] of [
		['/', 'could not load'],
		['/embed', 'could not load'],
		['/sq/embed/banjska', 'nuk u ngarkua']
	] as const) {
		test(`when ${name} of ${path} fails to load, the built page stays, with its quotes`, async ({
			page
		}) => {
			const clean = await trap(page);
			await page.route(pattern, notFound);
			await page.goto(path);
			await expectBuiltPage(page, words);
			clean();
		});
	}
}

test('on a very slow network, the picture and the places come first, then the map', async ({
	page
}) => {
	const clean = await trap(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	// Every script, the geometry, the worker and the stylesheet: 1.5 s each.
	await page.route('**/_app/immutable/**', async (route) => {
		await new Promise((r) => setTimeout(r, 1500));
		await route.fallback();
	});
	await page.goto('/', { waitUntil: 'commit' });
	await expect(page.locator('img.static-map')).toBeVisible();
	await expect(page.locator('#place-list button[data-place]')).toHaveCount(catalogPlaceCount());
	await expect(page.getByText('Loading the interactive map…')).toBeVisible();
	await mapReady(page);
	await page.locator('[data-place="banjska-police-ambush"]').click();
	await expect(page.locator('.details')).toContainText(QUOTE);
	clean();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the full page keeps the picture, every place and its quotes, and says nothing loads', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('img.static-map')).toBeVisible();
		const digest = page.locator('.digest');
		await expect(digest.locator('article')).toHaveCount(catalogPlaceCount());
		await expect(digest).toContainText(QUOTE);
		await expect(page.locator('.status.loading')).toBeHidden();
		await expect(page.locator('.script-failed')).toBeHidden();
		await expect(page.locator('.quotes-unchecked')).toHaveCount(0);
	});
});
