import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { excerpt, idle, mapReady, pagePoint, pixelStats, watch, type Watch } from './helpers';

const HOST = 'http://127.0.0.1:4174/article.html';
const MONASTERY: [number, number] = [20.7825, 42.97139];
let w: Watch;

test.beforeEach(async ({ page, javaScriptEnabled }) => {
	w = await watch(page, { javaScript: javaScriptEnabled });
});
test.afterEach(async () => {
	await w.expectClean();
});

async function embedFrame(page: Page) {
	const iframe = page.locator('#map-embed iframe');
	await expect(iframe).toHaveAttribute('src', /\/embed/);
	const frame = page.frames().find((f) => f.url().includes('/embed'));
	return { iframe, frame: frame ?? null };
}

async function settledHeight(page: Page) {
	// Height messages arrive on change and on a 500 ms poll: wait until two reads agree.
	let last = -1;
	for (let i = 0; i < 20; i++) {
		const h = await page
			.locator('#map-embed iframe')
			.evaluate((el) => el.getBoundingClientRect().height);
		if (h === last) return h;
		last = h;
		await page.waitForTimeout(300);
	}
	return last;
}

test.describe('in a host article on another origin', () => {
	test('the iframe grows when details open and shrinks back, and ignores other windows', async ({
		page
	}) => {
		await page.goto(HOST);
		const { iframe } = await embedFrame(page);
		const map: FrameLocator = page.frameLocator('#map-embed iframe');
		await expect(map.locator('h1')).toBeVisible();
		await page.waitForFunction(() => {
			const f = document.querySelector<HTMLIFrameElement>('#map-embed iframe');
			return !!f && f.getBoundingClientRect().height !== 600;
		});
		const closed = await settledHeight(page);

		await map.getByRole('button', { name: /Places/ }).click();
		const listOpen = await settledHeight(page);
		expect(listOpen).toBeGreaterThan(closed + 200);

		await map.locator('button[data-place="banjska-monastery-siege"]').click();
		await expect(map.locator('.sheet')).toContainText(excerpt('bne-kosovo-casualty-figures').exact);
		const detailsOpen = await settledHeight(page);
		expect(detailsOpen).toBeGreaterThan(listOpen + 300);
		// The iframe is as tall as its content: nothing is cut off, nothing scrolls inside.
		const inner = await map
			.locator('.embed-root')
			.evaluate((el) => el.getBoundingClientRect().height);
		expect(Math.abs(detailsOpen - inner)).toBeLessThanOrEqual(2);

		await map.getByRole('button', { name: 'Close details' }).click();
		expect(await settledHeight(page)).toBe(listOpen);
		await map.getByRole('button', { name: /Places/ }).click();
		expect(await settledHeight(page)).toBe(closed);

		// Height messages from the host window itself, or from another frame, change nothing.
		await page.evaluate(() => {
			const forged = [
				{ type: 'north-kosovo-map:height', height: 3000 },
				{ sentinel: 'amp', type: 'embed-size', height: 3000 },
				'pymxPYMxanyxPYMxheightxPYMx3000'
			];
			for (const m of forged) window.postMessage(m, '*');
			const other = document.querySelector<HTMLIFrameElement>('iframe.other')!.contentWindow!;
			// The other frame is same-origin with the host: post as if from its window.
			const post = (other as unknown as { eval(code: string): void }).eval;
			for (const m of forged) post.call(other, `parent.postMessage(${JSON.stringify(m)}, '*')`);
		});
		await page.waitForTimeout(800);
		expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(closed);
	});

	test('the article still scrolls when the wheel turns over the map', async ({ page }) => {
		await page.goto(HOST);
		const map = page.frameLocator('#map-embed iframe');
		await expect(map.locator('canvas.maplibregl-canvas')).toBeVisible({ timeout: 30_000 });
		const box = (await page.locator('#map-embed iframe').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + Math.min(300, box.height / 2));
		const before = await page.evaluate(() => scrollY);
		await page.mouse.wheel(0, 400);
		await page.waitForTimeout(500);
		expect(await page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
		// Cooperative gestures: the map asks for Ctrl + scroll instead of zooming.
		await expect(map.locator('.maplibregl-cooperative-gesture-screen')).toBeAttached();
	});
});

/**
 * Waits until a host's iframe is as tall as the embed's content inside it, and returns that
 * height. The embed reports on a 500 ms poll too, and its map loads on a busy machine: give it time.
 */
async function fitsContent(page: Page, selector: string) {
	const iframe = page.locator(selector);
	const inner = page.frameLocator(selector).locator('.embed-root');
	let outer = 0;
	await expect
		.poll(
			async () => {
				outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
				const content = await inner.evaluate((el) => el.getBoundingClientRect().height);
				return Math.abs(outer - content);
			},
			{ timeout: 15_000 }
		)
		.toBeLessThanOrEqual(2);
	return outer;
}

test.describe('the host script', () => {
	test('adopts an iframe the article pasted, and sizes it to its content', async ({ page }) => {
		await page.goto('http://127.0.0.1:4174/adopt.html');
		const iframe = page.locator('#adopted');
		await expect(iframe).toHaveAttribute('data-north-kosovo-map', 'ready');
		await expect(iframe).toHaveAttribute('src', /\/embed\?place=banjska-police-ambush$/);
		const map = page.frameLocator('#adopted');
		await expect(map.locator('.sheet')).toContainText(excerpt('asianlite-ambush').exact);
		// The article's height="300" gives way to the embed's own: the details show whole.
		expect(await fitsContent(page, '#adopted')).toBeGreaterThan(600);
		// And it spans the article's column, without a border.
		const width = await page.locator('body').evaluate((b) => b.clientWidth);
		expect((await iframe.boundingBox())!.width).toBe(width);
	});

	test('sets up placeholders added after load when the page calls scan(), and refuses bad URLs', async ({
		page
	}) => {
		await page.goto('http://127.0.0.1:4174/late.html');
		await page.waitForFunction(() => 'northKosovoMap' in window);
		await page.evaluate(() => {
			const add = (id: string, src: string) => {
				const el = document.createElement('div');
				el.id = id;
				el.setAttribute('data-north-kosovo-map', '');
				el.setAttribute('data-src', src);
				el.setAttribute('data-height', '400');
				document.getElementById('slot')!.append(el);
			};
			add('refused', 'javascript:alert(1)');
			add('late', 'http://127.0.0.1:4173/embed?place=zvecan-clashes-2023-05');
		});
		// Nothing watches the page: the placeholders wait for scan().
		await page.waitForTimeout(300);
		await expect(page.locator('#late iframe')).toHaveCount(0);
		const scan = () =>
			page.evaluate(() =>
				(window as unknown as { northKosovoMap: { scan(): void } }).northKosovoMap.scan()
			);
		await scan();
		await expect(page.locator('#late iframe')).toHaveAttribute(
			'src',
			/place=zvecan-clashes-2023-05/
		);
		// A refused URL leaves no empty frame behind.
		await expect(page.locator('#refused iframe')).toHaveCount(0);
		await expect(page.locator('#refused')).not.toHaveAttribute('data-north-kosovo-map', 'ready');
		const map = page.frameLocator('#late iframe');
		await expect(map.locator('.sheet')).toContainText('Zvečan clashes');
		expect(await fitsContent(page, '#late iframe')).toBeGreaterThan(400);
		// A second scan sets nothing up twice.
		await scan();
		await expect(page.locator('#late iframe')).toHaveCount(1);
	});
});

test.describe('render flags', () => {
	test('static: the map is a picture, no interaction, with the place’s details as text', async ({
		page
	}) => {
		await page.goto('/embed?static=true&place=banjska-monastery-siege');
		await mapReady(page);
		await expect(page.locator('.panel')).toHaveCount(0);
		await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveCount(0);
		// The chosen place's details are part of the picture: read-only, nothing closes them.
		const sheet = page.locator('.sheet');
		await expect(sheet).toContainText(excerpt('bne-kosovo-casualty-figures').exact);
		await expect(sheet.getByRole('button', { name: 'Close details' })).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(sheet).toContainText('Banjska Monastery siege');
		const center = () =>
			page.evaluate(() =>
				(window as unknown as { nkmMap: import('maplibre-gl').Map }).nkmMap.getCenter().toArray()
			);
		const before = await center();
		const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 80, { steps: 8 });
		await page.mouse.up();
		const at = await pagePoint(page, MONASTERY);
		await page.mouse.click(at.x, at.y);
		await page.waitForTimeout(400);
		expect(await center()).toEqual(before);
		await expect(sheet).toContainText('Banjska Monastery siege');
		await expect(page).toHaveURL(/place=banjska-monastery-siege/);
	});

	test('plain: no title and no footer, and the full-map link carries the state', async ({
		page
	}) => {
		await page.goto('/embed?plain=true&layers=incidents,boundary&place=zvecan-clashes-2023-05');
		await mapReady(page);
		await expect(page.locator('h1')).toHaveCount(0);
		await expect(page.locator('footer')).toHaveCount(0);
		const link = page.getByRole('link', { name: 'Open the full map ↗' });
		await expect(link).toHaveAttribute(
			'href',
			/^\/\?layers=incidents,boundary&place=zvecan-clashes-2023-05/
		);
		await expect(link).toHaveAttribute('target', '_blank');
	});

	test('title: the host’s title replaces ours, as text', async ({ page }) => {
		await page.goto('/embed?title=%3Cb%3EBanjska%3C%2Fb%3E%20%26%20Zve%C4%8Dan');
		await expect(page.locator('h1')).toHaveText('<b>Banjska</b> & Zvečan');
		await expect(page.locator('h1 b')).toHaveCount(0);
		await mapReady(page);
	});

	test('dark=true: dark colours on the page and the map', async ({ page }) => {
		await page.goto('/embed?dark=true');
		await mapReady(page);
		const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(bg).toBe('rgb(18, 21, 24)');
		await idle(page);
		const stats = await pixelStats(
			page,
			await page.locator('canvas.maplibregl-canvas').screenshot(),
			{ lightKosovo: '#fbfaf6' },
			12
		);
		expect(stats.meanBrightness).toBeLessThan(70);
		expect(stats.near.lightKosovo).toBe(0);
	});
});

test('the embed page is kept out of search, canonical, and discoverable by oEmbed', async ({
	page,
	request
}) => {
	await page.goto('/embed/banjska');
	await mapReady(page);
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		/^http:\/\/127\.0\.0\.1:4173\/\?place=banjska/
	);
	await expect(page).toHaveTitle(/Banjska.*interactive map/);
	const href = await page
		.locator('link[rel="alternate"][type="application/json+oembed"]')
		.getAttribute('href');
	expect(href).toBe('http://127.0.0.1:4173/oembed/banjska.json');
	// The preset's state applies: the monastery is selected.
	await expect(page.locator('.sheet')).toContainText('Banjska Monastery siege');

	const res = await request.get(href!);
	expect(res.ok()).toBe(true);
	const oembed = await res.json();
	// oEmbed 1.0 §2.3.4: version and type always; rich needs html, width and height; a thumbnail
	// needs its width and height.
	expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
	expect(typeof oembed.html).toBe('string');
	expect(Number.isInteger(oembed.width) && oembed.width > 0).toBe(true);
	expect(Number.isInteger(oembed.height) && oembed.height > 0).toBe(true);
	expect(oembed.thumbnail_width).toBeGreaterThan(0);
	expect(oembed.thumbnail_height).toBeGreaterThan(0);
	const thumb = await request.get(oembed.thumbnail_url);
	expect(thumb.headers()['content-type']).toBe('image/png');
	expect((await thumb.body()).subarray(1, 4).toString()).toBe('PNG');
	expect(oembed.html).toMatch(
		/^<iframe src="http:\/\/127\.0\.0\.1:4173\/embed\/banjska" title="[^"]+" width="100%" height="\d+" loading="lazy" sandbox="allow-scripts allow-same-origin/
	);
});

test('the oEmbed html embeds a working map on another origin', async ({ page, request }) => {
	const oembed = await (await request.get('/oembed/overview.json')).json();
	await page.goto('http://127.0.0.1:4174/other.html');
	await page.evaluate((html) => {
		document.body.insertAdjacentHTML('beforeend', html);
	}, oembed.html);
	const frame = page.frameLocator('iframe[title^="Interactive map"]');
	await expect(frame.locator('canvas.maplibregl-canvas')).toBeVisible({ timeout: 30_000 });
	const ready = page.frames().find((f) => f.url().endsWith('/embed/overview'))!;
	await ready.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the embed shows the static map with its alt text, and every place with its excerpts', async ({
		page
	}) => {
		await page.goto('/embed');
		const img = page.locator('img.static-map');
		await expect(img).toBeVisible();
		await expect(img).toHaveAttribute(
			'alt',
			/Banjska Monastery siege, 24 September 2023.*Kosovo–Serbia boundary/s
		);
		expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
		const digest = page.locator('.digest');
		await expect(digest).toBeVisible();
		await expect(digest.locator('article')).toHaveCount(11);
		await expect(digest).toContainText(excerpt('bbc-vucic-10-15-km').exact);
		await expect(digest).toContainText(excerpt('bne-kosovo-casualty-figures').exact);
		await expect(page.locator('.panel')).toBeHidden();
	});
});
