import { expect, test } from '@playwright/test';

test('the home page prerenders and lists the places', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('North Kosovo, 2023');
	await expect(page.getByText('Banjska Monastery siege')).toBeVisible();
});
