/**
 * Corrections in public, in every locale: a place's details say what was corrected and when, and
 * when the entry was last checked; the page of corrections lists every one, newest first, linked
 * to what it concerns; the "Report an error" link carries the place id (the tests build it on).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mapReady, watch, type Watch } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES = [
	{ locale: 'en', segment: '' },
	{ locale: 'sr-Latn', segment: 'sr-latn' },
	{ locale: 'sr-Cyrl', segment: 'sr-cyrl' },
	{ locale: 'sq', segment: 'sq' }
] as const;

interface Correction {
	date: string;
	day: string;
	text: string;
}
type Catalog = {
	places: { id: string; name: string; lastCheckedText: string; corrections?: Correction[] }[];
	excerpts: Record<string, { corrections?: Correction[] }>;
	sources: Record<string, { corrections?: Correction[] }>;
};
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const catalog = (locale: string): Catalog => json(`src/lib/generated/catalog/${locale}.json`);
/** A message with its `{…}` placeholders filled, as Paraglide fills them. */
const message = (locale: string, key: string, values: Record<string, string> = {}) =>
	(json(`messages/${locale}.json`)[key] as string).replace(/\{(\w+)\}/g, (_, k) => values[k]!);

let w: Watch;
test.beforeEach(async ({ page }) => {
	w = await watch(page);
});
test.afterEach(async () => {
	await w.expectClean();
});

for (const { locale, segment } of LOCALES) {
	const home = segment ? `/${segment}` : '/';
	const under = (p: string) => (segment ? `/${segment}${p}` : p);

	test(`${locale}: a place's details show its corrections, when it was last checked, and a way to report an error`, async ({
		page
	}) => {
		const place = catalog(locale).places.find((p) => p.id === 'zvecan')!;
		expect(place.corrections!.length).toBeGreaterThan(1);
		await page.goto(`${home}?place=zvecan`);
		await mapReady(page);
		const details = page.locator('.details article[data-place="zvecan"]');
		const notes = details.locator(':scope > .corrections li');
		await expect(notes).toHaveCount(place.corrections!.length);
		for (const [i, c] of place.corrections!.entries()) {
			await expect(notes.nth(i)).toHaveText(
				`${message(locale, 'details_corrected', { day: c.day })} ${c.text}`
			);
		}
		await expect(details.locator('.checked')).toContainText(
			message(locale, 'details_last_checked', { day: place.lastCheckedText })
		);
		const report = details.locator('.checked a');
		await expect(report).toHaveText(message(locale, 'details_report_error'));
		const href = (await report.getAttribute('href'))!;
		expect(href).toMatch(/^mailto:corrections@example\.org\?subject=/);
		const subject = decodeURIComponent(new URL(href).searchParams.get('subject') ?? '');
		expect(subject).toBe(message(locale, 'report_subject', { id: 'zvecan' }));

		// An excerpt's own correction shows under the excerpt, in the locale.
		const data = catalog(locale);
		const excerptId = json('geo/data/municipalities.geojson')
			.features.find((f: { properties: { id: string } }) => f.properties.id === 'zvecan')
			.properties.excerpts.find((id: string) => data.excerpts[id]?.corrections)!;
		const correction = data.excerpts[excerptId]!.corrections![0]!;
		await expect(
			details.locator('.excerpts li .corrections li', { hasText: correction.text }).first()
		).toHaveText(
			`${message(locale, 'details_corrected', { day: correction.day })} ${correction.text}`
		);
	});

	test(`${locale}: the page of corrections lists every one, newest first, and links to its place`, async ({
		page
	}) => {
		const data = catalog(locale);
		const all = [
			...data.places.flatMap((p) => p.corrections ?? []),
			...Object.values(data.excerpts).flatMap((e) => e.corrections ?? []),
			...Object.values(data.sources).flatMap((s) => s.corrections ?? [])
		];
		await page.goto(under('/corrections'));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('h1')).toHaveText(message(locale, 'corrections_title'));
		const items = page.locator('ol.corrections > li');
		await expect(items).toHaveCount(all.length);
		const dates = await items
			.locator('time')
			.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
		expect(dates).toEqual([...dates].sort().reverse());
		for (const text of all.map((c) => c.text)) {
			await expect(items.filter({ hasText: text }).first()).toBeVisible();
		}

		// A place's correction leads back to that place on the map, in this locale.
		const placeItem = page.locator('ol.corrections > li[data-kind="place"]').first();
		const id = (await placeItem.getAttribute('data-target'))!;
		await placeItem.locator('a').first().click();
		await expect(page).toHaveURL(new RegExp(`place=${id}`));
		await mapReady(page);
		await expect(page.locator(`.details article[data-place="${id}"]`)).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
	});
}

test('the footer and the method page lead to the corrections', async ({ page }) => {
	await page.goto('/sources');
	await page.locator('#method ~ p a[href$="/corrections"]').click();
	await expect(page.locator('h1')).toHaveText(message('en', 'corrections_title'));
	await page.goto('/');
	await mapReady(page);
	await page.locator('footer a[href$="/corrections"]').click();
	await expect(page).toHaveURL(/\/corrections$/);
});
