/**
 * The real server: nginx with the repo's config (deploy/nginx/), as the Playwright webServer runs
 * it. Headers and types per path, trailing slashes, the 404 page, compression and caching.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import { mapReady, watch } from './helpers';

const BUILD = path.resolve(import.meta.dirname, '../../build');
const HOST = 'http://127.0.0.1:4174';
const SHORT = 'public, max-age=300';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A built file under _app/immutable/ whose name ends so, as a URL path. */
function asset(ending: string): string {
	const dir = path.join(BUILD, '_app/immutable');
	const file = readdirSync(dir, { recursive: true, encoding: 'utf8' }).find((f) =>
		f.endsWith(ending)
	);
	if (!file) throw new Error(`no built file ending ${ending}`);
	return `/_app/immutable/${file}`;
}

/**
 * A request whose path is sent exactly as written: a URL API would read "//evil.example/" as
 * another host, and go there.
 */
function raw(pathname: string): Promise<{ status: number; location?: string }> {
	return new Promise((resolve, reject) => {
		const req = httpRequest({ host: '127.0.0.1', port: 4173, path: pathname }, (res) => {
			res.resume();
			resolve({ status: res.statusCode!, location: res.headers.location });
		});
		req.on('error', reject);
		req.end();
	});
}

const get = (request: APIRequestContext, url: string, headers: Record<string, string> = {}) =>
	request.get(url, { maxRedirects: 0, headers });

test('each path gets its type, framing policy, CORS, nosniff and caching', async ({ request }) => {
	const html = 'text/html; charset=utf-8';
	const self = "frame-ancestors 'self'";
	const any = 'frame-ancestors *';
	const cases: [string, string, string | undefined, string | undefined, string | undefined][] = [
		// path, Content-Type, Content-Security-Policy, Access-Control-Allow-Origin, Cache-Control
		['/', html, self, undefined, SHORT],
		['/index.html', html, self, undefined, SHORT],
		['/sources', html, self, undefined, SHORT],
		['/sources.html', html, self, undefined, SHORT],
		['/embed', html, any, undefined, SHORT],
		['/embed.html', html, any, undefined, SHORT],
		['/embed/banjska', html, any, undefined, SHORT],
		['/embed/overview.html', html, any, undefined, SHORT],
		['/oembed/banjska.json', 'application/json', undefined, '*', SHORT],
		['/corrections', html, self, undefined, SHORT],
		// Every locale's pages are framed, or not, as the English ones.
		['/sq', html, self, undefined, SHORT],
		['/sr-cyrl/sources', html, self, undefined, SHORT],
		['/sr-latn/corrections', html, self, undefined, SHORT],
		['/sq/embed', html, any, undefined, SHORT],
		['/sr-latn/embed/banjska', html, any, undefined, SHORT],
		['/sr-cyrl/oembed/banjska.json', 'application/json', undefined, '*', SHORT],
		['/embed.js', 'text/javascript; charset=utf-8', undefined, undefined, SHORT],
		[asset('.mjs'), 'text/javascript; charset=utf-8', undefined, undefined, IMMUTABLE],
		[asset('.js'), 'text/javascript; charset=utf-8', undefined, undefined, IMMUTABLE],
		[asset('.css'), 'text/css; charset=utf-8', undefined, undefined, IMMUTABLE],
		[asset('.json'), 'application/json', undefined, undefined, IMMUTABLE],
		[asset('.svg'), 'image/svg+xml; charset=utf-8', undefined, undefined, IMMUTABLE],
		[asset('.png'), 'image/png', undefined, undefined, IMMUTABLE],
		['/favicon.svg', 'image/svg+xml; charset=utf-8', undefined, undefined, undefined]
	];
	for (const [url, type, csp, cors, cache] of cases) {
		const res = await get(request, url);
		const h = res.headers();
		expect(res.status(), url).toBe(200);
		expect(h['content-type'], url).toBe(type);
		expect(h['content-security-policy'], url).toBe(csp);
		expect(h['access-control-allow-origin'], url).toBe(cors);
		expect(h['cache-control'], url).toBe(cache);
		expect(h['x-content-type-options'], url).toBe('nosniff');
		expect(h['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
		// What a host must never send for the embed; this server sends it nowhere.
		expect(h['x-frame-options'], url).toBeUndefined();
		expect(h['etag'], url).toBeTruthy();
	}
});

test('the data files are served with their types, readable by any site, from the build’s .gz', async ({
	request
}) => {
	// What geo:build writes into static/data/ (geo/README.md, "Get the data").
	const types: Record<string, string> = {
		'places.geojson': 'application/geo+json',
		'places.csv': 'text/csv; charset=utf-8',
		'places.kml': 'application/vnd.google-earth.kml+xml',
		'excerpts.csv': 'text/csv; charset=utf-8',
		'datapackage.json': 'application/json',
		'LICENSE.md': 'text/markdown; charset=utf-8'
	};
	const dir = path.join(BUILD, 'data');
	expect(
		readdirSync(dir)
			.filter((f) => !/\.(gz|br)$/.test(f))
			.sort()
	).toEqual(Object.keys(types).sort());
	for (const [name, type] of Object.entries(types)) {
		const url = `/data/${name}`;
		const res = await get(request, url, { 'accept-encoding': 'identity' });
		const h = res.headers();
		expect(res.status(), url).toBe(200);
		expect(h['content-type'], url).toBe(type);
		expect(h['access-control-allow-origin'], url).toBe('*');
		expect(h['x-content-type-options'], url).toBe('nosniff');
		expect(h['cache-control'], url).toBe(SHORT);
		// Byte for byte: the CSVs' byte-order mark included.
		expect(Buffer.compare(await res.body(), readFileSync(path.join(dir, name))), url).toBe(0);
		// Every one is over 1 KB: nginx sends the build's own .gz.
		const gz = await get(request, url, { 'accept-encoding': 'gzip' });
		expect(gz.headers()['content-encoding'], url).toBe('gzip');
		expect(Number(gz.headers()['content-length']), url).toBe(
			statSync(path.join(dir, `${name}.gz`)).size
		);
	}
	// A data file without its .gz (a host that skipped precompress.ts) is gzipped on the fly.
	const plain = path.join(dir, 'nkm-test.csv');
	writeFileSync(plain, `id,name\n${'zvecan,Zvečan\n'.repeat(100)}`);
	try {
		const csv = await get(request, '/data/nkm-test.csv', { 'accept-encoding': 'gzip' });
		expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(csv.headers()['content-encoding']).toBe('gzip');
		expect(csv.headers()['content-length']).toBeUndefined();
	} finally {
		rmSync(plain, { force: true });
	}
});

test('the framing policy is enforced: an article may frame /embed but not the full page', async ({
	page
}) => {
	await page.goto(`${HOST}/other.html`);
	await page.evaluate(() => {
		for (const [id, src] of [
			['embed', 'http://127.0.0.1:4173/embed/overview'],
			['full', 'http://127.0.0.1:4173/sources']
		]) {
			const frame = document.createElement('iframe');
			frame.id = id!;
			frame.src = src!;
			document.body.append(frame);
		}
	});
	const frameOf = async (id: string) =>
		(await page.locator(`#${id}`).elementHandle())!.contentFrame();
	const embed = await frameOf('embed');
	await expect(embed!.locator('h1')).toBeVisible({ timeout: 30_000 });
	// The browser refuses the other: the frame shows its error page, not the sources.
	const full = await frameOf('full');
	await expect.poll(() => full!.url()).toMatch(/^chrome-error:/);
	await expect(full!.locator('section.source')).toHaveCount(0);
});

test.describe('a trailing slash', () => {
	test('is redirected away (301), keeping the query, never to another host', async ({
		request
	}) => {
		for (const [from, to] of [
			['/embed/', '/embed'],
			['/embed/?place=zvecan&dark=true', '/embed?place=zvecan&dark=true'],
			['/embed/banjska/', '/embed/banjska'],
			['/sources/', '/sources'],
			['/embed//', '/embed'],
			['/embed/?title=%3Cb%3E', '/embed?title=%3Cb%3E']
		]) {
			const res = await get(request, from!);
			expect(res.status(), from).toBe(301);
			expect(res.headers()['location'], from).toBe(to);
		}
		// Location: //host would send the reader to another site: these are a 404, not a redirect.
		for (const from of ['//evil.example/', '//evil.example/embed/', '/\\evil.example/']) {
			expect(await raw(from), from).toEqual({ status: 404, location: undefined });
		}
	});

	for (const [from, to, check] of [
		['/embed/?place=zvecan', '/embed?place=zvecan', 'Zvečan'],
		['/embed/banjska/', '/embed/banjska', 'Banjska Monastery siege']
	] as const) {
		test(`${from} ends on a working page whose map hydrates`, async ({ page }) => {
			const w = await watch(page);
			await page.goto(from);
			expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(to);
			await mapReady(page);
			await expect(page.locator('.sheet')).toContainText(check);
			await w.expectClean();
		});
	}
});

test('an unknown path gets the not-found page, with status 404, at any depth', async ({
	page,
	request
}) => {
	for (const url of ['/nope', '/embed/nope', '/a/b/c.html', '/404', '/404.html']) {
		const res = await get(request, url);
		expect(res.status(), url).toBe(404);
		expect(res.headers()['content-type'], url).toBe('text/html; charset=utf-8');
		expect(res.headers()['content-security-policy'], url).toBe("frame-ancestors 'self'");
		expect(await res.text(), url).toContain('Page not found');
	}

	// In the browser, three folders down: everything it asks for comes from the site's root.
	const requested: string[] = [];
	page.on('request', (r) => requested.push(r.url()));
	// Nothing fails but the page itself (whose 404 Chromium also reports in the console).
	const deep = 'http://127.0.0.1:4173/a/b/c';
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && m.location().url !== deep) problems.push(m.text());
	});
	page.on('response', (r) => {
		if (r.status() >= 400 && r.url() !== deep) problems.push(`${r.status()} ${r.url()}`);
	});
	const res = await page.goto('/a/b/c');
	expect(res!.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	for (const url of requested.slice(1)) expect(url).not.toContain('/a/b/');
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	await page.getByRole('link', { name: '← Back to the map' }).click();
	await expect(page).toHaveURL('http://127.0.0.1:4173/');
	await mapReady(page);
	expect(problems).toEqual([]);
});

test('text files go out compressed: the build’s own .gz, or gzip on the fly', async ({
	request
}) => {
	// embed.js has its .gz from the build: nginx sends that very file.
	const gz = await get(request, '/embed.js', { 'accept-encoding': 'gzip' });
	expect(gz.headers()['content-encoding']).toBe('gzip');
	expect(gz.headers()['vary']).toBe('Accept-Encoding');
	expect(Number(gz.headers()['content-length'])).toBe(
		statSync(path.join(BUILD, 'embed.js.gz')).size
	);
	// Playwright unzips the body: it is embed.js.
	expect(await gz.text()).toBe(readFileSync(path.join(BUILD, 'embed.js'), 'utf8'));
	expect(gunzipSync(readFileSync(path.join(BUILD, 'embed.js.gz'))).toString()).toBe(
		await gz.text()
	);

	// The largest files too: the map library and the embed page.
	for (const url of [asset('.mjs'), '/embed']) {
		const res = await get(request, url, { 'accept-encoding': 'gzip' });
		expect(res.headers()['content-encoding'], url).toBe('gzip');
		const file = url === '/embed' ? 'embed.html' : url.slice(1);
		expect(Number(res.headers()['content-length']), url).toBe(
			statSync(path.join(BUILD, `${file}.gz`)).size
		);
	}

	// A client that asks for nothing compressed gets the file as it is.
	const plain = await get(request, '/embed.js', { 'accept-encoding': 'identity' });
	expect(plain.headers()['content-encoding']).toBeUndefined();
	expect(Number(plain.headers()['content-length'])).toBe(
		statSync(path.join(BUILD, 'embed.js')).size
	);
	// Debian's nginx has no brotli: a brotli-only client gets the plain file, never the .br.
	const br = await get(request, '/embed.js', { 'accept-encoding': 'br' });
	expect(br.headers()['content-encoding']).toBeUndefined();
	// Under 1 KB nothing is compressed; a PNG never is.
	for (const url of ['/favicon.svg', asset('.png')]) {
		const res = await get(request, url, { 'accept-encoding': 'gzip' });
		expect(res.headers()['content-encoding'], url).toBeUndefined();
	}
});

test('caching: a second request for an unchanged file is answered 304', async ({ request }) => {
	for (const url of ['/embed', asset('.mjs')]) {
		const first = await get(request, url);
		const again = await get(request, url, { 'if-none-match': first.headers()['etag']! });
		expect(again.status(), url).toBe(304);
		// The 304 carries the same policy headers.
		expect(again.headers()['cache-control'], url).toBe(first.headers()['cache-control']);
	}
});
