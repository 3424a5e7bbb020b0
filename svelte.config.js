import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { withQueryRule } from './src/shared/query-rule.js';

/** A stable version name keeps the inline-script hash (and so the CSP) identical for identical code. */
function versionName() {
	if (process.env.APP_VERSION) return process.env.APP_VERSION;
	try {
		return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		return 'dev';
	}
}

/**
 * The flag script inlined in app.html runs before first paint; the CSP allows it by its hash.
 * @returns {`sha256-${string}`[]}
 */
function appHtmlScriptHashes() {
	// As the pages carry it: with the query rule written in (src/hooks.server.ts).
	const html = withQueryRule(
		readFileSync(new URL('./src/app.html', import.meta.url), 'utf8'),
		readFileSync(new URL('./src/shared/query-rule.js', import.meta.url), 'utf8')
	);
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		(m) =>
			/** @type {`sha256-${string}`} */ (
				`sha256-${createHash('sha256')
					.update(m[1] ?? '')
					.digest('base64')}`
			)
	);
}

/** An optional remote basemap style: its tiles, sprites and glyphs may come from any https host. */
const remoteBasemap = process.env.VITE_BASEMAP_STYLE_URL ? /** @type {const} */ (['https:']) : [];

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		alias: { $shared: 'src/shared' },
		version: { name: versionName() },
		// Inlining the CSS lets the static map paint in the first frame, before any request.
		inlineStyleThreshold: 64 * 1024,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes()],
				'style-src': ['self'],
				// SvelteKit's route announcer carries a fixed inline style (sveltejs/kit#11993).
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				// The static map is a data: SVG; maplibre-gl.css icons are data: SVGs.
				'img-src': ['self', 'data:', ...remoteBasemap],
				'connect-src': ['self', ...remoteBasemap],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
