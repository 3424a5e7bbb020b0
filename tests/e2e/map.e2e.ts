import { expect, test } from '@playwright/test';
import {
	archivedText,
	catalogFocus,
	excerpt,
	fold,
	idle,
	mapReady,
	mapView,
	pagePoint,
	pixelStats,
	catalogPlace,
	reliabilityNote,
	rendered,
	renderedByLayer,
	visibilityOf,
	layersOf,
	MILITARY_LAYERS,
	STYLE_LAYERS,
	watch,
	type Watch
} from './helpers';

const MONASTERY: [number, number] = [20.7825, 42.97139];
const JARINJE: [number, number] = [20.69167, 43.21861];
let w: Watch;

test.beforeEach(async ({ page }) => {
	w = await watch(page);
});
test.afterEach(async () => {
	await w.expectClean();
});

test('the map is really drawn, with every layer rendered', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	const stats = await pixelStats(
		page,
		await page.locator('canvas.maplibregl-canvas').screenshot(),
		{
			incident: '#c1121f',
			boundary: '#1f1f1f',
			kosovo: '#fbfaf6'
		}
	);
	expect(stats.distinctColours).toBeGreaterThan(40);
	expect(stats.near.incident).toBeGreaterThan(50);
	expect(stats.near.boundary).toBeGreaterThan(300);
	expect(stats.near.kosovo).toBeGreaterThan(stats.total * 0.05);

	// The Ground Safety Zone is historical and off by default; switch it on to see it drawn too.
	await page.locator('input[data-layer="ground-safety-zone"]').check();
	await idle(page);
	// Every style layer draws something: at this zoom, then closer in for the incidents' labels
	// (from zoom 10). The cluster layers exist only for very long layers.
	const drawn = new Set<string>();
	const expectDrawn = async (styleLayers: string[]) => {
		for (const [id, ids] of Object.entries(await renderedByLayer(page, styleLayers))) {
			expect(ids, id).not.toEqual([]);
			drawn.add(id);
		}
	};
	for (const styleLayers of Object.values(STYLE_LAYERS)) await expectDrawn(styleLayers);
	expect(await rendered(page, ['incidents-point'])).toEqual(
		expect.arrayContaining([
			'banjska-monastery-siege',
			'banjska-police-ambush',
			'zvecan-clashes-2023-05'
		])
	);
	// Closer in, what waits for zoom 10 draws too: the incidents' labels at the monastery, the
	// context places at the Jarinje crossing (by the monastery their labels give way to the story's).
	const everyLayer = Object.values(STYLE_LAYERS).flat();
	for (const center of [MONASTERY, JARINJE]) {
		await page.evaluate((center) => {
			const map = (window as unknown as { nkmMap: import('maplibre-gl').Map }).nkmMap;
			map.jumpTo({ center, zoom: 11.5 });
		}, center);
		await idle(page);
		const here = await renderedByLayer(page, everyLayer);
		for (const [id, ids] of Object.entries(here)) if (ids.length > 0) drawn.add(id);
	}
	expect([...drawn].sort()).toEqual(everyLayer.filter((l) => !/-cluster/.test(l)).sort());
});

test('each toggle really hides and shows its layer, and the group switches all military layers', async ({
	page
}) => {
	await page.goto('/');
	await mapReady(page);
	await page.locator('input[data-layer="ground-safety-zone"]').check();
	await idle(page);
	const before = await page.evaluate(() => {
		const w = window as unknown as { nkmMap: import('maplibre-gl').Map; mapBefore: unknown };
		w.mapBefore = w.nkmMap;
		return w.nkmMap.getStyle().layers.length;
	});
	for (const [layer, styleLayers] of Object.entries(STYLE_LAYERS)) {
		const box = page.locator(`input[data-layer="${layer}"]`);
		await box.uncheck();
		await idle(page);
		expect(await visibilityOf(page, styleLayers), `${layer} hidden`).toEqual(['none']);
		expect(await rendered(page, styleLayers), `${layer} hidden`).toEqual([]);
		await box.check();
		await idle(page);
		expect(await visibilityOf(page, styleLayers), `${layer} shown`).toEqual(['visible']);
		for (const [id, ids] of Object.entries(await renderedByLayer(page, styleLayers))) {
			expect(ids, `${id} shown`).not.toEqual([]);
		}
	}
	const group = page.locator('input[data-layer-group="military"]');
	await group.uncheck();
	await idle(page);
	for (const layer of MILITARY_LAYERS) expect(await rendered(page, layersOf(layer))).toEqual([]);
	expect(await rendered(page, layersOf('incidents'))).not.toEqual([]);
	await group.check();
	await idle(page);
	for (const layer of MILITARY_LAYERS)
		expect(await rendered(page, layersOf(layer))).not.toEqual([]);
	// Toggling never rebuilds the map: the same instance, with the same style layers.
	const after = await page.evaluate(() => {
		const w = window as unknown as { nkmMap: import('maplibre-gl').Map; mapBefore: unknown };
		return { same: w.mapBefore === w.nkmMap, layers: w.nkmMap.getStyle().layers.length };
	});
	expect(after).toEqual({ same: true, layers: before });
});

test('clicking the monastery opens a popup quoting its source verbatim', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	const lead = excerpt('bbc-banjska-firefight');
	const at = await pagePoint(page, MONASTERY);
	await page.mouse.click(at.x, at.y);
	const popup = page.locator('.maplibregl-popup');
	await expect(popup).toBeVisible();
	await expect(popup.getByRole('heading', { name: 'Banjska Monastery siege' })).toBeVisible();
	await expect(popup).toContainText(lead.exact);
	await expect(popup).toContainText('Opsada manastira Banjska');
	await expect(popup).toContainText('Rrethimi i Manastirit të Banjskës');
	// The words in the popup are the archive's words.
	const quote = (await popup.locator('blockquote').first().textContent())!.replace(/^“|”$/g, '');
	const archive = archivedText(lead.source);
	if (archive) expect(archive).toContain(fold(quote));
	// The full details beside the map group the claims by who makes them.
	const details = page.locator('.details');
	await expect(
		details.getByRole('heading', { name: 'Kosovo’s government and police' })
	).toBeVisible();
	await expect(details.getByRole('heading', { name: 'Serbia’s government' })).toBeVisible();
	await expect(details).toContainText(excerpt('bne-vucic-denial').exact);
	await expect(page.locator('button[data-place="banjska-monastery-siege"]')).toHaveAttribute(
		'aria-current',
		'true'
	);
	await expect(page).toHaveURL(/place=banjska-monastery-siege/);
});

test('the keyboard alone opens a place from the list, and Escape returns to it', async ({
	page
}) => {
	await page.goto('/');
	await mapReady(page);
	const item = page.locator('button[data-place="banjska-monastery-siege"]');
	for (let i = 0; i < 40 && !(await item.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(item).toBeFocused();
	await page.keyboard.press('Enter');
	const heading = page.locator('.details h2');
	await expect(heading).toBeFocused();
	await expect(page.locator('.details')).toContainText(
		excerpt('bne-kosovo-casualty-figures').exact
	);
	await expect(page.locator('.maplibregl-popup')).toContainText(
		excerpt('bbc-banjska-firefight').exact
	);
	await page.keyboard.press('Escape');
	await expect(page.locator('.details')).toHaveCount(0);
	await expect(item).toBeFocused();
});

test('a shared link reopens its layers, place and view', async ({ page }) => {
	await page.goto(
		'/?layers=incidents,boundary&place=zvecan-clashes-2023-05&view=20.8400,42.9100,11.00'
	);
	await mapReady(page);
	await idle(page);
	expect(await rendered(page, layersOf('deployment-area'))).toEqual([]);
	expect(await rendered(page, layersOf('municipalities'))).toEqual([]);
	expect(await rendered(page, layersOf('incidents'))).toContain('zvecan-clashes-2023-05');
	await expect(page.locator('input[data-layer="deployment-area"]')).not.toBeChecked();
	await expect(page.locator('.details')).toContainText('Zvečan clashes');
	const view = await mapView(page);
	expect(view.lng).toBeCloseTo(20.84, 3);
	expect(view.lat).toBeCloseTo(42.91, 3);
	expect(view.zoom).toBeCloseTo(11, 1);
});

test('garbage parameters are ignored', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	const fitted = await mapView(page);
	await page.goto('/?layers=<script>alert(1)</script>&place=__proto__&view=NaN,1e9,-4&dark=maybe');
	await mapReady(page);
	await expect(page.locator('.details')).toHaveCount(0);
	await expect(page.locator('input[data-layer="incidents"]')).toBeChecked();
	await expect(page.locator('input[data-layer="ground-safety-zone"]')).not.toBeChecked();
	expect(await rendered(page, layersOf('incidents'))).not.toEqual([]);
	// The bad view is dropped: the map opens on the same fit of the places as with no parameters.
	const view = await mapView(page);
	const [w, s, e, n] = catalogFocus();
	expect(view.lng).toBeGreaterThan(w);
	expect(view.lng).toBeLessThan(e);
	expect(view.lat).toBeGreaterThan(s);
	expect(view.lat).toBeLessThan(n);
	expect(view.zoom).toBeCloseTo(fitted.zoom, 3);
	expect(view.lng).toBeCloseTo(fitted.lng, 4);
	expect(view.lat).toBeCloseTo(fitted.lat, 4);
	await expect(page).not.toHaveURL(/view=/);
});

// The axe scans (every page and state, light and dark, any impact) are in accessibility.e2e.ts.

test('a weak source’s reliability note is readable: a label by the quote, the note in the card', async ({
	page
}) => {
	const note = reliabilityNote('caspian-times-2023');
	await page.goto('/?place=ground-safety-zone-1999');
	await mapReady(page);
	const details = page.locator('.details');
	await expect(details.locator('.weak').first()).toBeVisible();
	await expect(details.locator('.weak').first()).toHaveText('· reliability note');
	const about = details.locator('details', { hasText: 'About these sources' });
	await expect(about.getByText(note)).toBeHidden();
	await about.getByText('About these sources').click();
	await expect(about.getByText(note)).toBeVisible();
	await expect(about).toContainText('The Caspian Times');
	// Only sources with a note are listed, once each: this place quotes one source.
	await expect(about.locator('p')).toHaveCount(1);
	// The popup stays short: the label, not the note.
	const popup = page.locator('.maplibregl-popup');
	await expect(popup.locator('.weak')).toHaveText('· reliability note');
	await expect(popup).not.toContainText(note);
});

test('on a desktop, a place from a link or the list shows whole, with its popup', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/?place=banjska-police-ambush');
	await mapReady(page);
	for (const id of ['banjska-police-ambush', 'banjska-monastery-siege', 'zvecan']) {
		if (id !== 'banjska-police-ambush') await page.locator(`button[data-place="${id}"]`).click();
		const popup = page.locator('.maplibregl-popup');
		await expect(popup).toContainText(catalogPlace(id).names.en);
		await page.waitForFunction(
			() => !(window as unknown as { nkmMap: import('maplibre-gl').Map }).nkmMap.isMoving()
		);
		await idle(page);
		const map = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
		const box = (await popup.boundingBox())!;
		expect(box.y, `${id}: popup top`).toBeGreaterThanOrEqual(map.y);
		expect(box.y + box.height, `${id}: popup bottom`).toBeLessThanOrEqual(map.y + map.height);
		expect(box.x, `${id}: popup left`).toBeGreaterThanOrEqual(map.x);
		expect(box.x + box.width, `${id}: popup right`).toBeLessThanOrEqual(map.x + map.width);
	}
});

test('on a phone, a place chosen from the list lands above the sheet of its details', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await mapReady(page);
	await page.getByRole('button', { name: /Places/ }).click();
	// A point flies to the place, an area fits its bounds: both into the part the sheet leaves.
	for (const id of ['banjska-monastery-siege', 'zvecan']) {
		const place = catalogPlace(id);
		await page.locator(`button[data-place="${id}"]`).click();
		const sheet = page.locator('.sheet');
		await expect(sheet).toContainText(place.names.en);
		await page.waitForFunction(
			() => !(window as unknown as { nkmMap: import('maplibre-gl').Map }).nkmMap.isMoving()
		);
		await idle(page);
		const sheetTop = (await sheet.boundingBox())!.y;
		const mapBox = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
		expect(sheetTop, 'the sheet covers part of the map').toBeLessThan(mapBox.y + mapBox.height);
		const [w, s, e, n] = place.bbox;
		const margin = place.geometryType === 'Point' ? 24 : 0;
		const top = await pagePoint(page, [(w + e) / 2, n]);
		const bottom = await pagePoint(page, [(w + e) / 2, s]);
		expect(top.y, `${id}: north edge`).toBeGreaterThanOrEqual(mapBox.y + margin);
		expect(bottom.y, `${id}: south edge`).toBeLessThanOrEqual(sheetTop - margin);
		await page.getByRole('button', { name: 'Close details' }).click();
	}
});

for (const [name, viewport] of [
	['desktop', { width: 1280, height: 800 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test(`screenshots on ${name} show the map and a place`, async ({ page }, info) => {
		await page.setViewportSize(viewport);
		await page.goto('/');
		await mapReady(page);
		await page.screenshot({ path: info.outputPath(`${name}-map.png`) });
		const at = await pagePoint(page, MONASTERY);
		await page.mouse.click(at.x, at.y);
		await expect(page.locator('.details, .sheet').first()).toContainText(
			excerpt('bbc-banjska-firefight').exact
		);
		await page.waitForTimeout(600);
		const shot = await page.screenshot({ path: info.outputPath(`${name}-place.png`) });
		const stats = await pixelStats(page, shot, { incident: '#c1121f' });
		expect(stats.distinctColours).toBeGreaterThan(40);
	});
}

test('in print the static map and every place with its excerpts replace the canvas', async ({
	page
}) => {
	await page.goto('/embed');
	await mapReady(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('canvas.maplibregl-canvas')).toBeHidden();
	const picture = page.locator('img.static-map');
	await expect(picture).toBeVisible();
	expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
	const digest = page.locator('.print-only');
	await expect(digest).toBeVisible();
	for (const id of ['banjska-monastery-siege', 'zvecan-clashes-2023-05']) {
		await expect(digest).toContainText(catalogPlace(id).names.en);
	}
	await expect(digest).toContainText(excerpt('bbc-banjska-firefight').exact);
});

test('a map page reached by in-app navigation still has its static picture', async ({ page }) => {
	await page.goto('/sources');
	const link = page.locator('a[href*="?place=banjska-monastery-siege"]').first();
	await page.locator('details', { has: link }).first().locator('summary').click();
	await link.click();
	await expect(page).toHaveURL(/place=banjska-monastery-siege/);
	const picture = page.locator('img.static-map');
	// Rendered in the browser, the picture comes from its file rather than the inlined data URI.
	await expect
		.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
		.toBe(800);
	expect(await picture.getAttribute('src')).not.toMatch(/^data:/);
	await mapReady(page);
});
