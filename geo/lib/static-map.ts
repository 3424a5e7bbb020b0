/**
 * The static map: an SVG drawn at build time from the same geometry and colours as the live map.
 * It paints in the first frame (inlined as a data URI), stands in where WebGL or JavaScript is
 * missing, prints, and becomes the PNG thumbnail for oEmbed and social cards.
 */
import bboxClip from '@turf/bbox-clip';
import { feature } from '@turf/helpers';
import simplify from '@turf/simplify';
import type { Feature, Geometry, Position } from 'geojson';
import { CLUSTER_RADII, CLUSTER_THRESHOLD, type Bbox, type MapGeometry } from './app-data';

export interface StaticPalette {
	background: string;
	kosovo: string;
	serbia: string;
	otherCountry: string;
	countryBorder: string;
	countryLabel: string;
	town: string;
	townLabel: string;
	labelHalo: string;
	incident: string;
	incidentStroke: string;
	municipality: string;
	municipalityFill: string;
	boundary: string;
	deployment: string;
	kfor: string;
}

export const STATIC_SIZE = { width: 800, height: 520 };
/** Unquoted family names: the SVG is inlined as a data URI whose attributes use single quotes. */
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

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

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Cells of the grid that stands in for the live map's clusters (its cluster radius is 40 px). */
const CLUSTER_CELL_PX = 40;

/** Points drawn one by one, or, above the threshold, one circle per grid cell with its count. */
function incidentMarks(
	points: { at: [number, number]; approximate: boolean }[],
	palette: StaticPalette
): string[] {
	if (points.length <= CLUSTER_THRESHOLD) {
		// Approximate places first, so an exact point sharing their spot draws on top.
		return [...points]
			.sort((a, b) => Number(b.approximate) - Number(a.approximate))
			.map(({ at: [x, y], approximate }) =>
				approximate
					? `<circle cx="${x}" cy="${y}" r="7" fill="${palette.incidentStroke}" stroke="${palette.incident}" stroke-width="2.5"/>`
					: `<circle cx="${x}" cy="${y}" r="7" fill="${palette.incident}" stroke="${palette.incidentStroke}" stroke-width="2"/>`
			);
	}
	const cells = new Map<string, { n: number; x: number; y: number }>();
	for (const { at } of points) {
		const key = `${Math.floor(at[0] / CLUSTER_CELL_PX)},${Math.floor(at[1] / CLUSTER_CELL_PX)}`;
		const c = cells.get(key) ?? { n: 0, x: 0, y: 0 };
		c.n++;
		c.x += at[0];
		c.y += at[1];
		cells.set(key, c);
	}
	return [...cells.values()].flatMap(({ n, x, y }) => {
		const [cx, cy] = [Math.round((x / n) * 10) / 10, Math.round((y / n) * 10) / 10];
		const r = CLUSTER_RADII.filter(([from]) => n >= from).at(-1)![1];
		const count = n >= 1000 ? `${Math.round(n / 100) / 10}k` : String(n);
		return [
			`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${palette.incident}" fill-opacity="0.85" stroke="${palette.incidentStroke}" stroke-width="2"/>`,
			`<text x="${cx}" y="${cy + 4}" font-size="11" fill="${palette.incidentStroke}" text-anchor="middle">${count}</text>`
		];
	});
}

export function renderStaticMap(
	geometry: MapGeometry,
	focus: Bbox,
	palette: StaticPalette,
	credits: string
): string {
	const { width, height } = STATIC_SIZE;
	const { project, view } = projector(focus, width, height);
	const pad = 0.05;
	const clipBox: Bbox = [view[0] - pad, view[1] - pad, view[2] + pad, view[3] + pad];
	// About one pixel at this scale: finer detail cannot show.
	const tolerance = (view[2] - view[0]) / width;
	const shape = (f: Feature) => {
		const g = f.geometry;
		if (g.type === 'Point') return g;
		const clipped = bboxClip(feature(g as never), clipBox).geometry;
		return simplify(feature(clipped), { tolerance, highQuality: false }).geometry;
	};
	const paths = (fc: { features: Feature[] }, attrs: string) =>
		fc.features
			.map((f) => pathData(shape(f), project))
			.filter((d) => d.length > 0)
			.map((d) => `<path d="${d}" ${attrs}/>`)
			.join('');
	const inView = ([lon, lat]: Position) =>
		lon! > view[0] && lon! < view[2] && lat! > view[1] && lat! < view[3];
	const label = (
		p: Position,
		text: string,
		size: number,
		fill: string,
		dy: number,
		weight = 400
	) => {
		const [x, y] = project(p);
		return `<text x="${x}" y="${y + dy}" font-size="${size}" font-weight="${weight}" fill="${fill}" stroke="${palette.labelHalo}" stroke-width="3" paint-order="stroke" text-anchor="middle">${esc(text)}</text>`;
	};
	const countryFill = (id: string) =>
		id === 'kosovo' ? palette.kosovo : id === 'serbia' ? palette.serbia : palette.otherCountry;

	const parts: string[] = [
		`<rect width="${width}" height="${height}" fill="${palette.background}"/>`,
		...geometry.countries.features.map(
			(f) => `<path d="${pathData(shape(f), project)}" fill="${countryFill(f.properties.id)}"/>`
		),
		paths(
			geometry.layers['deployment-area'],
			`fill="${palette.deployment}" fill-opacity="0.16" stroke="${palette.deployment}" stroke-width="1" stroke-dasharray="3 2"`
		),
		paths(geometry.countries, `fill="none" stroke="${palette.countryBorder}" stroke-width="0.8"`),
		paths(
			{
				features: geometry.layers.municipalities.features.filter((f) => f.geometry.type !== 'Point')
			},
			`fill="${palette.municipalityFill}" fill-opacity="0.1" stroke="${palette.municipality}" stroke-width="1.2"`
		),
		paths(
			geometry.layers['kfor-reinforcement'],
			`fill="none" stroke="${palette.kfor}" stroke-width="2.5" stroke-dasharray="4 3" stroke-opacity="0.85"`
		),
		paths(
			geometry.layers.boundary,
			`fill="none" stroke="${palette.boundary}" stroke-width="2" stroke-linejoin="round"`
		)
	];
	const incidents = geometry.layers.incidents.features.map((f) => ({
		at: project((f.geometry as { coordinates: Position }).coordinates),
		approximate: f.properties.precision === 'approximate'
	}));
	// Town names give way to the story's places: none within 30 px of a municipality or incident.
	const storyPoints = [
		...geometry.layers.municipalities.features
			.filter((f) => f.geometry.type === 'Point')
			.map((f) => project((f.geometry as { coordinates: Position }).coordinates)),
		...incidents.map((i) => i.at)
	];
	for (const town of geometry.towns.features) {
		const p = (town.geometry as { coordinates: Position }).coordinates;
		const [tx, ty] = project(p);
		// The label sits 15 px below its dot: keep it off the credits line and the legend.
		const underFurniture = ty + 15 > height - 18 || (tx < 270 && ty + 15 > height - 80);
		if (
			!inView(p) ||
			underFurniture ||
			storyPoints.some(([x, y]) => Math.hypot(x - tx, y - ty) < 30)
		)
			continue;
		const [x, y] = project(p);
		parts.push(`<circle cx="${x}" cy="${y}" r="2.5" fill="${palette.town}"/>`);
		parts.push(label(p, town.properties.name, 12, palette.townLabel, 15));
	}
	for (const m of geometry.layers.municipalities.features) {
		const g = m.geometry;
		const anchor: Position = g.type === 'Point' ? g.coordinates : polygonLabelPoint(g as never);
		if (g.type === 'Point') {
			const [x, y] = project(anchor);
			parts.push(
				`<circle cx="${x}" cy="${y}" r="6" fill="${palette.kosovo}" stroke="${palette.municipality}" stroke-width="2.5"/>`
			);
		}
		parts.push(
			label(anchor, m.properties.name, 13, palette.municipality, g.type === 'Point' ? 20 : 4, 600)
		);
	}
	parts.push(...incidentMarks(incidents, palette));
	parts.push(legend(palette, height));
	parts.push(
		`<text x="${width - 6}" y="${height - 6}" font-size="10" fill="${palette.townLabel}" stroke="${palette.labelHalo}" stroke-width="3" paint-order="stroke" text-anchor="end">${esc(credits)}</text>`
	);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT}">${parts.join('')}</svg>`;
}

/** The vertex-average of the largest ring: good enough to place a name on a compact municipality. */
function polygonLabelPoint(g: {
	type: 'Polygon' | 'MultiPolygon';
	coordinates: Position[][] | Position[][][];
}): Position {
	const rings = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
	const outer = rings.map((p) => p[0]!).sort((a, b) => b.length - a.length)[0]!;
	const sum = outer.reduce((acc, p) => [acc[0]! + p[0]!, acc[1]! + p[1]!], [0, 0]);
	return [sum[0]! / outer.length, sum[1]! / outer.length];
}

function legend(p: StaticPalette, height: number): string {
	const y0 = height - 74;
	const row = (i: number, swatch: string, text: string) =>
		`<g transform="translate(16 ${y0 + 10 + i * 20})">${swatch}<text x="28" y="5" font-size="12" fill="${p.townLabel}">${text}</text></g>`;
	return [
		`<rect x="8" y="${y0}" width="250" height="68" rx="4" fill="${p.labelHalo}" fill-opacity="0.88"/>`,
		row(0, `<circle cx="9" cy="1" r="5" fill="${p.incident}"/>`, 'Incident (ring: approximate)'),
		row(
			1,
			`<line x1="0" y1="1" x2="20" y2="1" stroke="${p.boundary}" stroke-width="2"/>`,
			'Kosovo–Serbia boundary'
		),
		row(
			2,
			`<rect x="0" y="-5" width="20" height="12" fill="${p.deployment}" fill-opacity="0.3" stroke="${p.deployment}" stroke-dasharray="3 2"/>`,
			'Reported deployment (approx., 15 km band)'
		)
	].join('');
}
