/**
 * "What the sources count": the panel shows every figure of the data, as a table with headers,
 * each figure's words present in the excerpt it links to, on the page it links to; in each
 * locale; on `/embed` only behind `figures=1`; in the place details; without JavaScript, in print,
 * and clean under axe on a phone, light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mapReady, watch, type Watch } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

interface Measure {
	id: string;
	label: string;
	summary: string;
	figures: {
		id: string;
		valueText: string;
		words: string;
		claimant: string;
		excerpt: string;
		places: string[];
		contradicted?: string;
	}[];
}
/** The figures the site was built with, in a locale's catalog. */
const measures = (locale: string): Measure[] =>
	json(`src/lib/generated/catalog/${locale}.json`).figures;
const figuresOf = (locale: string) => measures(locale).flatMap((m) => m.figures);
const message = (locale: string, key: string): string => json(`messages/${locale}.json`)[key];
/** What the page shows of a text: white space folded, as in the archive's rules. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let w: Watch;
test.beforeEach(async ({ page, javaScriptEnabled }) => {
	w = await watch(page, { javaScript: javaScriptEnabled });
});
test.afterEach(async () => {
	await w.expectClean();
});

async function expectPanel(page: Page, locale: string) {
	const panel = page.locator('.figures');
	await expect(panel.locator('h2')).toHaveText(message(locale, 'figures_heading'));
	// The table is named by the heading and has its caption.
	await expect(panel.getByRole('table', { name: message(locale, 'figures_heading') })).toHaveCount(
		1
	);
	await expect(panel.locator('table > caption')).toHaveText(message(locale, 'figures_intro'));
	// A real table: column headers, a row header for each figure, a row group for each measure.
	await expect(panel.locator('thead th[scope="col"]')).toHaveCount(5);
	const data = measures(locale);
	await expect(panel.locator('tbody')).toHaveCount(data.length);
	await expect(panel.locator('tbody th[scope="rowgroup"]')).toHaveText(data.map((m) => m.label));
	const rows = panel.locator('tr[data-figure]');
	await expect(rows).toHaveCount(figuresOf(locale).length);
	await expect(panel.locator('tr[data-figure] th[scope="row"]')).toHaveCount(
		figuresOf(locale).length
	);
	for (const measure of data) {
		const group = panel.locator(`tbody[data-measure="${measure.id}"]`);
		await expect(group.locator('.agreement')).toHaveText(measure.summary);
		for (const f of measure.figures) {
			const row = group.locator(`tr[data-figure="${f.id}"]`);
			await expect(row.locator('th')).toHaveText(f.valueText);
			await expect(row.locator('a[data-excerpt]')).toHaveText(`“${f.words}”`);
			await expect(row).toContainText(f.claimant);
			await expect(row.locator('a[data-figure-place]')).toHaveCount(f.places.length);
			if (f.contradicted) await expect(row.locator('.caveat')).toContainText(f.contradicted);
			else await expect(row.locator('.caveat')).toHaveCount(0);
		}
	}
}

test('the panel on / shows every figure of the data, each under its measure with who says it', async ({
	page
}) => {
	// As many rows as the data has figures: the built catalog and the data file agree.
	expect(figuresOf('en').map((f) => f.id)).toEqual(
		expect.arrayContaining(json('geo/figures.json').figures.map((f: { id: string }) => f.id))
	);
	expect(figuresOf('en')).toHaveLength(json('geo/figures.json').figures.length);
	await page.goto('/');
	await expectPanel(page, 'en');
	// A figure other reporting contradicts is marked so, with its caveat.
	const contradicted = figuresOf('en').filter((f) => f.contradicted);
	expect(contradicted.length).toBeGreaterThan(0);
	await expect(page.locator('tr.contradicted')).toHaveCount(contradicted.length);
});

test('each figure’s words are in the excerpt it links to, on the sources page', async ({
	page
}) => {
	await page.goto('/');
	// Leaving before the map is up would cut its worker's request off (the watch counts it).
	await mapReady(page);
	const links = page.locator('.figures a[data-excerpt]');
	const hrefs = await links.evaluateAll((as) =>
		as.map((a) => ({ excerpt: a.getAttribute('data-excerpt')!, href: a.getAttribute('href')! }))
	);
	expect(hrefs).toHaveLength(figuresOf('en').length);
	// Every link goes to one page: load it once, and find each figure's words in its excerpt there.
	// Relative as SvelteKit writes them ("./sources"): compare where they lead.
	const pages = hrefs.map(({ href }) => new URL(href, page.url()).pathname);
	expect(new Set(pages)).toEqual(new Set(['/sources']));
	await page.goto('/sources');
	for (const f of figuresOf('en')) {
		const { href } = hrefs.find((h) => h.excerpt === f.excerpt)!;
		const target = page.locator(`#${href.split('#')[1]}`);
		await expect(target).toHaveCount(1);
		expect(squash((await target.locator('blockquote').textContent()) ?? '')).toContain(
			squash(f.words)
		);
	}
});

test('following a figure opens its excerpt, and following its place opens the place with its figures', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/');
	await mapReady(page);
	const uk = figuresOf('en').find((f) => f.contradicted)!;
	await page.locator(`tr[data-figure="${uk.id}"] a[data-excerpt]`).click();
	await expect(page).toHaveURL(new RegExp(`/sources#excerpt-${uk.excerpt}$`));
	// The excerpt sits in its source's disclosure, which the browser opens for the fragment.
	const excerpt = page.locator(`#excerpt-${uk.excerpt}`);
	await expect(excerpt).toBeVisible();
	await expect(excerpt).toContainText(uk.words);

	await page.goto('/');
	await mapReady(page);
	const place = uk.places[0]!;
	await page.locator(`tr[data-figure="${uk.id}"] a[data-figure-place="${place}"]`).click();
	await expect(page).toHaveURL(new RegExp(`\\?place=${place}$`));
	const details = page.locator('.details');
	await expect(details.locator('h2')).toHaveText(
		json('src/lib/generated/catalog/en.json').places.find((p: { id: string }) => p.id === place)
			.name
	);
	const own = figuresOf('en').filter((f) => f.places.includes(place));
	await expect(details.locator('.place-figures [data-figure]')).toHaveCount(own.length);
	await expect(details.locator(`.place-figures [data-figure="${uk.id}"]`)).toContainText(uk.words);
	await expect(details.locator(`.place-figures [data-figure="${uk.id}"]`)).toContainText(
		uk.contradicted!
	);
});

for (const [locale, segment] of [
	['sr-Latn', 'sr-latn'],
	['sq', 'sq']
] as const) {
	test(`the panel in ${locale}: its words, its figures, the quotes as archived`, async ({
		page
	}) => {
		await page.goto(`/${segment}`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expectPanel(page, locale);
		// The quotes are never translated: the same words as in English, marked with their language.
		const english = figuresOf('en').map((f) => f.words);
		expect(figuresOf(locale).map((f) => f.words)).toEqual(english);
		await expect(page.locator('.figures a[data-excerpt] span[lang="en"]')).toHaveCount(
			english.length
		);
		await expect(page.locator('.figures a[data-excerpt]').first()).toHaveAttribute(
			'href',
			`/${segment}/sources#excerpt-${figuresOf(locale)[0]!.excerpt}`
		);
	});
}

test('the embed shows the panel only behind figures=1, its links in a new tab', async ({
	page
}) => {
	await page.goto('/embed');
	await mapReady(page);
	await expect(page.locator('.figures')).toHaveCount(0);
	await page.goto('/embed?figures=nonsense');
	await mapReady(page);
	await expect(page.locator('.figures')).toHaveCount(0);
	await page.goto('/embed?figures=1');
	await mapReady(page);
	await expectPanel(page, 'en');
	for (const a of await page.locator('.figures a').all()) {
		await expect(a).toHaveAttribute('target', '_blank');
	}
});

test('the embed builder offers the panel and writes figures=1', async ({ page }) => {
	await page.goto('/');
	const builder = page.locator('.builder');
	await builder.getByLabel(message('en', 'builder_figures')).check();
	await expect(builder.locator('#iframe-code')).toHaveValue(/[?&]figures=1\b/);
});

test('in print the panel is there, every row of it', async ({ page }) => {
	await page.goto('/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.figures table')).toBeVisible();
	await expect(page.locator('.figures tr[data-figure]')).toHaveCount(figuresOf('en').length);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the panel is prerendered on /, whole', async ({ page }) => {
		await page.goto('/');
		await expectPanel(page, 'en');
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`on a phone, ${colorScheme}, the panel is a list of cards that axe finds clean`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.emulateMedia({ colorScheme });
		await page.goto('/sr-latn');
		const panel = page.locator('.figures');
		await panel.scrollIntoViewIfNeeded();
		// Nothing runs off the side of the screen.
		expect(await panel.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		const result = await new AxeBuilder({ page }).include('.figures').analyze();
		expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violation on /embed?figures=1, ${colorScheme}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/embed?figures=1');
		await mapReady(page);
		await expect(page.locator('.figures tr[data-figure]')).toHaveCount(figuresOf('en').length);
		const result = await new AxeBuilder({ page }).analyze();
		expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
	});
}
