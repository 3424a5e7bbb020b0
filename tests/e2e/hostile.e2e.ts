/** The host script (static/embed.js) on host pages whose markup and windows are not to be trusted. */
import { expect, test, type Page } from '@playwright/test';
import { watch, type Watch } from './helpers';

const HOST = 'http://127.0.0.1:4174';
const MAP = 'http://127.0.0.1:4173';
let w: Watch;

test.beforeEach(async ({ page }) => {
	w = await watch(page);
});
test.afterEach(async () => {
	await w.expectClean();
});

/** Records every height this iframe takes (each change of its inline style's height). */
async function recordHeights(page: Page, selector: string) {
	await page.locator(selector).evaluate((frame: HTMLIFrameElement) => {
		const log: string[] = [];
		(window as unknown as { heights: string[] }).heights = log;
		// Runs after each task, so after each message handled: one entry per change.
		new MutationObserver(() => log.push(frame.style.height)).observe(frame, {
			attributeFilter: ['style']
		});
	});
	return () => page.evaluate(() => (window as unknown as { heights: string[] }).heights);
}

/** The Playwright frame of the map inside an iframe of the host page. */
async function mapFrame(page: Page, selector: string) {
	await expect(page.locator(selector)).toHaveAttribute('src', /^http:\/\/127\.0\.0\.1:4173\//);
	const frame = await (await page.locator(selector).elementHandle())!.contentFrame();
	await frame!.waitForLoadState('domcontentloaded');
	return frame!;
}

test('a height message is believed only as a number of pixels within 100–20,000', async ({
	page
}) => {
	await page.goto(`${HOST}/article.html`);
	const frame = await mapFrame(page, '#map-embed iframe');
	const heights = await recordHeights(page, '#map-embed iframe');
	await frame.evaluate(() => {
		const own = (height: unknown) => ({ type: 'north-kosovo-map:height', height });
		const amp = (height: unknown) => ({ sentinel: 'amp', type: 'embed-size', height });
		const pym = (height: string) => `pymxPYMxanyxPYMxheightxPYMx${height}`;
		// Each of these would come out as 3000, 10000, 99, 20001 or 1e9 pixels if it were believed.
		// (Functions, so objects with their own toString, cannot cross postMessage at all; these
		// objects can, and they convert to 3000 all the same.)
		const forged = [
			...[own, amp].flatMap((f) => [
				f('3000'),
				f(-5),
				f(-3000),
				f(NaN),
				f(Infinity),
				f(1e9),
				f(99),
				f(20001),
				f([3000]),
				f(new Number(3000)),
				f(new String('3000')),
				f({ valueOf: 3000, toString: '3000' })
			]),
			pym('1e4'),
			pym('-3000'),
			pym(' 3000'),
			pym('0xBB8'),
			pym('3000.5'),
			pym('99'),
			pym('1000000000')
		];
		for (const message of forged) parent.postMessage(message, '*');
		// And one message the host should take, last: the channel itself works.
		parent.postMessage(own(2345), '*');
	});
	await expect.poll(heights).toContain('2345px');
	const log = await heights();
	for (const refused of ['3000px', '10000px', '99px', '100px', '20001px', '1000000000px']) {
		expect(log).not.toContain(refused);
	}
	// Everything the host did set is a whole number of pixels in range (the map's own heights).
	for (const h of log) {
		expect(h).toMatch(/^\d+px$/);
		expect(parseInt(h)).toBeGreaterThanOrEqual(100);
		expect(parseInt(h)).toBeLessThanOrEqual(20000);
	}
});

test('a map frame that navigated to another origin cannot size itself any more', async ({
	page
}) => {
	await page.goto(`${HOST}/article.html`);
	const frame = await mapFrame(page, '#map-embed iframe');
	// Before: the map's own messages size it (data-height says 600).
	await expect
		.poll(() => page.locator('#map-embed iframe').evaluate((f) => f.style.height), {
			timeout: 30_000
		})
		.not.toBe('600px');
	const heights = await recordHeights(page, '#map-embed iframe');
	await page.evaluate(() => {
		const seen = { count: 0 };
		(window as unknown as { fromHost: typeof seen }).fromHost = seen;
		addEventListener('message', (e) => e.origin === 'http://127.0.0.1:4174' && seen.count++);
	});
	await frame.evaluate((url) => (location.href = url), `${HOST}/navigated.html`);
	// Its new page posts valid heights of 2345 in all three formats, ten times a second...
	await expect
		.poll(() =>
			page.evaluate(() => (window as unknown as { fromHost: { count: number } }).fromHost.count)
		)
		.toBeGreaterThan(15);
	// ...from the same window (event.source) but not the map's origin: none is taken.
	expect(await heights()).not.toContain('2345px');
	expect(await page.locator('#map-embed iframe').evaluate((f) => f.style.height)).not.toBe(
		'2345px'
	);
});

test('a window on the map’s origin that is not this iframe cannot size it', async ({ page }) => {
	await page.goto(`${HOST}/hostile.html`);
	await page.locator('#query').scrollIntoViewIfNeeded();
	await mapFrame(page, '#query iframe');
	// The iframe's own map sizes it (data-height gave the default, 640).
	await expect
		.poll(() => page.locator('#query iframe').evaluate((f) => f.style.height), {
			timeout: 30_000
		})
		.not.toBe('640px');
	const heights = await recordHeights(page, '#query iframe');
	await page.evaluate(() => {
		const stranger = document.querySelector<HTMLIFrameElement>('#stranger')!.contentWindow;
		const seen = { count: 0 };
		(window as unknown as { fromStranger: typeof seen }).fromStranger = seen;
		addEventListener('message', (e) => e.source === stranger && seen.count++);
	});
	const stranger = await (await page.locator('#stranger').elementHandle())!.contentFrame();
	expect(new URL(stranger!.url()).origin).toBe(MAP);
	await stranger!.evaluate(() => {
		for (let i = 0; i < 5; i++) {
			parent.postMessage({ type: 'north-kosovo-map:height', height: 2345 }, '*');
			parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 2345 }, '*');
			parent.postMessage('pymxPYMxanyxPYMxheightxPYMx2345', '*');
		}
	});
	// All 15 arrived, from the map's origin but not from the map's frame: none applies.
	await expect
		.poll(() =>
			page.evaluate(
				() => (window as unknown as { fromStranger: { count: number } }).fromStranger.count
			)
		)
		.toBe(15);
	expect(await heights()).not.toContain('2345px');
	expect(await page.locator('#query iframe').evaluate((f) => f.style.height)).not.toBe('2345px');
});

test('data-src: only http(s) on the map’s origin; relative ones read against its /embed', async ({
	page
}) => {
	await page.goto(`${HOST}/hostile.html`);
	await page.waitForFunction(() => 'northKosovoMap' in window);
	for (const id of ['javascript', 'data', 'protocol-relative', 'other-origin']) {
		await expect(page.locator(`#${id} iframe`), id).toHaveCount(0);
		await expect(page.locator(`#${id}`), id).toHaveAttribute('data-north-kosovo-map', '');
	}
	// An iframe of the article's on another origin is not adopted: never resized, never "ready".
	await expect(page.locator('#adopt-other')).toHaveAttribute('data-north-kosovo-map', '');
	await expect(page.locator('#adopt-other')).toHaveAttribute('src', `${HOST}/other.html`);

	// Below the fold, so not loaded yet: the heights are set, and 1e9, -5, 50, "0x320" and ""
	// give the default; 800 is taken.
	const height = (id: string) => page.locator(`#${id} iframe`).evaluate((f) => f.style.height);
	for (const [id, h] of [
		['query', '640px'],
		['relative', '640px'],
		['too-small', '640px'],
		['hex', '640px'],
		['empty', '640px'],
		['tall', '800px']
	]) {
		expect(await height(id!), id).toBe(h);
		await expect(page.locator(`#${id} iframe`), id).not.toHaveAttribute('src');
	}

	await page.locator('#query').scrollIntoViewIfNeeded();
	await expect(page.locator('#query iframe')).toHaveAttribute('src', `${MAP}/embed?place=zvecan`);
	await page.locator('#relative').scrollIntoViewIfNeeded();
	await expect(page.locator('#relative iframe')).toHaveAttribute('src', `${MAP}/embed/banjska`);
	// They are the map, and it opened the place the query asked for.
	const query = page.frameLocator('#query iframe');
	await expect(query.locator('.sheet')).toContainText('Zvečan', { timeout: 30_000 });
});

test('an <img> named currentScript does not change where the script thinks the map is', async ({
	page
}) => {
	await page.goto(`${HOST}/clobbered.html`);
	// The clobbering is real: the page's document.currentScript is the <img>.
	expect(await page.evaluate(() => document.currentScript instanceof HTMLImageElement)).toBe(true);
	await expect(page.locator('#relative iframe')).toHaveAttribute(
		'src',
		`${MAP}/embed?place=zvecan`
	);
	await expect(page.frameLocator('#relative iframe').locator('.sheet')).toContainText('Zvečan', {
		timeout: 30_000
	});
});

test('a <form> named currentScript does not either', async ({ page }) => {
	await page.goto(`${HOST}/clobbered-form.html`);
	expect(await page.evaluate(() => document.currentScript instanceof HTMLFormElement)).toBe(true);
	await expect(page.locator('#default iframe')).toHaveAttribute('src', `${MAP}/embed`);
	await expect(page.frameLocator('#default iframe').locator('h1')).toBeVisible({
		timeout: 30_000
	});
});

test('data-allow-origins on the script tag lets exactly the origins it lists in', async ({
	page
}) => {
	await page.goto(`${HOST}/allow.html`);
	await expect(page.locator('#listed iframe')).toHaveAttribute('src', `${HOST}/other.html`);
	await expect(page.locator('#unlisted')).toHaveAttribute('data-north-kosovo-map', '');
	await expect(page.locator('#unlisted iframe')).toHaveCount(0);
});
