/**
 * npm run geo:build — runs the full data check, compiles the interface's messages, then writes
 * what the app imports into src/lib/generated/ (gitignored, rebuilt before every dev server and
 * build): per locale, the catalog, the detail shards and the static picture.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { ExcerptFile, SourceRegistry } from '../../src/shared/contract';
import { LOCALES } from '../../src/shared/i18n/locales';
import { buildAppData } from '../lib/app-data';
import { checkGeoData, formatErrors } from '../lib/check';
import { EXPORTS_DIR, writeExports } from '../lib/exports';
import type { DataFile, DataFiles } from '../../src/shared/app-data';
import { registry } from '../lib/layers';
import { localizeCatalog, localizePlace } from '../lib/localize';
import { maplibreCssSubset } from '../lib/maplibre-css';
import { compileMessages, messagesOf } from '../lib/messages';
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

await compileMessages();

const readGeo = <T>(file: string) =>
	JSON.parse(readFileSync(path.join(GEO_DIR, file), 'utf8')) as T;
const { catalog, geometry, shards } = buildAppData(
	registry,
	result.features,
	result.basemap,
	readGeo<SourceRegistry>('sources.json').sources,
	readGeo<ExcerptFile>('excerpts.json').excerpts,
	result.archiveChecked,
	result.figures
);
if (!result.archiveChecked) {
	console.warn(
		'\n!!! geo:build: every page of this build says that its quotes were not checked (no source archive).\n'
	);
}

const out = path.join(ROOT, 'src/lib/generated');
for (const dir of ['catalog', 'places', 'static-map']) {
	rmSync(path.join(out, dir), { recursive: true, force: true });
	mkdirSync(path.join(out, dir), { recursive: true });
}
writeFileSync(path.join(out, 'geometry.json'), JSON.stringify(geometry));

// MapLibre's stylesheet, without the rules of controls the map never shows.
const maplibreCss = readFileSync(
	path.join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.css'),
	'utf8'
);
writeFileSync(path.join(out, 'maplibre.css'), maplibreCssSubset(maplibreCss));

const sizes: string[] = [];
for (const locale of LOCALES) {
	const m = await messagesOf(locale);
	writeFileSync(
		path.join(out, 'catalog', `${locale}.json`),
		JSON.stringify(localizeCatalog(catalog, locale, m))
	);
	// Details of the places too many to list (none in the real data): a file a shard.
	if (shards.length > 0) mkdirSync(path.join(out, 'places', locale));
	shards.forEach((places, k) =>
		writeFileSync(
			path.join(out, 'places', locale, `${k}.json`),
			JSON.stringify(places.map((p) => localizePlace(p, locale, m)))
		)
	);
	// The static picture, and its PNG for thumbnails and social cards (twice the size, for sharp screens).
	const svg = renderStaticMap(registry, geometry, catalog.focus, { m, locale });
	writeFileSync(path.join(out, 'static-map', `${locale}.svg`), svg);
	const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true } })
		.render()
		.asPng();
	writeFileSync(path.join(out, 'static-map', `${locale}.png`), png);
	sizes.push(
		`${locale} ${(svg.length / 1024).toFixed(1)} KB + ${(png.length / 1024).toFixed(0)} KB png`
	);
}
console.log(
	`geo:build: wrote ${path.relative(ROOT, out)}/: geometry.json, maplibre.css, per locale catalog/, static-map/ (${sizes.join('; ')})${shards.length ? `, places/ (${shards.length} detail shards a locale)` : ''}`
);
writeExports({ features: result.features }); // static/data/: geo/README.md, "Get the data"
// What the pages' "Get the data" lists: each file, its size, and the version and day to cite.
const pkg = JSON.parse(readFileSync(path.join(EXPORTS_DIR, 'datapackage.json'), 'utf8'));
const dataFiles: DataFiles = {
	version: pkg.version,
	day: pkg.created.slice(0, 10),
	files: [
		...pkg.resources.map((r: DataFile & { name: string }) => ({
			path: r.path,
			format: r.format,
			bytes: r.bytes
		})),
		{
			path: 'datapackage.json',
			format: 'json',
			bytes: statSync(path.join(EXPORTS_DIR, 'datapackage.json')).size
		}
	]
};
writeFileSync(path.join(out, 'data-files.json'), JSON.stringify(dataFiles));
// The message compiler leaves timers running: the build is done.
process.exit(0);
