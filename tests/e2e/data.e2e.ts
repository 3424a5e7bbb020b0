/** "Get the data" on the method page, in every locale: each file listed is there, and the cite line is right. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mapReady } from './helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const FILES = [
	'places.geojson',
	'places.csv',
	'places.kml',
	'excerpts.csv',
	'LICENSE.md',
	'datapackage.json'
];

for (const [locale, segment] of [
	['en', ''],
	['sr-Latn', 'sr-latn'],
	['sr-Cyrl', 'sr-cyrl'],
	['sq', 'sq']
] as const) {
	test(`${locale}: the method page lists every data file, each one served, and how to cite the map`, async ({
		page,
		request
	}) => {
		const messages = json(`messages/${locale}.json`);
		await page.goto(`${segment ? `/${segment}` : ''}/sources#data`);
		await expect(page.locator('h2#data')).toHaveText(messages.data_heading);
		const links = page.locator('ul.files a');
		await expect(links).toHaveText(FILES);
		for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
			const res = await request.get(href);
			expect(res.status(), href).toBe(200);
			expect((await res.body()).length, href).toBeGreaterThan(1000);
		}
		const { version } = json('package.json');
		const { created } = json('static/data/datapackage.json');
		await expect(page.locator('p.cite')).toHaveText(
			new RegExp(
				`^${messages.site_title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(${messages.data_cite_version} ${version.replace(/\./g, '\\.')}, ${created.slice(0, 10)}\\)\\. https?://\\S+/$`
			)
		);
	});
}

test('the footer leads to the data', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	await page.locator('footer a[href$="/sources#data"]').click();
	await expect(page.locator('h2#data')).toBeInViewport();
});
