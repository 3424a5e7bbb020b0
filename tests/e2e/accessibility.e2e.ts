/** What keyboard and screen-reader users meet: axe on every page and state, and a map the keyboard operates. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { excerpt, mapReady, mapView, pixelStats, watch, idle, type Watch } from './helpers';

let w: Watch;
test.beforeEach(async ({ page }) => {
	w = await watch(page);
});
test.afterEach(async () => {
	await w.expectClean();
});

/** Every violation, of any impact, the canvas included. */
async function violations(page: Page) {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

const PAGES = [
	['/', true],
	['/?place=banjska-monastery-siege', true],
	['/embed', true],
	['/embed?place=banjska-monastery-siege', true],
	['/sources', false],
	['/corrections', false]
] as const;
/** Each other locale: its own words may break a layout or a contrast the English does not. */
const LOCALE_PAGES = [
	['?place=banjska-monastery-siege', true],
	['/embed', true],
	['/sources', false],
	['/corrections', false]
] as const;
const MATRIX = [
	{ locale: 'en', pages: PAGES.map(([p, map]) => [p, map] as const) },
	...['sr-latn', 'sr-cyrl', 'sq'].map((segment) => ({
		locale: segment,
		pages: LOCALE_PAGES.map(([p, map]) => [`/${segment}${p}`, map] as const)
	}))
];

for (const { locale, pages } of MATRIX) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe finds no violation of any impact, ${locale}, ${colorScheme}, on every page, with and without a place open`, async ({
			page
		}) => {
			test.setTimeout(90_000);
			await page.emulateMedia({ colorScheme });
			for (const [path, map] of pages) {
				await page.goto(path);
				if (map) await mapReady(page);
				if (path.includes('place=')) {
					await expect(page.locator('.details, .sheet').first()).toContainText(
						excerpt('bbc-banjska-firefight').exact
					);
				}
				expect(await violations(page), `${path} (${colorScheme})`).toEqual([]);
			}
		});
	}
}

test('the phone sheet and the keyboard help pass axe too', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/?place=zvecan-clashes-2023-05');
	await mapReady(page);
	await expect(page.locator('.sheet')).toBeVisible();
	await page.locator('canvas.maplibregl-canvas').focus();
	await expect(page.locator('.help')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('the map itself is operable from the keyboard: pan, zoom, move between places, open one, come back', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await mapReady(page);
	const canvas = page.locator('canvas.maplibregl-canvas');
	await expect(canvas).toHaveAttribute('role', 'application');
	await expect(canvas).toHaveAccessibleName(/Map of northern Kosovo/);
	await expect(canvas).not.toHaveAttribute('aria-hidden', 'true');
	// Reached with Tab, like every control, and it says how to use it.
	for (let i = 0; i < 10 && !(await canvas.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(canvas).toBeFocused();
	await expect(canvas).toHaveAccessibleDescription(/N goes to the next place in view/);
	await expect(page.locator('.help')).toBeVisible();

	const before = await mapView(page);
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await mapView(page)).lng).toBeGreaterThan(before.lng + 0.001);
	await page.keyboard.press('Equal');
	await expect.poll(async () => (await mapView(page)).zoom).toBeGreaterThan(before.zoom + 0.5);
	await page.keyboard.press('Minus');
	await expect.poll(async () => (await mapView(page)).zoom).toBeLessThan(before.zoom + 0.5);
	await idle(page);

	// N steps through the places in view, each announced; Shift+N goes back.
	const announcer = page.locator('.announcer');
	await page.keyboard.press('KeyN');
	await expect(announcer).toHaveText(/, 1 of \d+ places in view\. Enter opens its details\.$/);
	const first = await announcer.textContent();
	await page.keyboard.press('KeyN');
	await expect(announcer).toHaveText(/, 2 of \d+ places in view/);
	await page.keyboard.press('Shift+KeyN');
	await expect(announcer).toHaveText(first!);
	await expect(page.locator('.ring')).toBeVisible();

	// Enter opens that place: its details take focus; Escape gives the keyboard back to the map.
	const name = first!.replace(/ \(.*$/, '');
	await page.keyboard.press('Enter');
	const heading = page.locator('.details h2');
	await expect(heading).toHaveText(name);
	await expect(heading).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('.details')).toHaveCount(0);
	await expect(canvas).toBeFocused();
});

test('with dark=auto, switching the system to dark recolours the map, not only the page', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/embed');
	await mapReady(page);
	const brightness = async () =>
		(await pixelStats(page, await page.locator('canvas.maplibregl-canvas').screenshot(), {}))
			.meanBrightness;
	const light = await brightness();
	expect(light).toBeGreaterThan(150);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect
		.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
		.toBe('rgb(18, 21, 24)');
	// Paint changes ease in over MapLibre's 300 ms transition.
	await expect.poll(brightness, { timeout: 10_000 }).toBeLessThan(70);
	await page.emulateMedia({ colorScheme: 'light' });
	await expect.poll(brightness, { timeout: 10_000 }).toBeGreaterThan(150);
});
