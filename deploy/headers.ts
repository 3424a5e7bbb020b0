/**
 * The HTTP headers the site needs from its host, in one place. `npm run deploy:headers` writes
 * them out three ways: `static/_headers` (Netlify, Cloudflare Pages), `deploy/nginx/headers.conf`
 * (the nginx config), and the block in README.md, "Headers a host must send";
 * tests/unit/headers.test.ts fails when one of them is out of date.
 *
 * Static hosts apply every rule whose path matches and join the values of a header set twice
 * with a comma (two CSPs then both apply, so `frame-ancestors 'self'` would forbid the embed), so
 * each header is set by at most one rule for any path: `rulesFor()` refuses overlaps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, SEGMENTS } from '../src/shared/i18n/locales';

/** A path as `_headers` writes it: exact (`/sources`, a page without `.html`) or ending in `/*`. */
export interface Rule {
	path: string;
	/** A comment for the reader of the generated files. */
	why: string;
	headers: Record<string, string>;
}

/** Short: a new build reaches readers within five minutes. */
const SHORT = 'public, max-age=300';
/** Hashed file names: a changed file gets a new name, so the old one never needs refetching. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const EMBEDDABLE = { 'Content-Security-Policy': 'frame-ancestors *', 'Cache-Control': SHORT };
const OWN_FRAMES = { 'Content-Security-Policy': "frame-ancestors 'self'", 'Cache-Control': SHORT };
const READABLE = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': SHORT };

/** The pages and files every locale has: `/embed` is also `/sq/embed`, `/` is also `/sq`. */
const PER_LOCALE: Rule[] = [
	{ path: '/embed', why: 'the embed: any article may frame it', headers: EMBEDDABLE },
	{ path: '/embed/*', why: 'the embed presets', headers: EMBEDDABLE },
	{ path: '/', why: 'the full map: framed only by this site', headers: OWN_FRAMES },
	{ path: '/sources', why: 'the sources page', headers: OWN_FRAMES },
	{ path: '/corrections', why: 'the corrections page', headers: OWN_FRAMES },
	{ path: '/oembed/*', why: 'oEmbed: any site may read it', headers: READABLE }
];

/** A rule as it applies under a locale's segment. */
function inLocale(rule: Rule, segment: string): Rule {
	const path = rule.path === '/' ? `/${segment}` : `/${segment}${rule.path}`;
	return { ...rule, path, why: `${rule.why} (${segment})` };
}

export const RULES: Rule[] = [
	{
		path: '/*',
		why: 'every file',
		headers: {
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin'
		}
	},
	...PER_LOCALE,
	...LOCALES.filter((l) => SEGMENTS[l]).flatMap((l) =>
		PER_LOCALE.map((rule) => inLocale(rule, SEGMENTS[l]))
	),
	{ path: '/404', why: 'the not-found page', headers: OWN_FRAMES },
	{ path: '/data/*', why: 'the data files: any site may read them', headers: READABLE },
	{
		path: '/embed.js',
		why: 'the host script: a fix reaches every article',
		headers: { 'Cache-Control': SHORT }
	},
	{
		path: '/_app/immutable/*',
		why: 'hashed file names: a changed file gets a new name',
		headers: { 'Cache-Control': IMMUTABLE }
	}
];

const isPrefix = (path: string) => path.endsWith('/*');
const stem = (path: string) => (isPrefix(path) ? path.slice(0, -1) : path);

/** Whether some request path matches both rule paths. */
export function overlaps(a: string, b: string): boolean {
	if (isPrefix(a) && isPrefix(b)) return stem(a).startsWith(stem(b)) || stem(b).startsWith(stem(a));
	if (isPrefix(a)) return b.startsWith(stem(a));
	if (isPrefix(b)) return a.startsWith(stem(b));
	return a === b;
}

/** Checks the rules and returns them; throws on a malformed path or value, or an overlap. */
export function rulesFor(rules: Rule[]): Rule[] {
	for (const rule of rules) {
		if (!/^\/([\w.-]+\/)*([\w.-]+|\*)?$/.test(rule.path) || rule.path.endsWith('.html')) {
			throw new Error(`headers: bad path ${rule.path}`);
		}
		for (const [name, value] of Object.entries(rule.headers)) {
			// Both formats are line-based, and nginx would read "$" as a variable.
			if (!/^[A-Za-z-]+$/.test(name) || !/^[^"\\$\r\n]+$/.test(value)) {
				throw new Error(`headers: bad header ${name}: ${value} on ${rule.path}`);
			}
		}
	}
	for (const [i, a] of rules.entries()) {
		for (const b of rules.slice(i + 1)) {
			const both = Object.keys(a.headers).filter((h) => h in b.headers);
			if (both.length > 0 && overlaps(a.path, b.path)) {
				throw new Error(`headers: ${a.path} and ${b.path} both set ${both.join(', ')}`);
			}
		}
	}
	return rules;
}

/** The rules as `_headers` lines: what static hosts read, and what the README shows. */
export function headersFileRules(rules: Rule[] = RULES): string {
	return rulesFor(rules)
		.map(
			(r) =>
				`# ${r.why}\n${r.path}\n` +
				Object.entries(r.headers)
					.map(([name, value]) => `  ${name}: ${value}\n`)
					.join('')
		)
		.join('');
}

export function headersFile(rules: Rule[] = RULES): string {
	return (
		'# Written by npm run deploy:headers from deploy/headers.ts: edit that, not this.\n' +
		'# HTTP headers for hosts that read this file (Netlify, Cloudflare Pages). nginx: deploy/nginx/.\n' +
		headersFileRules(rules)
	);
}

/** The nginx variable that holds a header's value for the request. */
export const nginxVariable = (header: string) => `$nkm_${header.toLowerCase().replace(/-/g, '_')}`;

/**
 * A rule path as a regular expression on nginx's `$uri`, which names the file served once
 * `try_files` has found it: a page's `.html`, `/index.html` for `/`, `/404.html` for any unknown
 * path (the error page).
 */
export function nginxPattern(path: string): string {
	const escaped = stem(path).replace(/[.]/g, '\\.');
	if (isPrefix(path)) return `^${escaped}`;
	if (path === '/') return '^/(index\\.html)?$';
	// A file (`/embed.js`) is itself; a page is also its `.html`.
	return /\.[^/]*$/.test(path) ? `^${escaped}$` : `^${escaped}(\\.html)?$`;
}

/** One `map` per header, for the http block: the value for this `$uri`, or none (""). */
export function nginxMaps(rules: Rule[] = RULES): string {
	const names = [...new Set(rulesFor(rules).flatMap((r) => Object.keys(r.headers)))];
	const maps = names.map((name) => {
		const lines = rules
			.filter((r) => name in r.headers)
			.map((r) => `\t"~${nginxPattern(r.path)}" "${r.headers[name]}"; # ${r.why}\n`);
		return `map $uri ${nginxVariable(name)} {\n\tdefault "";\n${lines.join('')}}\n`;
	});
	return (
		'# Written by npm run deploy:headers from deploy/headers.ts: edit that, not this.\n' +
		'# For the http block. The add_header lines that send these are in site.conf; nginx sends\n' +
		'# no header whose value is "", and at most one rule matches a path for each header.\n' +
		maps.join('\n')
	);
}

/** The add_header lines for the server block (site.conf holds them between markers). */
export function nginxAddHeaders(rules: Rule[] = RULES): string {
	const names = [...new Set(rulesFor(rules).flatMap((r) => Object.keys(r.headers)))];
	return names.map((name) => `add_header ${name} ${nginxVariable(name)} always;\n`).join('');
}

/** Replaces the text between `start` and `end` marker lines, keeping the markers. */
export function replaceBlock(text: string, start: string, end: string, body: string): string {
	const from = text.indexOf(start);
	const to = text.indexOf(end, from);
	if (from < 0 || to < 0) throw new Error(`headers: markers ${start} … ${end} not found`);
	const head = text.slice(0, text.indexOf('\n', from) + 1);
	const tail = text.slice(text.lastIndexOf('\n', to) + 1);
	return head + body + tail;
}

/** Each generated file with what it should hold now (blocks are replaced inside the current text). */
export function outputs(root: string): { file: string; text: string }[] {
	const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
	return [
		{ file: 'static/_headers', text: headersFile() },
		{ file: 'deploy/nginx/headers.conf', text: nginxMaps() },
		{
			file: 'deploy/nginx/site.conf',
			text: replaceBlock(
				read('deploy/nginx/site.conf'),
				'# headers:start',
				'# headers:end',
				nginxAddHeaders()
			)
		},
		{
			file: 'README.md',
			text: replaceBlock(
				read('README.md'),
				'<!-- headers:start -->',
				'<!-- headers:end -->',
				// Blank lines around the fence, as prettier keeps them.
				'\n```\n' + headersFileRules() + '```\n\n'
			)
		}
	];
}
