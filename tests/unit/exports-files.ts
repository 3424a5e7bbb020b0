/**
 * The data files as `geo:build` writes them, written afresh from the checked data into a
 * temporary folder, so that the tests read real files without depending on a build having run;
 * and the data read straight from geo/, for what the files must say.
 */
import { parse } from 'csv-parse/sync';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkGeoData, formatErrors } from '../../geo/lib/check';
import { writeExports } from '../../geo/lib/exports';
import { registry } from '../../geo/lib/layers';
import { archiveDir, GEO_DIR, ROOT } from '../../geo/lib/paths';
import type { ExcerptFile, PlaceFeature, SourceRegistry } from '../../src/shared/contract';

const json = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Every place of every place layer, in file order, read without the check. */
export const places: PlaceFeature[] = [...registry.files]
	.filter(([, modules]) => modules.some((m) => m.role === 'place'))
	.flatMap(([file]) => json<FeatureCollection>(path.join(GEO_DIR, file)).features)
	.map((f) => f as PlaceFeature);
export const excerpts = json<ExcerptFile>(path.join(GEO_DIR, 'excerpts.json')).excerpts;
export const sources = json<SourceRegistry>(path.join(GEO_DIR, 'sources.json')).sources;
export const packageJson = json<{ version: string }>(path.join(ROOT, 'package.json'));
export const siteTitle = json<{ site_title: string }>(
	path.join(ROOT, 'messages/en.json')
).site_title;

export const placeById = (id: string) => {
	const f = places.find((p) => p.properties.id === id);
	if (!f) throw new Error(`no place ${id}`);
	return f;
};

/** A fixed moment, so that the files' dates can be asserted. */
export const CREATED = new Date('2026-12-03T12:00:00Z');
export const SITE_URL = 'https://map.example.org';

/** Writes the files into a new temporary folder and returns it. */
export function writeFiles(): string {
	const result = checkGeoData({
		root: GEO_DIR,
		archiveDir: archiveDir(),
		ci: false,
		recompute: false,
		basemap: false
	});
	if (result.errors.length > 0) throw new Error(formatErrors(result).join('\n'));
	const dir = mkdtempSync(path.join(os.tmpdir(), 'nkm-data-'));
	writeExports({ features: result.features, outDir: dir, created: CREATED, siteUrl: SITE_URL });
	return dir;
}

/** A CSV read back with a CSV parser: one object a row, by the header's names. */
export function readCsv(dir: string, file: string): Record<string, string>[] {
	return parse(readFileSync(path.join(dir, file)), { bom: true, columns: true }) as Record<
		string,
		string
	>[];
}

export const readGeoJson = (dir: string) =>
	json<FeatureCollection<Geometry, Record<string, unknown>>>(path.join(dir, 'places.geojson'))
		.features as (Feature<Geometry, Record<string, unknown>> & { id: string })[];
