import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './tests/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 45_000,
	reporter: 'list',
	use: {
		baseURL: 'http://127.0.0.1:4173',
		launchOptions: CHROMIUM
	},
	webServer: [
		{
			command: 'npm run build && npx vite preview --port 4173 --strictPort --host 127.0.0.1',
			url: 'http://127.0.0.1:4173',
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		{
			// A second origin, for the host article that embeds the map.
			command: 'node tests/fixtures/host/server.mjs',
			url: 'http://127.0.0.1:4174/article.html',
			reuseExistingServer: !process.env.CI
		}
	]
});
