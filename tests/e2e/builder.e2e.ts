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

test('the builder never puts an unsafe height or an unescaped title into a snippet', async ({
	page
}) => {
	await page.goto('/');
	await mapReady(page);
	const builder = page.locator('section.builder');
	const heightField = builder.getByRole('spinbutton', { name: 'Height (px)' });
	const snippets = async () => ({
		iframe: await builder.locator('#iframe-code').inputValue(),
		script: await builder.locator('#script-code').inputValue()
	});
	for (const [typed, expected] of [
		['800', '800'],
		['1e9', '640'],
		['-5', '640'],
		['', '640'],
		['319', '640'],
		['2001', '640'],
		['2000', '2000']
	]) {
		await heightField.fill(typed!);
		const { iframe, script } = await snippets();
		expect(iframe, typed).toContain(`height="${expected}"`);
		expect(script, typed).toContain(`data-height="${expected}"`);
	}

	const title = `"'<>& Zvečan`;
	await builder.getByRole('textbox', { name: 'Title' }).fill(title);
	const { iframe, script } = await snippets();
	// Every special character is escaped in both snippets, and nothing breaks out of an attribute.
	expect(iframe).toContain('title="&quot;&#39;&lt;&gt;&amp; Zvečan"');
	expect(script).toContain('data-title="&quot;&#39;&lt;&gt;&amp; Zvečan"');
	// Parsed as HTML (inert: DOMParser runs no script; in a blank page, outside the map's CSP),
	// each snippet is the elements it should be, with the title and URL intact.
	const blank = await page.context().newPage();
	const parsed = await blank.evaluate(
		(codes) =>
			codes.map((code) => {
				const doc = new DOMParser().parseFromString(code, 'text/html');
				const all = [...doc.body.querySelectorAll('*')];
				return {
					tags: all.map((el) => el.tagName.toLowerCase()),
					title:
						doc.querySelector('iframe')?.getAttribute('title') ??
						doc.querySelector('div')?.getAttribute('data-title'),
					src:
						doc.querySelector('iframe')?.getAttribute('src') ??
						doc.querySelector('div')?.getAttribute('data-src')
				};
			}),
		[iframe, script]
	);
	await blank.close();
	expect(parsed[0]!.tags).toEqual(['iframe']);
	expect(parsed[1]!.tags).toEqual(['div', 'script']);
	for (const p of parsed) {
		expect(p.title).toBe(title);
		expect(new URL(p.src!).searchParams.get('title')).toBe(title);
		expect(new URL(p.src!).origin).toBe('http://127.0.0.1:4173');
	}
});

test('the builder offers the timeline: a period, or the map’s own range, goes into the snippet', async ({
	page
}) => {
	await page.goto('/?from=2023-09-24&to=2023-09-30');
	await mapReady(page);
	const builder = page.locator('section.builder');
	const period = builder.getByLabel('Period (the timeline)');
	await period.selectOption('may-2023');
	expect(await builder.locator('#iframe-code').inputValue()).toContain(
		'/embed?from=2023-05&amp;to=2023-05"'
	);
	await builder.getByRole('button', { name: 'Use the map above' }).click();
	await expect(period).toHaveValue('map');
	expect(await builder.locator('#iframe-code').inputValue()).toContain(
		'/embed?from=2023-09-24&amp;to=2023-09-30"'
	);
	await period.selectOption('everything');
	expect(await builder.locator('#iframe-code').inputValue()).not.toMatch(/from=|to=/);
	// The preview shows the period chosen.
	await period.selectOption('september-2023');
	await builder.getByRole('button', { name: 'Show a live preview' }).click();
	const preview = page.frameLocator('iframe[title="Preview of the embedded map"]');
	await expect(preview.locator('[data-time-preset="september-2023"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});
