/** Shared helpers for the browser tests: a clean-page watcher, map readiness, pixels, hit-testing. */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { registry } from '../../geo/lib/layers';

/** The style layers of each data layer, as the map switches them: the tests cover every one. */
export const STYLE_LAYERS: Record<string, string[]> = Object.fromEntries(
	registry.ids.map((id) => [id, registry.styleLayerIds(id)])
);
export const MILITARY_LAYERS = registry.military;
/** One data layer's style layers; an unknown id is a broken test, not an empty list. */
export function layersOf(id: string): string[] {
	const ids = STYLE_LAYERS[id];
	if (!ids?.length) throw new Error(`no layer module declares "${id}"`);
	return ids;
}
export { registry };

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Not the app's: SwiftShader reports GPU stalls while MapLibre reads pixels back; and Chromium
 * warns the host page about the sandbox we recommend (allow-scripts with allow-same-origin, which
 * the map's module worker needs; see README, "Embed this map").
 */
const NOISE = [
	/GL Driver Message/,
	/GPU stall due to ReadPixels/,
	/both allow-scripts and allow-same-origin for its sandbox attribute/
];

export interface Watch {
	problems: string[];
	expectClean(): Promise<void>;
}

/** Records page errors, console errors and warnings, failed requests and CSP violations. */
export async function watch(page: Page, options: { javaScript?: boolean } = {}): Promise<Watch> {
	const problems: string[] = [];
	const javaScript = options.javaScript ?? true;
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if ((m.type() === 'error' || m.type() === 'warning') && !NOISE.some((n) => n.test(m.text()))) {
			problems.push(`console ${m.type()}: ${m.text()}`);
		}
	});
	// Without JavaScript, Chromium cancels the module preloads: expected, not a failure.
	page.on('requestfailed', (r) => {
		if (javaScript) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
	});
	page.on('worker', (w) =>
		w.on('console', (m) => m.type() === 'error' && problems.push(`worker: ${m.text()}`))
	);
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	return {
		problems,
		async expectClean() {
			expect(problems, problems.join('\n')).toEqual([]);
		}
	};
}

export async function mapReady(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
		timeout: 30_000
	});
}

/** Rendered feature ids of some style layers, through MapLibre's own hit-testing. */
export async function rendered(page: Page, styleLayers: string[]): Promise<string[]> {
	return page.evaluate((layers) => {
		const map = (window as unknown as { nkmMap: import('maplibre-gl').Map }).nkmMap;
		const present = layers.filter((l) => map.getLayer(l));
		return map.queryRenderedFeatures({ layers: present }).map((f) => String(f.properties.id));
	}, styleLayers);
}

/** For each of these style layers that the map has and draws at its zoom, the ids it renders. */
export async function renderedByLayer(
	page: Page,
	styleLayers: string[]
): Promise<Record<string, string[]>> {
	return page.evaluate((layers) => {
		const map = (window as unknown as { nkmMap: import('maplibre-gl').Map }).nkmMap;
		const z = map.getZoom();
		const present = layers.filter((l) => {
			const layer = map.getLayer(l);
			return layer && z >= (layer.minzoom ?? 0) && z < (layer.maxzoom ?? 24);
		});
		return Object.fromEntries(
			present.map((l) => [
				l,
				map.queryRenderedFeatures({ layers: [l] }).map((f) => String(f.properties.id))
			])
		);
	}, styleLayers);
}

/** The distinct `visibility` of these style layers, for those the map has. */
export async function visibilityOf(page: Page, styleLayers: string[]): Promise<string[]> {
	return page.evaluate((layers) => {
		const map = (window as unknown as { nkmMap: import('maplibre-gl').Map }).nkmMap;
		const present = layers.filter((l) => map.getLayer(l));
		return [
			...new Set(present.map((l) => String(map.getLayoutProperty(l, 'visibility') ?? 'visible')))
		];
	}, styleLayers);
}

/** Waits for the map to finish drawing after a change. */
export async function idle(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = (window as unknown as { nkmMap: import('maplibre-gl').Map }).nkmMap;
				// A repaint makes an already idle map fire 'idle' again.
				map.once('idle', () => resolve());
				map.triggerRepaint();
			})
	);
}

/** The map's centre and zoom. */
export async function mapView(page: Page) {
	return page.evaluate(() => {
		const map = (window as unknown as { nkmMap: import('maplibre-gl').Map }).nkmMap;
		const { lng, lat } = map.getCenter();
		return { lng, lat, zoom: map.getZoom() };
	});
}

/** The catalog the site was built with (`npm run geo:build`). */
function builtCatalog(): {
	focus: [number, number, number, number];
	places: {
		id: string;
		layer: string;
		names: { en: string };
		bbox: [number, number, number, number];
		geometryType: string;
	}[];
	sources: Record<string, { reliability?: string }>;
} {
	return JSON.parse(readFileSync(path.join(ROOT, 'src/lib/generated/catalog/en.json'), 'utf8'));
}
/** The extent the map opens on: west, south, east, north. */
export const catalogFocus = () => builtCatalog().focus;
/** How many places the list gives: those of the layers listed (context places are not). */
export const catalogPlaceCount = () =>
	builtCatalog().places.filter((p) => registry.place(p.layer)?.listed).length;
export const catalogPlace = (id: string) => builtCatalog().places.find((p) => p.id === id)!;
export const reliabilityNote = (source: string) => builtCatalog().sources[source]!.reliability!;
/** The listed places with their dates, as the timeline reads them. */
export const listedPlacesWithDates = () =>
	(
		builtCatalog().places as unknown as {
			id: string;
			layer: string;
			dates: { value: string; precision: 'day' | 'month' | 'year'; of?: 'event' | 'data' }[];
		}[]
	).filter((p) => registry.place(p.layer)?.listed);

/** Where a longitude/latitude is on the page, in CSS pixels. */
export async function pagePoint(page: Page, lngLat: [number, number]) {
	return page.evaluate((ll) => {
		const map = (window as unknown as { nkmMap: import('maplibre-gl').Map }).nkmMap;
		const p = map.project(ll);
		const r = map.getCanvas().getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y };
	}, lngLat);
}

export interface PixelStats {
	total: number;
	distinctColours: number;
	/** Mean of (r + g + b) / 3, from 0 (black) to 255 (white). */
	meanBrightness: number;
	near: Record<string, number>;
}

/**
 * Decodes a PNG in a blank page (so no decoding code runs under the app's CSP) and counts its
 * distinct colours and the pixels within `tolerance` of each named colour.
 */
export async function pixelStats(
	page: Page,
	png: Buffer,
	colours: Record<string, string>,
	tolerance = 40
): Promise<PixelStats> {
	const blank = await page.context().newPage();
	try {
		return await blank.evaluate(
			async ({ b64, colours, tolerance }) => {
				const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
				const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
				const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(bitmap, 0, 0);
				const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
				const targets = Object.entries(colours).map(([name, hex]) => [
					name,
					parseInt(hex.slice(1, 3), 16),
					parseInt(hex.slice(3, 5), 16),
					parseInt(hex.slice(5, 7), 16)
				]) as [string, number, number, number][];
				const near: Record<string, number> = Object.fromEntries(targets.map(([n]) => [n, 0]));
				const distinct = new Set<number>();
				let brightness = 0;
				for (let i = 0; i < data.length; i += 4) {
					const r = data[i]!,
						g = data[i + 1]!,
						b = data[i + 2]!;
					brightness += (r + g + b) / 3;
					distinct.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
					for (const [name, tr, tg, tb] of targets) {
						if (Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) <= tolerance) near[name]!++;
					}
				}
				const total = data.length / 4;
				return { total, distinctColours: distinct.size, meanBrightness: brightness / total, near };
			},
			{ b64: png.toString('base64'), colours, tolerance }
		);
	} finally {
		await blank.close();
	}
}

/** The ISO folding of the archive README, to check a quote in the page against its article. */
export function fold(text: string) {
	return text
		.normalize('NFC')
		.replace(/\s+/gu, ' ')
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201C\u201D]/g, '"');
}

export interface ExcerptRecord {
	id: string;
	source: string;
	exact: string;
}

export function excerpt(id: string): ExcerptRecord {
	const all = JSON.parse(readFileSync(path.join(ROOT, 'geo/excerpts.json'), 'utf8'))
		.excerpts as ExcerptRecord[];
	return all.find((e) => e.id === id)!;
}

/** The archived article's folded text, or null when the archive is not beside the project. */
export function archivedText(sourceId: string): string | null {
	const sources = JSON.parse(readFileSync(path.join(ROOT, 'geo/sources.json'), 'utf8')).sources as {
		id: string;
		archiveFile: string;
	}[];
	const file = sources.find((s) => s.id === sourceId)!.archiveFile;
	const dir = path.resolve(ROOT, process.env.NKM_SOURCES_DIR ?? '../shared/sources');
	try {
		return fold(readFileSync(path.join(dir, file), 'utf8'));
	} catch {
		return null;
	}
}
