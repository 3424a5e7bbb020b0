/**
 * The timeline: a range filters the map (its one filter, read back with queryRenderedFeatures),
 * the list, the search and the count together; presets and date fields work from the keyboard;
 * invalid dates are ignored; the drawing is in the no-JS embed and in print.
 */
import { expect, test, type Page } from '@playwright/test';
import { inRange, rangeOf, spanOfDates } from '../../src/shared/time/days';
import {
	catalogPlace,
	idle,
	layersOf,
	listedPlacesWithDates,
	mapReady,
	rendered,
	watch,
	type Watch
} from './helpers';

let w: Watch;
test.beforeEach(async ({ page, javaScriptEnabled }) => {
	w = await watch(page, { javaScript: javaScriptEnabled });
});
test.afterEach(async () => {
	await w.expectClean();
});

const CLASHES = 'zvecan-clashes-2023-05';
const SIEGE = 'banjska-monastery-siege';
const incidentLayers = layersOf('incidents');
const listed = listedPlacesWithDates;
/** The listed places a range shows, by the rule, from the built data (not a hard-coded count). */
const expectedIn = (from: string | null, to: string | null) =>
	listed().filter((p) => inRange(spanOfDates(p.dates), rangeOf(from, to)));

async function listIds(page: Page) {
	return page
		.locator('#place-list button[data-place]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
}

async function drawnIncidents(page: Page) {
	await idle(page);
	return [...new Set(await rendered(page, incidentLayers))];
}

test('a range in the URL filters the map, the list and the count: May 2023 shows Zvečan, not the siege', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/?from=2023-05&to=2023-05');
	await mapReady(page);
	const drawn = await drawnIncidents(page);
	expect(drawn).toContain(CLASHES);
	expect(drawn).not.toContain(SIEGE);
	const ids = await listIds(page);
	expect(ids).toContain(CLASHES);
	expect(ids).not.toContain(SIEGE);
	const expected = expectedIn('2023-05', '2023-05');
	expect(ids.sort()).toEqual(expected.map((p) => p.id).sort());
	const status = page.locator('.timeline [role="status"]');
	await expect(status).toHaveText(
		new RegExp(
			`^Showing ${expected.length} of ${listed().length} places, 1 May 2023 – 31 May 2023$`
		)
	);
	await expect(page.getByRole('button', { name: /^Places/ })).toContainText(`(${expected.length})`);
	await expect(page.locator('[data-time-preset="may-2023"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// The search finds only what the range shows.
	const search = page.locator('#place-search');
	const results = page.locator('#place-search-results');
	await search.fill('Zvečan clashes');
	await expect(results.getByRole('option', { name: catalogPlace(CLASHES).names.en })).toHaveCount(
		1
	);
	await search.fill('Banjska Monastery');
	await expect(results.getByRole('option', { name: catalogPlace(SIEGE).names.en })).toHaveCount(0);
	// The row of the siege is drawn, dimmed and said to be outside the range.
	await expect(page.locator(`[data-timeline-place="${SIEGE}"]`)).toHaveClass(/outside/);
	await expect(page.locator(`[data-timeline-place="${CLASHES}"]`)).not.toHaveClass(/outside/);
});

test('the presets and the date fields work by keyboard alone, and the URL follows', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await mapReady(page);
	expect(await drawnIncidents(page)).toEqual(expect.arrayContaining([CLASHES, SIEGE]));

	const may = page.locator('[data-time-preset="may-2023"]');
	await may.focus();
	await page.keyboard.press('Enter');
	await expect(may).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => drawnIncidents(page)).not.toContain(SIEGE);
	expect(await drawnIncidents(page)).toContain(CLASHES);
	await expect(page).toHaveURL(/[?&]from=2023-05&to=2023-05/);

	// "After the siege": neither incident, from the day after.
	const after = page.locator('[data-time-preset="after-siege"]');
	await after.focus();
	await page.keyboard.press('Space');
	await expect.poll(() => drawnIncidents(page)).toEqual([]);
	expect((await listIds(page)).sort()).toEqual(
		expectedIn('2023-09-25', null)
			.map((p) => p.id)
			.sort()
	);

	// The two fields: 24 September alone shows the siege and not the clashes.
	const from = page.locator('.timeline input[name="from"]');
	const to = page.locator('.timeline input[name="to"]');
	await from.focus();
	await from.fill('2023-09-24');
	await page.keyboard.press('Tab');
	await to.fill('2023-09-24');
	await page.keyboard.press('Tab');
	await expect(page).toHaveURL(/[?&]from=2023-09-24&to=2023-09-24/);
	await expect.poll(() => drawnIncidents(page)).toContain(SIEGE);
	expect(await drawnIncidents(page)).not.toContain(CLASHES);
	await expect(page.locator('.timeline [role="status"]')).toContainText('24 September 2023');

	// Everything again: nothing filtered, and no range left in the URL.
	const everything = page.locator('[data-time-preset="everything"]');
	await everything.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => drawnIncidents(page)).toEqual(expect.arrayContaining([CLASHES, SIEGE]));
	await expect(page).not.toHaveURL(/from=|to=/);
	await expect(page.locator('.timeline [role="status"]')).toHaveText(
		`Showing all ${listed().length} places, every date`
	);
});

test('invalid from and to values are ignored: everything shows', async ({ page }) => {
	for (const query of [
		'from=2023-13&to=2023-02-30',
		'from=2023-10&to=2023-09',
		'from=<script>&to=javascript:alert(1)',
		`from=${'2'.repeat(300)}`
	]) {
		await page.goto(`/?${query}`);
		await mapReady(page);
		expect(await drawnIncidents(page), query).toEqual(expect.arrayContaining([CLASHES, SIEGE]));
		await expect(page.locator('[data-time-preset="everything"]')).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	}
});

test('a place opened from the list is never hidden by the range: the range opens to every date', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`/?from=2023-05&to=2023-05&place=${SIEGE}`);
	await mapReady(page);
	await expect(page.locator('.details')).toContainText(catalogPlace(SIEGE).names.en);
	await expect.poll(() => drawnIncidents(page)).toContain(SIEGE);
	await expect(page.locator('[data-time-preset="everything"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('in Albanian and Serbian the range is written in the page’s language, whatever the browser knows', async ({
	page
}) => {
	// This Chromium has no Albanian Intl data: the days are written from the build's calendar.
	for (const [path, month, english] of [
		['/sq/?from=2023-09&to=2023-09', 'shtator', /September|Sep\b/],
		['/sr-latn/?from=2023-09-25', 'septembar', /September/],
		['/sr-cyrl/?from=2023-05&to=2023-05', 'мај', /May/]
	] as const) {
		await page.goto(path);
		await mapReady(page);
		const status = page.locator('.timeline [role="status"]');
		await expect(status, path).toContainText(month);
		await expect(status, path).not.toContainText(english);
		await expect(page.locator('.timeline .tick-label').nth(1), path).not.toHaveText(/^(Apr|Jan)$/);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the embed draws the timeline, with every dated place and no controls', async ({ page }) => {
		await page.goto('/embed');
		const timeline = page.locator('.timeline');
		await expect(timeline).toBeVisible();
		const dated = listed().filter((p) => spanOfDates(p.dates) !== null);
		await expect(timeline.locator('[data-timeline-place]')).toHaveCount(dated.length);
		await expect(timeline.locator('svg .mark').first()).toBeVisible();
		await expect(timeline.locator('.controls')).toBeHidden();
	});
});

test('in print the timeline is drawn, without its controls', async ({ page }) => {
	await page.goto('/?from=2023-09&to=2023-09');
	await mapReady(page);
	await page.emulateMedia({ media: 'print' });
	const timeline = page.locator('.timeline');
	await expect(timeline).toBeVisible();
	await expect(timeline.locator('.controls')).toBeHidden();
	await expect(timeline.locator('rect.band').first()).toBeVisible();
});
