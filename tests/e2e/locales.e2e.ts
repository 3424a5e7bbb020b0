/**
 * The map in Serbian (Latin and Cyrillic) and Albanian: each locale's pages do what the English
 * ones do, in that locale's words, and no English word of the interface or of our data is left.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { excerpt, idle, layersOf, mapReady, rendered, watch, type Watch } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES = [
	{ locale: 'sr-Latn', segment: 'sr-latn' },
	{ locale: 'sr-Cyrl', segment: 'sr-cyrl' },
	{ locale: 'sq', segment: 'sq' }
] as const;

type Catalog = {
	places: { id: string; name: string; layer: string }[];
	figures: { label: string; summary: string; figures: { contradicted?: string }[] }[];
	excerpts: Record<string, { note?: string; claimant: string }>;
	sources: Record<string, { note?: string; reliability?: string; outlet: string }>;
};
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const messages = (locale: string): Record<string, unknown> => json(`messages/${locale}.json`);
const text = (locale: string, key: string) => messages(locale)[key] as string;
const catalog = (locale: string): Catalog => json(`src/lib/generated/catalog/${locale}.json`);
const place = (locale: string, id: string) => catalog(locale).places.find((p) => p.id === id)!;

let w: Watch;
test.beforeEach(async ({ page }) => {
	w = await watch(page);
});
test.afterEach(async () => {
	await w.expectClean();
});

for (const { locale, segment } of LOCALES) {
	test.describe(locale, () => {
		test('the map page: its language, its alternates, a place from the list, the keyboard, the toggles, the labels', async ({
			page
		}) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(`/${segment}`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.locator('h1')).toHaveText(text(locale, 'site_title'));
			const alternates = page.locator('link[rel="alternate"][hreflang]');
			await expect(alternates).toHaveCount(5);
			await expect(page.locator('link[hreflang="en"]')).toHaveAttribute('href', /4173\/$/);
			await mapReady(page);

			// Chosen from the list, by the keyboard: the details in this locale, the quote verbatim in English.
			const item = page.locator('button[data-place="banjska-monastery-siege"]');
			await expect(item).toContainText(place(locale, 'banjska-monastery-siege').name);
			await item.focus();
			await page.keyboard.press('Enter');
			const details = page.locator('.details');
			await expect(details.locator('h2')).toHaveText(place(locale, 'banjska-monastery-siege').name);
			await expect(details.locator('h2')).toBeFocused();
			const quote = details.locator('blockquote', {
				hasText: excerpt('bne-kosovo-casualty-figures').exact
			});
			await expect(quote).toHaveAttribute('lang', 'en');
			await expect(details).toContainText(text(locale, 'side_kosovo'));
			await expect(page.locator('.maplibregl-popup')).toContainText(
				excerpt('bbc-banjska-firefight').exact
			);
			await page.keyboard.press('Escape');
			await expect(details).toHaveCount(0);
			await expect(item).toBeFocused();

			// A toggle hides its layer on the map.
			const box = page.locator('input[data-layer="deployment-area"]');
			await box.uncheck();
			await idle(page);
			expect(await rendered(page, layersOf('deployment-area'))).toEqual([]);
			await box.check();

			// The labels follow the locale: the style's one switch, and the names it picks.
			const labels = await page.evaluate((l) => {
				const map = (window as unknown as { nkmMap: import('maplibre-gl').Map }).nkmMap;
				return {
					state: map.getStyle().state?.locale,
					names: map
						.queryRenderedFeatures({ layers: ['municipalities-label'] })
						.map((f) => String(f.properties[`name_${l}`]))
				};
			}, locale);
			expect(labels.state).toMatchObject({ default: locale });
			// Which labels survive collision depends on the view; each drawn one is in this locale.
			const municipalities = catalog(locale)
				.places.filter((p) => p.layer === 'municipalities')
				.map((p) => p.name);
			expect(labels.names.length).toBeGreaterThan(0);
			for (const name of labels.names) expect(municipalities).toContain(name);

			// The language switch keeps the reader's state.
			await page.locator('button[data-place="zvecan"]').click();
			await expect(page).toHaveURL(/place=zvecan/);
			const english = page.locator('nav.languages a[hreflang="en"]');
			await expect(english).toHaveAttribute('href', /^\/?\?(.*&)?place=zvecan/);
		});

		test('a shared link reopens its layers and place, in this locale', async ({ page }) => {
			await page.goto(`/${segment}?layers=incidents,boundary&place=zvecan-clashes-2023-05`);
			await mapReady(page);
			await expect(page.locator('.details h2')).toHaveText(
				place(locale, 'zvecan-clashes-2023-05').name
			);
			await expect(page.locator('input[data-layer="municipalities"]')).not.toBeChecked();
			await idle(page);
			expect(await rendered(page, layersOf('municipalities'))).toEqual([]);
		});

		test('the embed: its picture and alt text, and print, in this locale', async ({ page }) => {
			await page.goto(`/${segment}/embed`);
			await expect(page.locator('img.static-map')).toHaveAttribute(
				'alt',
				new RegExp(`^${text(locale, 'alt_intro')}`)
			);
			await mapReady(page);
			await page.emulateMedia({ media: 'print' });
			const digest = page.locator('.print-only');
			await expect(digest).toBeVisible();
			await expect(digest).toContainText(place(locale, 'banjska-monastery-siege').name);
			await expect(digest).toContainText(excerpt('bbc-banjska-firefight').exact);
		});

		test('the sources page and the oEmbed JSON, in this locale', async ({ page, request }) => {
			await page.goto(`/${segment}/sources`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.locator('h1')).toHaveText(text(locale, 'sources_title'));
			await expect(page.locator('#languages')).toBeVisible();
			await expect(page.getByText(text(locale, 'translation_review'))).toBeVisible();
			await expect(page.locator('section.source')).toHaveCount(
				Object.keys(catalog(locale).sources).length
			);
			const oembed = await (await request.get(`/${segment}/oembed/banjska.json`)).json();
			expect(oembed.title).toBe(text(locale, 'preset_banjska_title'));
			expect(oembed.html).toContain(`/${segment}/embed/banjska"`);
			expect(oembed.thumbnail_url).toMatch(/\.png$/);
		});
	});
}

/** Every prerendered page of a locale, as files of the build. */
function builtPages(segment: string): string[] {
	const dir = path.join(ROOT, 'build', segment);
	const walk = (d: string): string[] =>
		readdirSync(d).flatMap((f) => {
			const full = path.join(d, f);
			return statSync(full).isDirectory() ? walk(full) : f.endsWith('.html') ? [full] : [];
		});
	return [path.join(ROOT, 'build', `${segment}.html`), ...walk(dir)];
}

/** What a reader reads of a page: text, alt texts, labels, titles; not quotes, not English names. */
function readable(html: string): string {
	const body = html
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		// Quotes stay in the language of their archive, and names are shown in each language.
		.replace(/<(blockquote|q|span|h3|option|a)\b[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ');
	const attributes = [...body.matchAll(/\s(?:alt|aria-label|title|placeholder|content)="([^"]*)"/g)]
		.map((m) => m[1]!)
		.filter((v) => !/^https?:|^[\w-]+$/.test(v));
	const words = body.replace(/<[^>]+>/g, ' ');
	return [...attributes, words]
		.join(' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ');
}

/** The English of a message, cut at its {placeholders}, in pieces long enough to be a phrase. */
function phrases(value: unknown): string[] {
	const texts =
		typeof value === 'string'
			? [value]
			: Array.isArray(value)
				? value.flatMap((v: { match: Record<string, string> }) => Object.values(v.match))
				: [];
	return texts
		.flatMap((t) => t.split(/\{[^}]*\}/))
		.map((t) => t.trim())
		.filter((t) => t.split(/\s+/).length >= 3);
}

test('no English word of the interface or of our data is left on a non-English page', () => {
	const en = messages('en');
	const englishCatalog = catalog('en');
	for (const { locale, segment } of LOCALES) {
		const own = messages(locale);
		const local = catalog(locale);
		// A phrase the locale writes the same way (a name, an acronym) is not a leftover.
		const localText = JSON.stringify(own) + JSON.stringify(local);
		const interfaceWords = Object.entries(en)
			.filter(([key]) => key !== '$schema')
			.flatMap(([, value]) => phrases(value));
		const dataWords = [
			...englishCatalog.places.flatMap((p) => {
				const q = p as unknown as Record<string, unknown>;
				return [q.summary, q.caveat];
			}),
			...Object.values(englishCatalog.excerpts).flatMap((e) => [e.note]),
			...Object.values(englishCatalog.sources).flatMap((s) => [s.note, s.reliability]),
			...englishCatalog.figures.flatMap((m) => [
				m.label,
				m.summary,
				...m.figures.map((f) => f.contradicted)
			])
		].filter((t): t is string => typeof t === 'string' && t.split(/\s+/).length >= 3);
		const english = [...interfaceWords, ...dataWords].filter((p) => !localText.includes(p));
		expect(english.length, `${locale}: English phrases to look for`).toBeGreaterThan(100);
		const pages = builtPages(segment);
		expect(pages.length, `${locale}: pages`).toBeGreaterThanOrEqual(6);
		for (const file of pages) {
			const words = readable(readFileSync(file, 'utf8'));
			const left = english.filter((p) => words.includes(p));
			expect(left, `${path.relative(ROOT, file)}`).toEqual([]);
		}
	}
});
