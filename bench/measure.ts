/**
 * One page load, measured: a fresh browser context (so a cold cache), throttled through the
 * Chrome DevTools Protocol, timed by the page's own performance entries and counted by the
 * server. Optionally, the two interactions a reader makes: a click on the monastery and a layer
 * switch.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { BenchServer } from './server';

export interface Profile {
	name: 'throttled' | 'unthrottled';
	/** CPU slowdown of the page's main thread (MapLibre's worker and the GPU are not slowed). */
	cpu: number;
	/** Added latency per request (ms) and throughput (bytes per second), or none. */
	network: { latencyMs: number; downBps: number; upBps: number } | null;
}

/** WebPageTest's "4G" connection: 9 Mbps each way, 170 ms round trip. */
export const THROTTLED: Profile = {
	name: 'throttled',
	cpu: 4,
	network: { latencyMs: 170, downBps: 9_000_000 / 8, upBps: 9_000_000 / 8 }
};
export const UNTHROTTLED: Profile = { name: 'unthrottled', cpu: 1, network: null };

/** A mid-range phone's viewport. */
export const VIEWPORT = { width: 390, height: 844 };

/** The monastery, where the click goes: the story's first place. */
const MONASTERY: [number, number] = [20.7825, 42.97139];
/** The layer switched for the toggle latency, and one of its style layers to confirm it. */
const TOGGLED = {
	input: 'input[data-layer="deployment-area"]',
	styleLayer: 'deployment-area-fill'
};

export interface LoadMetrics {
	/** ms from navigation start. */
	fcp: number | null;
	firstMapImage: number | null;
	mapReady: number | null;
	longTaskMs: number;
	bytes: number;
	jsBytes: number;
	requests: number;
	heapBytes: number;
	/** A click on the monastery to the next frame (with its details, on our pages). */
	mapClickMs?: number | null;
	/** The monastery chosen in the list to the next frame, with its details. */
	listClickMs?: number | null;
	toggleToFrameMs?: number | null;
	/** What the first view draws of the incidents: cluster circles and single points. */
	drawnIncidents?: { clusters: number; points: number };
	/** What the server sent, file by file. */
	files: { path: string; bytes: number }[];
	/** What the run saw that makes its figures suspect (a popup that never opened, say). */
	problems: string[];
}

/**
 * Installed before any page script: collects long tasks, element timing and interactions. Kept
 * as a string so the TypeScript loader cannot add helpers that do not exist in the page.
 */
const INSTRUMENT = `(() => {
	const b = (window.__bench = { longTasks: [], staticMap: null, toggleAt: null, toggleFrame: null });
	const watch = (type, fn) => { try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {} };
	watch('longtask', (e) => b.longTasks.push([e.startTime, e.duration]));
	watch('element', (e) => { if (e.identifier === 'static-map') b.staticMap = e.renderTime || e.loadTime; });
	// Clicks are timed by the Event Timing API: from the click to the next frame presented after its
	// handlers ran, so the frame that shows what they inserted. It reports only from 16 ms on.
	b.clicks = [];
	try {
		new PerformanceObserver((l) => l.getEntries().forEach((e) => {
			if (e.name === 'click') b.clicks.push(e.duration);
		})).observe({ type: 'event', durationThreshold: 16, buffered: true });
	} catch {}
	// Whether the click's own handlers inserted the details (checked once they have all run).
	b.detailsAfterClick = null;
	addEventListener('click', () => {
		b.detailsAfterClick = null;
		setTimeout(() => (b.detailsAfterClick = !!document.querySelector('[aria-label="Place details"]')), 0);
	}, true);
	b.armToggle = (selector, styleLayer) => {
		b.toggleAt = b.toggleFrame = null;
		document.querySelector(selector).addEventListener('change', (e) => {
			b.toggleAt = e.timeStamp;
			// The first frame MapLibre draws with the layer hidden.
			const onRender = () => {
				if (window.nkmMap.getLayoutProperty(styleLayer, 'visibility') === 'none') b.toggleFrame = performance.now();
				else window.nkmMap.once('render', onRender);
			};
			window.nkmMap.once('render', onRender);
		}, { once: true, capture: true });
	};
	b.screenPoint = (lngLat) => {
		const map = window.nkmMap;
		map.getContainer().scrollIntoView({ block: 'start' });
		const p = map.project(lngLat);
		const r = map.getCanvas().getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y };
	};
	b.drawn = (layer) => window.nkmMap.getLayer(layer) ? window.nkmMap.queryRenderedFeatures({ layers: [layer] }).length : 0;
})();`;

async function throttle(cdp: CDPSession, profile: Profile) {
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
	if (profile.network) {
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: profile.network.latencyMs,
			downloadThroughput: profile.network.downBps,
			uploadThroughput: profile.network.upBps
		});
	}
}

const mark = (page: Page, name: string) =>
	page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);

interface Bench {
	__bench: { toggleFrame: number | null };
}
const inPage = <T>(page: Page, expression: string) => page.evaluate<T>(expression);

/**
 * Runs `act`, which clicks once, and returns that click's time to the next frame; under 16 ms
 * Event Timing has no entry, so it counts as 16 (an upper bound).
 */
async function timedClick(
	page: Page,
	act: () => Promise<void>
): Promise<{ ms: number; details: boolean }> {
	const before = await inPage<number>(page, '__bench.clicks.length');
	await act();
	// The entry is reported once the frame has been presented.
	await page.waitForTimeout(1000);
	const r = await inPage<{ clicks: number[]; details: boolean | null }>(
		page,
		'({ clicks: __bench.clicks, details: __bench.detailsAfterClick })'
	);
	return { ms: r.clicks.slice(before).at(-1) ?? 16, details: r.details === true };
}

/** A click on the monastery's dot: on our pages it opens the details; on the baseline, nothing. */
async function mapClick(page: Page, opensDetails: boolean, problems: string[]) {
	const at = await inPage<{ x: number; y: number }>(
		page,
		`__bench.screenPoint(${JSON.stringify(MONASTERY)})`
	);
	const r = await timedClick(page, () => page.mouse.click(at.x, at.y));
	if (opensDetails) {
		if (!r.details) problems.push('the map click did not open the details at once');
		else if (
			!(await page.locator('[aria-label="Place details"]').first().innerText()).includes('Banjska')
		)
			problems.push('the details do not show the monastery');
		await page.keyboard.press('Escape');
		await page.waitForTimeout(1500);
	}
	return r.ms;
}

/** The keyboard and screen-reader path: the monastery chosen from the list of places. */
async function listClick(page: Page, problems: string[]) {
	const entry = page.locator('[data-place="banjska-monastery-siege"]').first();
	if (!(await entry.isVisible())) await page.locator('button[aria-controls="place-list"]').click();
	await entry.scrollIntoViewIfNeeded();
	const r = await timedClick(page, () => entry.click());
	if (!r.details) problems.push('the list choice did not open the details at once');
	await page.keyboard.press('Escape');
	await page.waitForTimeout(1500);
	return r.ms;
}

async function toggleToFrame(page: Page, problems: string[]): Promise<number | null> {
	const input = page.locator(TOGGLED.input).first();
	await input.scrollIntoViewIfNeeded();
	await inPage(
		page,
		`__bench.armToggle(${JSON.stringify(TOGGLED.input)}, ${JSON.stringify(TOGGLED.styleLayer)})`
	);
	await input.click();
	try {
		await page.waitForFunction(
			() => (window as unknown as Bench).__bench.toggleFrame !== null,
			undefined,
			{
				timeout: 10_000,
				polling: 50
			}
		);
	} catch {
		problems.push('no frame was drawn after the layer switch');
		return null;
	}
	const stillDrawn = await inPage<number>(
		page,
		`__bench.drawn(${JSON.stringify(TOGGLED.styleLayer)})`
	);
	if (stillDrawn > 0) problems.push(`the switched-off layer still draws ${stillDrawn} features`);
	return inPage<number>(page, '__bench.toggleFrame - __bench.toggleAt');
}

export async function measureLoad(
	browser: Browser,
	server: BenchServer,
	url: string,
	profile: Profile,
	options: { map: boolean; interact: boolean; countIncidents?: boolean; timeoutMs?: number }
): Promise<LoadMetrics> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2 });
	const problems: string[] = [];
	try {
		await context.addInitScript(INSTRUMENT);
		const page = await context.newPage();
		page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		const cdp = await context.newCDPSession(page);
		await throttle(cdp, profile);
		server.reset();
		await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs ?? 90_000 });
		if (options.map) {
			await page.waitForFunction(
				() => performance.getEntriesByName('map-ready').length > 0,
				undefined,
				{
					timeout: options.timeoutMs ?? 90_000,
					polling: 100
				}
			);
		}
		// Let late requests (the favicon, a lazy stylesheet) land before counting.
		await page.waitForTimeout(500);
		const timings = await inPage<{
			fcp: number | null;
			staticMap: number | null;
			longTaskMs: number;
		}>(
			page,
			`(() => {
				const ready = performance.getEntriesByName('map-ready')[0]?.startTime ?? Infinity;
				return {
					fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
					staticMap: __bench.staticMap,
					longTaskMs: __bench.longTasks.filter(([start]) => start < ready).reduce((n, [, d]) => n + d, 0)
				};
			})()`
		);
		const canvasFrame = await mark(page, 'map-first-render');
		const firstImages = [timings.staticMap, canvasFrame].filter((t): t is number => t !== null);
		const sent = server.sent();
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
		const metrics: LoadMetrics = {
			fcp: timings.fcp,
			firstMapImage: firstImages.length > 0 ? Math.min(...firstImages) : null,
			mapReady: await mark(page, 'map-ready'),
			longTaskMs: timings.longTaskMs,
			bytes: sent.reduce((n, s) => n + s.bytes, 0),
			jsBytes: sent
				.filter((s) => s.type.startsWith('text/javascript'))
				.reduce((n, s) => n + s.bytes, 0),
			requests: sent.length,
			heapBytes: heap.usedSize,
			files: sent.map(({ path, bytes }) => ({ path, bytes })),
			problems
		};
		if (options.countIncidents) {
			metrics.drawnIncidents = await inPage(
				page,
				"({ clusters: __bench.drawn('incidents-cluster'), points: __bench.drawn('incidents-point') })"
			);
		}
		if (options.map) metrics.mapClickMs = await mapClick(page, options.interact, problems);
		if (options.interact) {
			metrics.listClickMs = await listClick(page, problems);
			metrics.toggleToFrameMs = await toggleToFrame(page, problems);
		}
		return metrics;
	} finally {
		await context.close();
	}
}
