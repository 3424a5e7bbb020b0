/**
 * npm run geo:build — runs the full data check, then writes what the app imports into
 * src/lib/generated/ (gitignored, rebuilt before every dev server and build).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CREDITS } from '../../src/shared/credits';
import type { ExcerptFile, SourceRegistry } from '../../src/shared/contract';
import { buildAppData } from '../lib/app-data';
import { checkGeoData, formatErrors } from '../lib/check';
import { registry } from '../lib/layers';
import { maplibreCssSubset } from '../lib/maplibre-css';
import { archiveDir, GEO_DIR, ROOT } from '../lib/paths';
import { renderStaticMap } from '../lib/static-map';

const result = checkGeoData({
	root: GEO_DIR,
	archiveDir: archiveDir(),
	ci: process.env.CI === 'true',
	recompute: true,
	basemap: true
});
for (const w of result.warnings) console.warn(`\n!!! ${w}\n`);
if (result.errors.length > 0) {
	for (const line of formatErrors(result)) console.error(line);
	console.error(`geo:build: ${result.errors.length} error(s) in the data; nothing was built.`);
	process.exit(1);
}

const readGeo = <T>(file: string) =>
	JSON.parse(readFileSync(path.join(GEO_DIR, file), 'utf8')) as T;
const { catalog, geometry, shards } = buildAppData(
	registry,
	result.features,
	result.basemap,
	readGeo<SourceRegistry>('sources.json').sources,
	readGeo<ExcerptFile>('excerpts.json').excerpts
);

const out = path.join(ROOT, 'src/lib/generated');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'catalog.json'), JSON.stringify(catalog));
writeFileSync(path.join(out, 'geometry.json'), JSON.stringify(geometry));
// Details of the places too many to list (none in the real data): a file a shard.
const shardDir = path.join(out, 'places');
rmSync(shardDir, { recursive: true, force: true });
if (shards.length > 0) mkdirSync(shardDir);
shards.forEach((places, k) =>
	writeFileSync(path.join(shardDir, `${k}.json`), JSON.stringify(places))
);

// MapLibre's stylesheet, without the rules of controls the map never shows.
const maplibreCss = readFileSync(
	path.join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.css'),
	'utf8'
);
writeFileSync(path.join(out, 'maplibre.css'), maplibreCssSubset(maplibreCss));

// The static map, and its PNG for thumbnails and social cards (twice the size, for sharp screens).
const credits = CREDITS.map((c) => c.text).join(' · ');
const svg = renderStaticMap(registry, geometry, catalog.focus, credits);
writeFileSync(path.join(out, 'static-map.svg'), svg);
const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true } })
	.render()
	.asPng();
writeFileSync(path.join(out, 'static-map.png'), png);
console.log(
	`geo:build: wrote ${path.relative(ROOT, out)}/: catalog.json, geometry.json, maplibre.css, static-map.svg (${(svg.length / 1024).toFixed(1)} KB), static-map.png (${(png.length / 1024).toFixed(1)} KB)${shards.length ? `, places/ (${shards.length} detail shards)` : ''}`
);
