/**
 * The static map: an SVG drawn at build time from the same geometry and colours as the live map.
 * It paints in the first frame (inlined as a data URI), stands in where WebGL or JavaScript is
 * missing, prints, and becomes the PNG thumbnail for oEmbed and social cards. Each layer module
 * draws itself (`staticMap` in its module); this file gives them the projection, clipping and
 * labels, stacks their marks by slot as the live map does, and adds the legend and credits.
 */
import bboxClip from '@turf/bbox-clip';
import { feature } from '@turf/helpers';
import simplify from '@turf/simplify';
import type { Geometry, Position } from 'geojson';
import type { Bbox, MapGeometry } from '../../src/shared/app-data';
import type { LayerModule, StaticContext, Swatch } from '../../src/shared/layers/define';
import type { Registry } from '../../src/shared/layers/registry';
import { slotIndex } from '../../src/shared/layers/slots';
import type { Locale } from '../../src/shared/i18n/locales';
import type { Messages } from '../../src/shared/i18n/messages';
import { BASE, type Theme } from '../../src/shared/palette';

export const STATIC_SIZE = { width: 800, height: 520 };
/** Unquoted family names: the SVG is inlined as a data URI whose attributes use single quotes. */
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const LEGEND_ROW = 20;
const LEGEND_WIDTH = 250;

/** Web Mercator, scaled so that `bbox` fits the image with a margin, centred. */
function projector(bbox: Bbox, width: number, height: number, margin = 16) {
	const x = (lon: number) => (lon + 180) / 360;
	const y = (lat: number) => {
		const s = Math.sin((lat * Math.PI) / 180);
		return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
	};
	const [w, s, e, n] = bbox;
	const scale = Math.min(
		(width - 2 * margin) / (x(e) - x(w)),
		(height - 2 * margin) / (y(s) - y(n))
	);
	const cx = (x(w) + x(e)) / 2;
	const cy = (y(s) + y(n)) / 2;
	const project = ([lon, lat]: Position): [number, number] => [
		Math.round((width / 2 + (x(lon!) - cx) * scale) * 10) / 10,
		Math.round((height / 2 + (y(lat!) - cy) * scale) * 10) / 10
	];
	// The lon/lat box the image shows, for clipping what is drawn.
	const unproject = (px: number, py: number): [number, number] => {
		const mx = (px - width / 2) / scale + cx;
		const my = (py - height / 2) / scale + cy;
		const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI;
		return [mx * 360 - 180, lat];
	};
	const [vw, vn] = unproject(0, 0);
	const [ve, vs] = unproject(width, height);
	return { project, view: [vw, vs, ve, vn] as Bbox };
}

function pathData(g: Geometry, project: (p: Position) => [number, number]): string {
	// Relative steps in tenths of a pixel: about 40% shorter than absolute coordinates, and the
	// picture is inlined in every page.
	const num = (tenths: number) => String(tenths / 10);
	const step = (dx: number, dy: number) => `${num(dx)}${dy < 0 ? '' : ' '}${num(dy)}`;
	const ring = (r: Position[], close: boolean) => {
		const pts = r.map((p) => project(p).map((v) => Math.round(v * 10)) as [number, number]);
		const [x0, y0] = pts[0]!;
		let d = `M${num(x0)} ${num(y0)}`;
		let [lx, ly] = [x0, y0];
		for (const [x, y] of pts.slice(1)) {
			if (x === lx && y === ly) continue;
			d += `l${step(x - lx, y - ly)}`;
			[lx, ly] = [x, y];
		}
		return close ? `${d}Z` : d;
	};
	switch (g.type) {
		case 'Polygon':
			return g.coordinates.map((r) => ring(r, true)).join('');
		case 'MultiPolygon':
			return g.coordinates.flatMap((p) => p.map((r) => ring(r, true))).join('');
		case 'LineString':
			return ring(g.coordinates, false);
		case 'MultiLineString':
			return g.coordinates.map((r) => ring(r, false)).join('');
		default:
			return '';
	}
}

export const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The layers the picture shows: the basemap and every place layer visible by default. */
function drawn(registry: Registry): LayerModule[] {
	return registry.all.filter((m) => m.role === 'basemap' || m.visibleByDefault);
}

/** The picture's words: its locale's messages, for the legend, and the names' locale. */
export interface StaticWords {
	m: Messages;
	locale: Locale;
}

export function renderStaticMap(
	registry: Registry,
	geometry: MapGeometry,
	focus: Bbox,
	words: StaticWords,
	theme: Theme = 'light'
): string {
	const { width, height } = STATIC_SIZE;
	const { project, view } = projector(focus, width, height);
	const pad = 0.05;
	const clipBox: Bbox = [view[0] - pad, view[1] - pad, view[2] + pad, view[3] + pad];
	// About one pixel at this scale: finer detail cannot show.
	const tolerance = (view[2] - view[0]) / width;
	const shape = (g: Geometry) => {
		if (g.type === 'Point') return g;
		const clipped = bboxClip(feature(g as never), clipBox).geometry;
		return simplify(feature(clipped), { tolerance, highQuality: false }).geometry;
	};
	const base = BASE[theme];
	const layers = drawn(registry);
	const legendRows = layers.filter((m) => m.role === 'place' && m.staticMap.length > 0);
	const legendHeight = legendRows.length * LEGEND_ROW + 8;
	const inView = ([lon, lat]: Position) =>
		lon! > view[0] && lon! < view[2] && lat! > view[1] && lat! < view[3];
	const storyPoints = layers
		.filter((m) => m.role === 'place')
		.flatMap((m) => geometry.sources[m.id]?.features ?? [])
		.filter((f) => f.geometry.type === 'Point')
		.map((f) => project((f.geometry as GeoJSON.Point).coordinates));
	const common = {
		project,
		pathData: (g: Geometry) => pathData(shape(g), project),
		inView,
		nameOf: (p: MapGeometry['sources'][string]['features'][number]['properties']) =>
			p[`name_${words.locale}`] ?? p.name,
		underFurniture: (x: number, y: number) =>
			y > height - 18 || (x < LEGEND_WIDTH + 20 && y > height - legendHeight - 14),
		storyPoints,
		label(
			p: Position,
			text: string,
			o: { size: number; fill: string; dy: number; weight?: number }
		) {
			const [x, y] = project(p);
			return `<text x="${x}" y="${y + o.dy}" font-size="${o.size}" font-weight="${o.weight ?? 400}" fill="${o.fill}" stroke="${base.labelHalo}" stroke-width="3" paint-order="stroke" text-anchor="middle">${esc(text)}</text>`;
		}
	};

	// Every mark of every layer, stacked by slot, then module order, as the live map is.
	const marks = layers
		.flatMap((m, order) => m.staticMap.map((mark, i) => ({ m, mark, order, i })))
		.sort(
			(a, b) => slotIndex(a.mark.slot) - slotIndex(b.mark.slot) || a.order - b.order || a.i - b.i
		);
	const parts = [`<rect width="${width}" height="${height}" fill="${base.background}"/>`];
	for (const { m, mark } of marks) {
		const ctx: StaticContext = {
			...common,
			colours: { ...m.colours[theme], ...base },
			sources: geometry.sources
		};
		const svg = mark.draw(ctx).join('');
		if (svg) parts.push(`<g data-layer="${esc(m.id)}">${svg}</g>`);
	}
	parts.push(legend(legendRows, words.m, theme, height, legendHeight));
	const credits = [words.m.credit_osm(), words.m.credit_geonames()].join(' · ');
	parts.push(
		`<text x="${width - 6}" y="${height - 6}" font-size="10" fill="${base.text}" stroke="${base.labelHalo}" stroke-width="3" paint-order="stroke" text-anchor="end">${esc(credits)}</text>`
	);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT}">${parts.join('')}</svg>`;
}

/** The swatch a legend row shows, from the module's declaration (as the layer switches draw it). */
function swatchSvg(swatch: Swatch, colour: string, halo: string): string {
	const dash = swatch.dash ? ` stroke-dasharray="${swatch.dash}"` : '';
	switch (swatch.kind) {
		case 'dot':
			return `<circle cx="9" cy="1" r="5" fill="${colour}" stroke="${halo}" stroke-width="1"/>`;
		case 'line':
			return `<line x1="0" y1="1" x2="20" y2="1" stroke="${colour}" stroke-width="2"${dash}/>`;
		case 'area':
			return `<rect x="0" y="-5" width="20" height="12" fill="${colour}" fill-opacity="0.3" stroke="${colour}"${dash}/>`;
		case 'outline':
			return `<rect x="1" y="-4" width="18" height="10" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`;
	}
}

function legend(
	rows: LayerModule[],
	m: Messages,
	theme: Theme,
	height: number,
	legendHeight: number
): string {
	const base = BASE[theme];
	const y0 = height - legendHeight - 6;
	return [
		`<rect x="8" y="${y0}" width="${LEGEND_WIDTH}" height="${legendHeight}" rx="4" fill="${base.labelHalo}" fill-opacity="0.88"/>`,
		...rows.map((layer, i) => {
			if (layer.role !== 'place') return '';
			const colour = layer.colours[theme][layer.legend.swatch.colour]!;
			return `<g transform="translate(16 ${y0 + 14 + i * LEGEND_ROW})">${swatchSvg(layer.legend.swatch, colour, base.labelHalo)}<text x="28" y="5" font-size="12" fill="${base.text}">${esc(layer.legend.label(m))}</text></g>`;
		})
	].join('');
}
