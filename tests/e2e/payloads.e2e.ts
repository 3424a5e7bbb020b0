/**
 * The payload corpus (tests/payloads.ts) in every URL parameter and the hash of / and /embed,
 * and in the embed builder's title: no script runs (an init-script trap), no element or event
 * attribute is injected, and where a payload is shown it is shown as text.
 */
import { expect, test, type Page } from '@playwright/test';
import { PAYLOADS } from '../payloads';
import { mapReady, watch } from './helpers';

const PARAMS = [
	'layers',
	'place',
	'view',
	'dark',
	'plain',
	'static',
	'title',
	'childId',
	'from',
	'to',
	'lang',
	'__proto__',
	'constructor'
];

/** Anything a payload could run calls nkmXss (or alert): recorded, never silent. */
async function trap(page: Page) {
	await page.addInitScript(() => {
		const hits: unknown[] = [];
		const w = window as unknown as Record<string, unknown>;
		w.nkmHits = hits;
		w.nkmXss = (n: unknown) => hits.push(n);
		for (const f of ['alert', 'confirm', 'prompt']) w[f] = (x: unknown) => hits.push(`${f}:${x}`);
	});
}

/** What the DOM holds that no page of ours would: event attributes, javascript: URLs, payload scripts. */
const injected = (page: Page) =>
	page.evaluate(() => {
		const found: string[] = [];
		for (const el of document.querySelectorAll('*')) {
			for (const a of el.attributes) {
				if (a.name.startsWith('on')) found.push(`${el.tagName} ${a.name}`);
				if (/^\s*(javascript|data):/i.test(a.value) && a.name !== 'src')
					found.push(`${el.tagName} ${a.name}=${a.value.slice(0, 40)}`);
				if (/^\s*javascript:/i.test(a.value)) found.push(`${el.tagName} ${a.name} javascript:`);
			}
			if (el.tagName === 'SCRIPT' && el.textContent?.includes('nkmXss')) found.push('a script');
		}
		return found;
	});

/** flags.ts's reading of a title: control characters out, white space collapsed, 120 at most. */
const shownTitle = (p: string) =>
	p
		// eslint-disable-next-line no-control-regex -- as the app does
		.replace(/[\u0000-\u001f\u007f]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 120);

for (const base of ['/embed', '/']) {
	test(`${PAYLOADS.length} payloads in every parameter and the hash of ${base}`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		await trap(page);
		const w = await watch(page);
		for (const [i, p] of PAYLOADS.entries()) {
			// A very long one goes in the title and the hash only: nginx refuses request lines over 8 KB.
			const names = p.length > 1000 ? ['title'] : PARAMS;
			const query = names.map((n) => `${n}=${encodeURIComponent(p)}`).join('&');
			const url = `${base}?${query}#${encodeURIComponent(p)}`;
			await page.goto(url);
			// The map comes up whatever the parameters said (and no request is cut off by the next load).
			await mapReady(page);
			// Time for a deferred handler (an onload, a focus) to fire if anything had been injected.
			await page.waitForTimeout(150);
			const where = `payload ${i}: ${p.slice(0, 60)}`;
			expect(
				await page.evaluate(() => (window as unknown as { nkmHits: unknown[] }).nkmHits),
				where
			).toEqual([]);
			expect(await injected(page), where).toEqual([]);
			const h1 = page.locator('.news-map h1');
			if (base === '/embed' && shownTitle(p)) {
				await expect(h1, where).toHaveText(shownTitle(p), { useInnerText: false });
				await expect(h1.locator('*'), where).toHaveCount(0);
			} else await expect(h1, where).toHaveText(/northern Kosovo|Kosovo/);
			expect(w.problems, where).toEqual([]);
		}
	});
}

test(`${PAYLOADS.length} payloads as the builder's title: escaped in both snippets`, async ({
	page
}) => {
	test.setTimeout(120_000);
	await trap(page);
	const w = await watch(page);
	await page.goto('/');
	await mapReady(page);
	const builder = page.locator('section.builder');
	const field = builder.getByRole('textbox', { name: 'Title' });
	const blank = await page.context().newPage();
	for (const [i, p] of PAYLOADS.entries()) {
		const where = `payload ${i}: ${p.slice(0, 60)}`;
		await field.fill(p);
		const iframe = await builder.locator('#iframe-code').inputValue();
		const script = await builder.locator('#script-code').inputValue();
		// Parsed as HTML in a blank page (DOMParser runs nothing): only the elements a snippet has.
		const parsed = await blank.evaluate(
			({ iframe, script }) => {
				const read = (html: string) => {
					const doc = new DOMParser().parseFromString(html, 'text/html');
					const all = [...doc.body.querySelectorAll('*')];
					return {
						tags: all.map((e) => e.tagName.toLowerCase()),
						on: all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on'))).length,
						title: doc.querySelector('iframe')?.title ?? doc.querySelector('div')?.dataset.title,
						src: doc.querySelector('iframe')?.src ?? doc.querySelector('div')?.dataset.src
					};
				};
				return { iframe: read(iframe), script: read(script) };
			},
			{ iframe, script }
		);
		// As the field holds it (it may cap the length), cleaned as the map shows a title.
		const typed = shownTitle(await field.inputValue());
		expect(parsed.iframe.tags, where).toEqual(['iframe']);
		expect(parsed.script.tags, where).toEqual(['div', 'script']);
		expect(parsed.iframe.on + parsed.script.on, where).toBe(0);
		if (typed) {
			expect(parsed.iframe.title, where).toBe(typed);
			expect(parsed.script.title, where).toBe(typed);
		}
		expect(new URL(parsed.iframe.src!).pathname, where).toBe('/embed');
		expect(new URL(parsed.script.src!).pathname, where).toBe('/embed');
	}
	await blank.close();
	expect(await page.evaluate(() => (window as unknown as { nkmHits: unknown[] }).nkmHits)).toEqual(
		[]
	);
	expect(await injected(page)).toEqual([]);
	await w.expectClean();
});
