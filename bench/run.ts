/**
 * npm run bench [-- --quick] [--runs N]
 *
 * Builds the site (in a copy of the project), serves it beside a hand-written MapLibre page
 * (the baseline) and a plain HTML page (the floor), and loads each in Debian's Chromium, fresh
 * context per load, pages interleaved, throttled (4× CPU, 4G) and then not. Then a scaling run
 * with synthetic incident sets, and a check that an embed below the fold loads no MapLibre code.
 * Prints a table per profile, the targets of issue 5, and one JSON line (`BENCH_JSON …`). It never
 * fails on timing; it exits non-zero only when a measurement itself broke.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { ROOT } from '../geo/lib/paths';
import { CHROMIUM } from '../tests/chromium';
import {
	measureLoad,
	THROTTLED,
	UNTHROTTLED,
	VIEWPORT,
	type LoadMetrics,
	type Profile
} from './measure';
import {
	ratio,
	summarise,
	table,
	target,
	type MetricName,
	type PageStats,
	type Target
} from './report';
import { serve, type BenchServer } from './server';
import { buildWorkspace, type Workspace } from './workspace';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const RUNS = quick ? 1 : runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 7) : 7;
const SIZES = args.includes('--no-scaling') ? [] : [1_000, 10_000, 100_000];
const SCALING_RUNS = quick ? 1 : 3;
const PORT = Number(process.env.NKM_BENCH_PORT ?? 4190);

interface PageDef {
	name: string;
	path: string;
	map: boolean;
	interact: boolean;
}
const PAGES: PageDef[] = [
	{ name: 'baseline', path: '/bench/baseline/', map: true, interact: false },
	{ name: '/embed', path: '/embed', map: true, interact: true },
	{ name: '/', path: '/', map: true, interact: true },
	{ name: 'plain', path: '/bench/plain/', map: false, interact: false }
];

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const times = (n: number) => `${n.toFixed(2)}×`;

function serveWorkspace(ws: Workspace, port: number): Promise<BenchServer> {
	return serve(
		{
			'/': ws.build,
			'/bench/baseline/': path.join(ROOT, 'bench/pages/baseline'),
			'/bench/plain/': path.join(ROOT, 'bench/pages/plain'),
			'/vendor/maplibre-gl/': path.join(ROOT, 'node_modules/maplibre-gl/dist'),
			'/bench/data/style.json': ws.baselineStyle
		},
		port
	);
}

const broken: string[] = [];
function note(label: string, m: LoadMetrics, page: PageDef) {
	if (page.map && m.mapReady === null) m.problems.push('map-ready was never marked');
	for (const p of m.problems) broken.push(`${label}: ${p}`);
}

/** What each page fetched in its first run, file by file, for the JSON. */
const files: Record<string, LoadMetrics['files']> = {};

async function comparePages(browser: Browser, server: BenchServer, profile: Profile) {
	const runs: Record<string, LoadMetrics[]> = Object.fromEntries(PAGES.map((p) => [p.name, []]));
	for (let i = 0; i < RUNS; i++) {
		// Interleaved, and rotated each round so no page always goes first.
		const order = PAGES.map((_, k) => PAGES[(k + i) % PAGES.length]!);
		for (const page of order) {
			const label = `${profile.name} ${page.name} run ${i + 1}/${RUNS}`;
			try {
				const m = await measureLoad(browser, server, server.origin + page.path, profile, page);
				note(label, m, page);
				runs[page.name]!.push(m);
				files[page.name] ??= m.files;
				log(`${label}: ready ${m.mapReady === null ? '–' : ms(m.mapReady)}, ${kb(m.bytes)}`);
			} catch (e) {
				broken.push(`${label}: ${(e as Error).message.split('\n')[0]}`);
			}
		}
	}
	return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summarise(v)])) as Record<
		string,
		PageStats
	>;
}

/** The embed's document, once the host script has given its iframe a src and it has loaded. */
async function embedFrame(page: import('@playwright/test').Page) {
	for (let i = 0; i < 150; i++) {
		const frame = page.frames().find((f) => f.url().includes('/embed'));
		if (frame) return frame;
		await page.waitForTimeout(100);
	}
	throw new Error('the embed iframe never loaded');
}

/** An article on another origin with the embed three screens down: nothing of the map may load. */
async function lazyEmbed(browser: Browser, server: BenchServer) {
	const dir = path.join(ROOT, 'bench/results');
	mkdirSync(dir, { recursive: true });
	const file = path.join(dir, 'host-article.html');
	writeFileSync(
		file,
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title></head><body>
<h1>An article</h1><p>Text above the map.</p><div style="height:${VIEWPORT.height * 3}px"></div>
<div data-north-kosovo-map data-src="${server.origin}/embed" data-title="Map"></div>
<script src="${server.origin}/embed.js" async></script><p>The end.</p></body></html>`
	);
	const host = await serve({ '/article.html': file }, PORT + 9);
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		server.reset();
		await page.goto(`${host.origin}/article.html`, { waitUntil: 'load' });
		await page.waitForTimeout(3000);
		const before = server.sent();
		await page.locator('[data-north-kosovo-map]').scrollIntoViewIfNeeded();
		await page.waitForFunction(() => !!document.querySelector('iframe[src*="/embed"]'), undefined, {
			timeout: 15_000
		});
		await (
			await embedFrame(page)
		).waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, undefined, {
			timeout: 60_000
		});
		const after = server.sent();
		const js = (list: typeof before) => list.filter((s) => s.type.startsWith('text/javascript'));
		return {
			beforeScroll: {
				requests: before.map((s) => s.path),
				bytes: before.reduce((n, s) => n + s.bytes, 0),
				jsOtherThanHostScript: js(before).filter((s) => s.path !== '/embed.js').length
			},
			afterScroll: {
				requests: after.length,
				bytes: after.reduce((n, s) => n + s.bytes, 0),
				maplibreWorker: after.some((s) => s.path.includes('maplibre-gl-worker'))
			}
		};
	} finally {
		await context.close();
		await host.close();
	}
}

async function scaling(browser: Browser) {
	const rows: {
		points: number;
		pipelineSeconds: { geo: number; vite: number };
		pages: Record<string, PageStats>;
		/** What /embed's first view draws of the incidents, to show they stay legible. */
		drawn: LoadMetrics['drawnIncidents'] | null;
	}[] = [];
	for (const [k, points] of SIZES.entries()) {
		log(`scaling: building with ${points.toLocaleString('en')} synthetic incidents`);
		const ws = buildWorkspace(`synthetic-${points}`, points);
		const server = await serveWorkspace(ws, PORT + 1 + k);
		const pages: Record<string, LoadMetrics[]> = { '/embed': [], baseline: [] };
		try {
			for (let i = 0; i < SCALING_RUNS; i++) {
				for (const page of i % 2 ? [PAGES[0]!, PAGES[1]!] : [PAGES[1]!, PAGES[0]!]) {
					const label = `scaling ${points} ${page.name} run ${i + 1}/${SCALING_RUNS}`;
					try {
						const m = await measureLoad(browser, server, server.origin + page.path, UNTHROTTLED, {
							map: true,
							interact: false,
							countIncidents: true,
							timeoutMs: 180_000
						});
						note(label, m, page);
						pages[page.name]!.push(m);
						log(`${label}: ready ${m.mapReady === null ? '–' : ms(m.mapReady)}, ${kb(m.bytes)}`);
					} catch (e) {
						broken.push(`${label}: ${(e as Error).message.split('\n')[0]}`);
					}
				}
			}
		} finally {
			await server.close();
		}
		rows.push({
			points,
			pipelineSeconds: ws.seconds,
			pages: { '/embed': summarise(pages['/embed']!), baseline: summarise(pages.baseline!) },
			drawn: pages['/embed']![0]?.drawnIncidents ?? null
		});
	}
	return rows;
}

async function main() {
	const started = Date.now();
	log(`${quick ? 'quick mode: ' : ''}${RUNS} run(s) per page and profile`);
	log('building the site (real data)');
	const real = buildWorkspace('real');
	log(`built in ${real.seconds.geo.toFixed(1)} s (geo) + ${real.seconds.vite.toFixed(1)} s (vite)`);
	const browser = await chromium.launch(CHROMIUM);
	const server = await serveWorkspace(real, PORT);
	const profiles: Record<string, Record<string, PageStats>> = {};
	let lazy: Awaited<ReturnType<typeof lazyEmbed>> | null;
	let scale: Awaited<ReturnType<typeof scaling>> = [];
	try {
		for (const profile of [THROTTLED, UNTHROTTLED]) {
			profiles[profile.name] = await comparePages(browser, server, profile);
		}
		lazy = await lazyEmbed(browser, server).catch((e: Error) => {
			broken.push(`lazy embed: ${e.message.split('\n')[0]}`);
			return null;
		});
		await server.close();
		scale = await scaling(browser);
	} finally {
		await browser.close();
	}

	const t = profiles.throttled!;
	const median = (page: string, key: MetricName) => t[page]?.[key]?.median ?? null;
	const at = (points: number) => scale.find((r) => r.points === points)?.pages['/embed']?.mapReady;
	const embedBytes = median('/embed', 'bytes');
	const baselineBytes = median('baseline', 'bytes');
	const targets: Target[] = [
		target(
			'/embed map-ready ÷ baseline (throttled)',
			ratio(t['/embed']?.mapReady, t.baseline?.mapReady),
			1.1,
			times
		),
		target(
			'/embed first map image ÷ plain page FCP (throttled)',
			ratio(t['/embed']?.firstMapImage, t.plain?.fcp),
			1.25,
			times
		),
		target(
			'/embed bytes − baseline bytes',
			embedBytes !== null && baselineBytes !== null ? embedBytes - baselineBytes : null,
			60 * 1024,
			kb
		),
		...['/embed', '/'].flatMap((page) => [
			target(`${page} map click to details shown (throttled)`, median(page, 'mapClickMs'), 50, ms),
			target(
				`${page} list choice to details shown (throttled)`,
				median(page, 'listClickMs'),
				50,
				ms
			),
			target(
				`${page} layer toggle to rendered frame (throttled)`,
				median(page, 'toggleToFrameMs'),
				100,
				ms
			)
		]),
		target(
			'embed below the fold: JavaScript files fetched before it nears the viewport (besides embed.js)',
			lazy ? lazy.beforeScroll.jsOtherThanHostScript : null,
			0,
			(n) => String(n)
		),
		target(
			'map-ready at 100,000 points ÷ at 1,000 (unthrottled)',
			ratio(at(100_000), at(1_000)),
			3,
			times
		)
	];

	const out: string[] = [];
	for (const [name, pages] of Object.entries(profiles)) {
		const profile = name === 'throttled' ? THROTTLED : UNTHROTTLED;
		const how = profile.network
			? `${profile.cpu}× CPU, ${profile.network.latencyMs} ms latency, ${(profile.network.downBps * 8) / 1e6} Mbps`
			: 'no throttling';
		out.push(
			`\n### ${name} (${how}; ${VIEWPORT.width}×${VIEWPORT.height} @2x; ${RUNS} run(s) each)\n`
		);
		out.push(table(pages, 'baseline', ['/embed', '/']));
	}
	out.push('\n### scaling: synthetic incidents, /embed and baseline (unthrottled)\n');
	out.push(
		'| points | /embed map-ready (ms) | /embed KB | /embed heap MB | drawn: clusters, single points | baseline map-ready (ms) | baseline KB | geo:build s | vite build s |'
	);
	out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const r of scale) {
		const e = r.pages['/embed']!;
		const b = r.pages.baseline!;
		const f = (s: { median: number } | undefined, d = 1) =>
			s ? (s.median / d).toFixed(d === 1 ? 0 : 1) : '–';
		out.push(
			`| ${r.points.toLocaleString('en')} | ${f(e.mapReady)} | ${f(e.bytes, 1024)} | ${f(e.heapBytes, 1024 * 1024)} | ${r.drawn ? `${r.drawn.clusters}, ${r.drawn.points}` : '–'} | ${f(b.mapReady)} | ${f(b.bytes, 1024)} | ${r.pipelineSeconds.geo.toFixed(1)} | ${r.pipelineSeconds.vite.toFixed(1)} |`
		);
	}
	if (lazy) {
		out.push(
			`\nEmbed three screens down an article: before scrolling, ${lazy.beforeScroll.requests.length} request(s) to the map's origin (${lazy.beforeScroll.requests.join(', ') || 'none'}; ${kb(lazy.beforeScroll.bytes)}); after scrolling to it and map-ready, ${lazy.afterScroll.requests} requests, ${kb(lazy.afterScroll.bytes)}.`
		);
	}
	out.push('\n### targets\n');
	out.push('| target | measured | limit | met |');
	out.push('| --- | --- | --- | --- |');
	for (const tg of targets)
		out.push(
			`| ${tg.name} | ${tg.measured} | ${tg.limit} | ${tg.met === null ? '–' : tg.met ? 'yes' : 'no'} |`
		);
	if (broken.length) out.push(`\n### problems\n\n${broken.map((b) => `- ${b}`).join('\n')}`);
	const result = {
		bench: 'north-kosovo-map',
		date: new Date().toISOString(),
		quick,
		runs: RUNS,
		viewport: VIEWPORT,
		profiles,
		scaling: scale,
		lazy,
		files,
		targets,
		problems: broken,
		seconds: Math.round((Date.now() - started) / 1000)
	};
	console.log(out.join('\n'));
	console.log(`\nBENCH_JSON ${JSON.stringify(result)}`);
	const dir = path.join(ROOT, 'bench/results');
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		path.join(dir, quick ? 'quick.json' : 'latest.json'),
		`${JSON.stringify(result, null, '\t')}\n`
	);
	log(`done in ${result.seconds} s`);
	if (broken.length) process.exit(1);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
