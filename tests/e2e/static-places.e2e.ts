/**
 * The places in the static picture open their details before MapLibre is ready: the worker is
 * held back, so the live map cannot draw, and a click on the picture must still open the place,
 * in the page, without a reload. Once the map is ready the links go with the picture.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { catalogPlace, excerpt, mapReady, watch } from './helpers';

const PHONE = { width: 390, height: 844 };

/** Holds MapLibre's worker until `release()`: the live map cannot be ready before. */
async function holdWorker(page: Page) {
	let release!: () => void;
	const released = new Promise<void>((done) => (release = done));
	await page.route(/maplibre-gl-worker/, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

const notReady = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('map-ready').length === 0);

for (const [name, path, viewport, details] of [
	['an embed on a phone', '/embed', PHONE, '.sheet'],
	['the page on a desktop', '/', { width: 1280, height: 800 }, '.details'],
	['the page on a phone', '/', PHONE, '.sheet']
] as const) {
	test(`${name}: a place clicked in the picture before the map is ready opens its details`, async ({
		page
	}) => {
		const w = await watch(page);
		await page.setViewportSize(viewport);
		const release = await holdWorker(page);
		await page.goto(path);
		const id = 'zvecan-clashes-2023-05';
		const link = page.locator(`a[data-static-place="${id}"]`);
		await expect(link).toBeVisible();
		await expect(link).toHaveAccessibleName(catalogPlace(id).names.en);
		// A marker set now survives only if the click does not reload the page.
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
		await page.waitForTimeout(1000);
		expect(await notReady(page)).toBe(true);
		await link.click();
		const card = page.locator(details);
		await expect(card).toBeVisible();
		await expect(card).toContainText(catalogPlace(id).names.en);
		await expect(page).toHaveURL(new RegExp(`place=${id}`));
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
		expect(await notReady(page)).toBe(true);

		// The map comes: the links go with the picture, and the place stays chosen.
		release();
		await mapReady(page);
		await expect(page.locator('a[data-static-place]').first()).toBeHidden();
		await expect(card).toContainText(catalogPlace(id).names.en);
		await w.expectClean();
	});
}

test('a place clicked before the page has hydrated opens once it has, without a reload', async ({
	page
}) => {
	const w = await watch(page);
	await page.setViewportSize(PHONE);
	// The app's entry held back: the HTML and its picture are there, the components are not.
	let release!: () => void;
	const released = new Promise<void>((done) => (release = done));
	await page.route(/\/_app\/immutable\/entry\/app\./, async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('/embed', { waitUntil: 'commit' });
	const id = 'zvecan-clashes-2023-05';
	const link = page.locator(`a[data-static-place="${id}"]`);
	await expect(link).toBeVisible();
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
	await link.click();
	await page.waitForTimeout(300);
	// Kept, not followed: the same document, no details yet.
	expect(page.url()).not.toContain('place=');
	await expect(page.locator('.sheet')).toHaveCount(0);
	release();
	await expect(page.locator('.sheet')).toContainText(catalogPlace(id).names.en);
	await expect(page).toHaveURL(new RegExp(`place=${id}`));
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
	await mapReady(page);
	await w.expectClean();
});

test('the overlapping marks: the first place in the list is on top, and both take the keyboard', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	const release = await holdWorker(page);
	await page.goto('/embed');
	const monastery = page.locator('a[data-static-place="banjska-monastery-siege"]');
	// A click at its centre reaches it, though the ambush's mark is drawn almost on it.
	await monastery.click();
	await expect(page.locator('.sheet')).toContainText(excerpt('bbc-banjska-firefight').exact);
	await page.keyboard.press('Escape');
	const ambush = page.locator('a[data-static-place="banjska-police-ambush"]');
	await ambush.focus();
	await expect(ambush).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('.sheet')).toContainText(excerpt('asianlite-ambush').exact);
	release();
});

test('on a phone every link sits inside the map; without JavaScript a link leads to the place', async ({
	browser
}) => {
	// The phone page crops the picture's sides (object-fit: cover on a tall box).
	const context = await browser.newContext({ viewport: PHONE });
	const page = await context.newPage();
	const release = await holdWorker(page);
	await page.goto('/');
	const links = page.locator('a[data-static-place]');
	await expect(links.first()).toBeVisible();
	const map = (await page.locator('img.static-map').boundingBox())!;
	for (const link of await links.all()) {
		// One the crop cuts off is hidden, so it cannot take the focus.
		if (!(await link.isVisible())) continue;
		const box = (await link.boundingBox())!;
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		expect(x).toBeGreaterThan(map.x);
		expect(x).toBeLessThan(map.x + map.width);
		expect(y).toBeGreaterThan(map.y);
		expect(y).toBeLessThan(map.y + map.height);
	}
	release();
	await context.close();

	const noJs = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
	const plain = await noJs.newPage();
	await plain.goto('/embed');
	await plain.locator('a[data-static-place="zvecan-clashes-2023-05"]').click();
	await expect(plain).toHaveURL(/\?place=zvecan-clashes-2023-05#digest-zvecan-clashes-2023-05$/);
	await expect(plain.locator('#digest-zvecan-clashes-2023-05')).toBeInViewport();
	await noJs.close();
});

test('axe finds no violation while the picture’s places are the map, light and dark', async ({
	page
}) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const release = await holdWorker(page);
		for (const path of ['/embed', '/']) {
			await page.goto(path);
			await expect(page.locator('a[data-static-place]').first()).toBeVisible();
			const result = await new AxeBuilder({ page }).analyze();
			expect(
				result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
			).toEqual([]);
			// A visible focus ring on a link.
			await page.locator('a[data-static-place]').first().focus();
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.press('Tab');
			const outline = await page
				.locator('a[data-static-place]:focus-visible')
				.evaluate((a) => getComputedStyle(a).outlineStyle);
			expect(outline).toBe('solid');
		}
		release();
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	}
});
