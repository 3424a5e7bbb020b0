/**
 * A reader who does not wait for the map: a fresh load, and at one second after navigation a click
 * on the monastery in the static picture; measured from navigation to the place's details painted.
 * A click before hydration is kept by src/app.html and opened on hydration; should the link
 * navigate (`?place=…`) instead, the details come with the next load: counted from the first
 * navigation all the same, and reported as a reload.
 */
import type { Browser } from '@playwright/test';
import { throttle, VIEWPORT, type Profile } from './measure';

const PLACE = 'banjska-monastery-siege';
const CLICK_AT_MS = 1000;

/** In every document: when the details first paint (epoch ms), and whether the map was ready. */
const WATCH = `(() => {
	const p = (window.__picture = { shown: null, mapReadyBefore: null });
	const check = () => {
		const d = document.querySelector('[aria-label="Place details"]');
		if (!d || p.shown !== null || !d.textContent.includes('Banjska')) return;
		p.shown = -1;
		// The frame that shows them: after the next animation frame has been painted.
		requestAnimationFrame(() => setTimeout(() => {
			p.shown = performance.timeOrigin + performance.now();
			p.mapReadyBefore = performance.getEntriesByName('map-ready').length > 0;
		}, 0));
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true });
})();`;

export interface PictureClick {
	/** From navigation start to the details painted. */
	ms: number;
	/** When the click was made, from navigation start. */
	clickAt: number;
	/** Whether the click had to load the page again (it came before hydration). */
	reloaded: boolean;
	/** Whether MapLibre was ready before the details showed (then the picture was gone). */
	mapReadyBefore: boolean;
}

export async function pictureClick(
	browser: Browser,
	url: string,
	profile: Profile
): Promise<PictureClick> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2 });
	try {
		await context.addInitScript(WATCH);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await throttle(cdp, profile);
		await page.goto(url, { waitUntil: 'commit' });
		const origin = await page.evaluate(() => performance.timeOrigin);
		await page.waitForTimeout(Math.max(0, origin + CLICK_AT_MS - Date.now()));
		const link = page.locator(`a[data-static-place="${PLACE}"]`);
		await link.waitFor({ state: 'visible', timeout: 30_000 });
		const clickAt = Date.now() - origin;
		await link.click({ timeout: 30_000 });
		const deadline = Date.now() + 60_000;
		for (;;) {
			const state = await page
				.evaluate(() => {
					const p = (window as unknown as { __picture: { shown: number | null } }).__picture;
					return { ...p, origin: performance.timeOrigin };
				})
				.catch(() => null); // mid-navigation
			if (state && state.shown !== null && state.shown > 0) {
				const s = state as unknown as { shown: number; mapReadyBefore: boolean; origin: number };
				return {
					ms: s.shown - origin,
					clickAt,
					reloaded: s.origin !== origin,
					mapReadyBefore: s.mapReadyBefore
				};
			}
			if (Date.now() > deadline) throw new Error('the details never showed after the click');
			await page.waitForTimeout(50);
		}
	} finally {
		await context.close();
	}
}
