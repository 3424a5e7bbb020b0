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
			// The real server, with the repo's config (deploy/nginx/): every test is a deployment test.
			// The report link is off unless configured; the tests build it on, to see it work.
			command:
				'VITE_REPORT_ERROR_URL=mailto:corrections@example.org npm run build && PORT=4173 npm run serve:nginx',
			url: 'http://127.0.0.1:4173',
			reuseExistingServer: !process.env.CI,
			timeout: 240_000,
			gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 }
		},
		{
			// A second origin, for the host article that embeds the map.
			command: 'node tests/fixtures/host/server.mjs',
			url: 'http://127.0.0.1:4174/article.html',
			reuseExistingServer: !process.env.CI
		}
	]
});
