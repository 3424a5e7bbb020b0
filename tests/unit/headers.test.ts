/** deploy/headers.ts: the generated files are current, and _headers and nginx say the same. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nginxPattern, outputs, RULES, rulesFor } from '../../deploy/headers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Headers for a path as Netlify and Cloudflare Pages read `_headers`: every matching rule applies. */
function fromHeadersFile(text: string, requestPath: string): Record<string, string> {
	const out: Record<string, string> = {};
	let matches = false;
	for (const line of text.split('\n')) {
		if (line.startsWith('#') || line.trim() === '') continue;
		if (!line.startsWith(' ')) {
			matches = line.endsWith('*')
				? requestPath.startsWith(line.slice(0, -1))
				: requestPath === line.trim();
		} else if (matches) {
			const [name, ...value] = line.trim().split(': ');
			// Cloudflare Pages joins a header set twice with a comma.
			out[name!] = out[name!] ? `${out[name!]}, ${value.join(': ')}` : value.join(': ');
		}
	}
	return out;
}

/** Headers for nginx's $uri as headers.conf's maps give them and site.conf's add_header sends them. */
function fromNginx(maps: string, site: string, uri: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [, name, variable] of site.matchAll(/^add_header (\S+) (\$\w+) always;$/gm)) {
		const block = maps.match(new RegExp(`map \\$uri \\${variable} \\{\\n([^}]*)\\}`))?.[1] ?? '';
		for (const [, pattern, value] of block.matchAll(/^\t"~([^"]+)" "([^"]*)";/gm)) {
			if (new RegExp(pattern!).test(uri)) {
				expect(out[name!], `${uri}: ${name} matched twice`).toBeUndefined();
				out[name!] = value!;
			}
		}
	}
	return out;
}

describe('the headers a host must send', () => {
	it('are written out everywhere from deploy/headers.ts (run npm run deploy:headers)', () => {
		for (const { file, text } of outputs(ROOT)) expect(read(file), file).toBe(text);
	});

	// The request path, and the $uri nginx has once try_files (or the error page) found the file.
	const cases: [string, string, Record<string, string>][] = [
		['/', '/index.html', { 'Content-Security-Policy': "frame-ancestors 'self'" }],
		['/embed', '/embed.html', { 'Content-Security-Policy': 'frame-ancestors *' }],
		['/embed/banjska', '/embed/banjska.html', { 'Content-Security-Policy': 'frame-ancestors *' }],
		['/sources', '/sources.html', { 'Content-Security-Policy': "frame-ancestors 'self'" }],
		['/oembed/banjska.json', '/oembed/banjska.json', { 'Access-Control-Allow-Origin': '*' }],
		['/data/places.geojson', '/data/places.geojson', { 'Access-Control-Allow-Origin': '*' }],
		[
			'/_app/immutable/chunks/a.js',
			'/_app/immutable/chunks/a.js',
			{ 'Cache-Control': 'public, max-age=31536000, immutable' }
		],
		['/embed.js', '/embed.js', { 'Cache-Control': 'public, max-age=300' }]
	];
	it.each(cases)('%s: the same from _headers and from nginx', (requestPath, uri, expected) => {
		const file = fromHeadersFile(read('static/_headers'), requestPath);
		const nginx = fromNginx(read('deploy/nginx/headers.conf'), read('deploy/nginx/site.conf'), uri);
		expect(nginx).toEqual(file);
		expect(file).toMatchObject({ ...expected, 'X-Content-Type-Options': 'nosniff' });
		// No path gets a header twice (two CSPs would both apply; the stricter would win).
		for (const value of Object.values(file)) expect(value).not.toMatch(/, frame-ancestors/);
	});

	it('the embed is never given a frame-ancestors that forbids other sites', () => {
		for (const requestPath of ['/embed', '/embed/overview']) {
			expect(fromHeadersFile(read('static/_headers'), requestPath)['Content-Security-Policy']).toBe(
				'frame-ancestors *'
			);
		}
		const all = RULES.flatMap((r) => Object.keys(r.headers));
		expect(all).not.toContain('X-Frame-Options');
	});

	it('refuses a rule that would set a header twice for one path, or a malformed one', () => {
		const csp = (p: string, v: string) => ({
			path: p,
			why: 'test',
			headers: { 'Content-Security-Policy': v }
		});
		expect(() => rulesFor([csp('/*', "frame-ancestors 'self'"), csp('/embed', 'x')])).toThrow(
			/both set Content-Security-Policy/
		);
		expect(() => rulesFor([csp('/embed/*', 'a'), csp('/embed/banjska', 'b')])).toThrow(/both/);
		expect(rulesFor([csp('/embed', 'a'), csp('/embed/*', 'b')])).toHaveLength(2);
		expect(() => rulesFor([csp('/embed.html', 'a')])).toThrow(/bad path/);
		expect(() => rulesFor([csp('/x', 'a $uri')])).toThrow(/bad header/);
		expect(() => rulesFor([csp('/x', 'a\nSet-Cookie: b')])).toThrow(/bad header/);
	});

	it('matches a page with and without .html in nginx, and a file only as itself', () => {
		const re = (p: string) => new RegExp(nginxPattern(p));
		expect(['/embed', '/embed.html'].every((u) => re('/embed').test(u))).toBe(true);
		expect(re('/embed').test('/embed.js')).toBe(false);
		expect(re('/embed').test('/embedded')).toBe(false);
		expect(re('/embed.js').test('/embed.js.html')).toBe(false);
		expect(re('/').test('/index.html') && !re('/').test('/sources')).toBe(true);
	});
});
