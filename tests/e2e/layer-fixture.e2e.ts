/**
 * Adding a layer is adding its module, its data and its words (README, "Adding a layer"). A
 * copy of the project gets the fixture layer of tests/fixtures/layers/landmarks/ and nothing
 * else, builds as the project does, and is served by the project's nginx on a port of its own;
 * then the new layer must be checked, drawn, clickable, switched from the legend, named in the
 * URL, drawn in the static picture and described in its alt text. About two minutes, most of it
 * the build.
 */
import { expect, test } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { idle, mapReady, pagePoint, rendered, watch, type Watch } from './helpers';
import {
	changedFiles,
	makeWorkspace,
	readFixture,
	removeWorkspace,
	ROOT,
	run,
	serve,
	stop
} from './layer-workspace';

const PORT = 4183;
const fixture = readFixture(path.join(ROOT, 'tests/fixtures/layers/landmarks'));
const BRIDGE: [number, number] = [20.86611, 42.89167];
const POINTS = 'landmarks-point';
const PURPLE = '#7048e8';

let ws: string | undefined;
let server: ChildProcess | undefined;
let build = '';

// One copy, one build: every test here runs in the same worker, in order.
test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeAll(async () => {
	test.setTimeout(300_000);
	ws = makeWorkspace(fixture);
	const built = await run(ws, 'npm', ['run', 'build']);
	build = built.output;
	expect(built.status, built.output.slice(-4000)).toBe(0);
	server = await serve(ws, PORT);
});
test.afterAll(() => {
	stop(server);
	removeWorkspace(ws);
});

let w: Watch;
test.beforeEach(async ({ page }) => {
	w = await watch(page);
});
test.afterEach(async () => {
	await w.expectClean();
});

test('the layer is its module, its data and its words: no other file changes', () => {
	const { missing, changed, added } = changedFiles(ws!);
	expect(missing).toEqual([]);
	expect(added.sort()).toEqual(
		[`src/shared/layers/${fixture.module}`, ...fixture.data.map((f) => `geo/data/${f}`)].sort()
	);
	expect(changed.sort()).toEqual(fixture.messages.map((f) => `messages/${f}`).sort());
});

test('the module type-checks where it sits, against the layer contract and the words', async () => {
	const checked = await run(ws!, 'npx', [
		'tsc',
		'--ignoreConfig',
		'--noEmit',
		'--strict',
		'--noUncheckedIndexedAccess',
		'--skipLibCheck',
		'--allowJs',
		'--moduleResolution',
		'bundler',
		'--module',
		'esnext',
		'--target',
		'es2022',
		`src/shared/layers/${fixture.module}`
	]);
	expect(checked.output).toBe('');
	expect(checked.status).toBe(0);
});

test('the check accepts the layer, and refuses a bad feature naming its file, id and field', async () => {
	// The build ran the full check: it passed, and counted the two new features.
	expect(build).toMatch(/geo:build: wrote/);
	const catalog = JSON.parse(
		readFileSync(path.join(ws!, 'src/lib/generated/catalog/en.json'), 'utf8')
	) as { counts: Record<string, number> };
	expect(catalog.counts.landmarks).toBe(2);

	const file = path.join(ws!, 'geo/data/landmarks.geojson');
	const good = readFileSync(file, 'utf8');
	const data = JSON.parse(good);
	data.features[1].properties.category = 'tollbooth';
	writeFileSync(file, JSON.stringify(data));
	try {
		const checked = await run(ws!, 'npx', ['tsx', 'geo/scripts/check.ts', '--fast']);
		expect(checked.status).toBe(1);
		expect(checked.output).toMatch(
			/data\/landmarks\.geojson "zvecan-town" at \/features\/1\/properties\/category: .*— saw "tollbooth"; expected .*bridge.*town/
		);
	} finally {
		writeFileSync(file, good);
	}
});

test('the map draws the layer, a click opens its place, the legend and the URL switch it', async ({
	page
}) => {
	await page.goto('/');
	await mapReady(page);
	expect((await rendered(page, [POINTS])).sort()).toEqual(['ibar-new-bridge', 'zvecan-town']);
	await expect(page.locator('button[data-place="zvecan-town"]')).toBeVisible();

	// Close in, the bridge stands apart from the other places, and a click opens it.
	await page.goto(`/?view=${BRIDGE.join(',')},14`);
	await mapReady(page);
	const at = await pagePoint(page, BRIDGE);
	await page.mouse.click(at.x, at.y);
	const popup = page.locator('.maplibregl-popup');
	await expect(popup.getByRole('heading', { name: 'New Bridge, Mitrovica' })).toBeVisible();
	await expect(page).toHaveURL(/place=ibar-new-bridge/);

	// The legend switches it off, and the URL says which layers stay on.
	await page.locator('input[data-layer="landmarks"]').uncheck();
	await idle(page);
	expect(await rendered(page, [POINTS])).toEqual([]);
	await expect(page).toHaveURL(/layers=incidents(%2C|,)/);
	expect(new URL(page.url()).searchParams.get('layers')!.split(',')).not.toContain('landmarks');

	// And a link that names it alone shows it alone.
	await page.goto('/?layers=landmarks');
	await mapReady(page);
	await expect(page.locator('input[data-layer="landmarks"]')).toBeChecked();
	await expect(page.locator('input[data-layer="incidents"]')).not.toBeChecked();
	expect((await rendered(page, [POINTS])).sort()).toEqual(['ibar-new-bridge', 'zvecan-town']);
	expect(await rendered(page, ['incidents-point'])).toEqual([]);
});

test('the static picture draws the layer, its legend names it, its alt text names its places', async ({
	page
}) => {
	await page.goto('/');
	const picture = page.locator('img.static-map');
	// The page inlines the picture as a data URI, its quotes turned to apostrophes.
	const inlined = decodeURIComponent((await picture.getAttribute('src'))!).replace(/'/g, '"');
	// The file the PNG (the oEmbed thumbnail, the social cards) is rendered from: the same picture.
	const file = readFileSync(path.join(ws!, 'src/lib/generated/static-map/en.svg'), 'utf8');
	for (const svg of [inlined, file]) {
		const group = svg.match(/<g data-layer="landmarks">(.*?)<\/g>/)?.[1] ?? '';
		expect(group.match(new RegExp(`<circle [^>]*fill="${PURPLE}"`, 'g'))).toHaveLength(2);
		expect(svg).toMatch(
			new RegExp(
				`<g transform="[^"]+"><circle [^>]*fill="${PURPLE}"[^>]*/><text [^>]*>Landmarks</text></g>`
			)
		);
	}
	await expect(picture).toHaveAttribute(
		'alt',
		/the landmarks New Bridge, Mitrovica and Zvečan town in purple/i
	);
});
