/** The query string in the browser: one rule for repeated parameters (src/shared/query-rule.js). */
import { expect, test } from '@playwright/test';
import { idle, mapReady, pixelStats, watch } from './helpers';

for (const [query, theme, scheme] of [
	['dark=true&dark=false', 'light', 'dark'],
	['dark=false&dark=true', 'dark', 'light']
] as const) {
	test(`?${query}: the page and the map are both ${theme} (the last one wins)`, async ({
		page
	}) => {
		const w = await watch(page);
		// The reader's system says the opposite, so that "auto" would show too.
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(`/embed?${query}`);
		await mapReady(page);
		const classes = await page.evaluate(() => document.documentElement.className);
		expect(classes).toContain(`flag-dark-${theme === 'dark'}`);
		expect(classes).not.toContain(`flag-dark-${theme !== 'dark'}`);
		const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		if (theme === 'dark') expect(bg).toBe('rgb(18, 21, 24)');
		else expect(bg).not.toBe('rgb(18, 21, 24)');
		await expect(page.locator('.news-map')).toHaveClass(
			theme === 'dark' ? /theme-dark/ : /^(?!.*theme-dark)/
		);
		await idle(page);
		const stats = await pixelStats(
			page,
			await page.locator('canvas.maplibregl-canvas').screenshot(),
			{},
			12
		);
		if (theme === 'dark') expect(stats.meanBrightness).toBeLessThan(70);
		else expect(stats.meanBrightness).toBeGreaterThan(150);
		await w.expectClean();
	});
}
