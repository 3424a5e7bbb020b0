import { expect, test } from '@playwright/test';
import { CHROMIUM } from '../chromium';
import { excerpt, watch } from './helpers';

// Chromium's clean switch for "no WebGL": the page must say so and keep the list working.
test.use({
	launchOptions: {
		...CHROMIUM,
		args: ['--disable-3d-apis', ...CHROMIUM.args!.filter((a) => !/gpu|swiftshader/.test(a))]
	}
});

test('without WebGL the list and a clear message appear, and no error is thrown', async ({
	page
}) => {
	const w = await watch(page);
	await page.goto('/');
	await expect(page.getByText('This browser cannot draw the interactive map')).toBeVisible();
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
	const list = page.locator('#place-list');
	await expect(list.locator('button[data-place]')).toHaveCount(11);
	await list.locator('button[data-place="banjska-police-ambush"]').click();
	await expect(page.locator('.details')).toContainText(excerpt('asianlite-ambush').exact);
	await expect(page.locator('.details')).toContainText('Approximate, ±1 km');
	await w.expectClean();
});
