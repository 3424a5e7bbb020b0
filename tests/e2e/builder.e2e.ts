import { expect, test } from '@playwright/test';
import { mapReady, registry, watch, type Watch } from './helpers';

let w: Watch;
test.beforeEach(async ({ page }) => {
	w = await watch(page);
});
test.afterEach(async () => {
	await w.expectClean();
});

test('the embed builder makes snippets for the chosen state and previews them', async ({
	page
}) => {
	await page.goto('/');
	await mapReady(page);
	const builder = page.locator('section.builder');
	await builder.getByLabel('Place').selectOption('banjska-police-ambush');
	await builder.getByRole('checkbox', { name: 'Ground Safety Zone, 5 km', exact: true }).check();
	await builder.getByLabel('Dark mode').selectOption('true');
	await builder.getByLabel('Plain: no title or footer').check();
	await builder.getByRole('textbox', { name: 'Title' }).fill('The ambush near "Banjska"');
	const iframeCode = await builder.locator('#iframe-code').inputValue();
	// The defaults and the zone, in the registry's order.
	const layers = registry.ids.filter(
		(id) => registry.defaultVisible.includes(id) || id === 'ground-safety-zone'
	);
	expect(layers).toContain('incidents');
	expect(iframeCode).toContain(
		`src="http://127.0.0.1:4173/embed?layers=${layers.join(',')}&amp;place=banjska-police-ambush&amp;dark=true&amp;plain=true&amp;title=The+ambush+near+%22Banjska%22"`
	);
	expect(iframeCode).toContain('title="The ambush near &quot;Banjska&quot;"');
	expect(iframeCode).toMatch(
		/loading="lazy".*sandbox="allow-scripts allow-same-origin allow-popups/
	);
	const scriptCode = await builder.locator('#script-code').inputValue();
	expect(scriptCode).toContain('<script src="http://127.0.0.1:4173/embed.js" async></script>');

	await builder.getByRole('button', { name: 'Show a live preview' }).click();
	await builder.getByRole('button', { name: 'Phone, 375 px' }).click();
	const preview = page.frameLocator('iframe[title="Preview of the embedded map"]');
	await expect(preview.locator('.sheet')).toContainText(
		'Ambush of a Kosovo Police patrol near Banjska'
	);
	await expect(preview.locator('h1')).toHaveCount(0);
	await expect(page.locator('iframe[title="Preview of the embedded map"]')).toHaveAttribute(
		'width',
		'375'
	);
	// The preview grows to its content, as the host script would size it.
	await expect
		.poll(() => page.locator('iframe[title="Preview of the embedded map"]').getAttribute('height'))
		.not.toBe('640');
});

test('the sources page lists every source and its excerpts, with credits and point of view', async ({
	page
}) => {
	await page.goto('/sources');
	await expect(page.locator('section.source')).toHaveCount(5);
	await expect(page.locator('#caspian-times-2023')).toContainText('Reliability');
	await expect(page.locator('#point-of-view')).toBeVisible();
	await expect(page.getByText('© OpenStreetMap contributors (ODbL)')).toBeVisible();
});
