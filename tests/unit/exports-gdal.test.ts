/**
 * The data files open in the tools people use: GDAL (under QGIS, ArcGIS's open formats and most
 * GIS scripts) reads the GeoJSON, the KML and both CSVs with the right number of features and
 * the right values. Needs `ogrinfo` (Debian's gdal-bin); without it the tests are skipped, saying
 * so, except under CI=true, where they fail.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { inLocale } from '../../src/shared/i18n/local-text';
import { excerpts, placeById, places, writeFiles } from './exports-files';

const haveOgrinfo = spawnSync('ogrinfo', ['--version']).status === 0;
const underCi = process.env.CI === 'true';

let dir = '';
beforeAll(() => {
	dir = writeFiles();
	return () => rmSync(dir, { recursive: true, force: true });
});

/** Skips outside CI when ogrinfo is missing; under CI its absence is a failure. */
function needOgrinfo(ctx: TestContext) {
	if (underCi) {
		expect(haveOgrinfo, 'ogrinfo (gdal-bin) is required under CI=true').toBe(true);
	}
	ctx.skip(
		!haveOgrinfo,
		'ogrinfo NOT FOUND (apt-get install gdal-bin): GDAL did NOT read the files'
	);
}

/** The CSV driver reads every column as text unless told the point's columns. */
const CSV_POINTS = ['-oo', 'X_POSSIBLE_NAMES=longitude', '-oo', 'Y_POSSIBLE_NAMES=latitude'];

function ogrinfo(file: string, ...args: string[]): string {
	return execFileSync('ogrinfo', ['-ro', '-al', ...args, path.join(dir, file)], {
		encoding: 'utf8'
	});
}

const featureCount = (file: string, ...args: string[]) =>
	Number(/^Feature Count: (\d+)$/m.exec(ogrinfo(file, '-so', ...args))?.[1]);

/** One feature as ogrinfo prints it: `  name (Type) = value` lines, and its geometry as WKT. */
function feature(file: string, where: string, ...args: string[]) {
	const out = ogrinfo(file, '-q', '-where', where, ...args);
	expect(out.match(/^OGRFeature\(/gm), `${file}: one feature where ${where}`).toHaveLength(1);
	const fields = Object.fromEntries(
		[...out.matchAll(/^ {2}(\w+) \([^)]*\) = (.*)$/gm)].map((m) => [m[1]!, m[2]!])
	);
	const wkt = /^ {2}((?:MULTI)?(?:POINT|LINESTRING|POLYGON) .*)$/m.exec(out)?.[1];
	return { fields, wkt };
}

const monastery = placeById('banjska-monastery-siege');
const monasteryPoint = () => {
	const [lon, lat] = (monastery.geometry as { coordinates: number[] }).coordinates;
	return `POINT (${lon} ${lat})`;
};

describe('GDAL reads the data files', () => {
	it('places.geojson: a feature a place, the monastery named in Albanian', (ctx) => {
		needOgrinfo(ctx);
		expect(featureCount('places.geojson')).toBe(places.length);
		const f = feature('places.geojson', "id = 'banjska-monastery-siege'");
		expect(f.fields.name_sq).toBe(monastery.properties.names.sq);
		expect(f.fields.layer).toBe(monastery.properties.layer);
		expect(f.wkt).toBe(monasteryPoint());
	});

	it('places.kml: a placemark a place, with its name and every property', (ctx) => {
		needOgrinfo(ctx);
		expect(featureCount('places.kml')).toBe(places.length);
		const f = feature('places.kml', "id = 'banjska-monastery-siege'");
		expect(f.fields.Name).toBe(monastery.properties.names.en);
		expect(f.fields.name_sq).toBe(monastery.properties.names.sq);
		expect(f.wkt).toBe(monasteryPoint());
		const boundary = feature('places.kml', "id = 'kosovo-serbia-boundary'");
		expect(boundary.wkt).toMatch(/^MULTILINESTRING /);
	});

	it('places.csv: a row a place, placed at its longitude and latitude', (ctx) => {
		needOgrinfo(ctx);
		expect(featureCount('places.csv', ...CSV_POINTS)).toBe(places.length);
		const f = feature('places.csv', "id = 'banjska-monastery-siege'", ...CSV_POINTS);
		// The first column's name survives the byte-order mark, or the filter would find nothing.
		expect(f.fields.id).toBe('banjska-monastery-siege');
		expect(f.fields.name_sq).toBe(monastery.properties.names.sq);
		expect(f.wkt).toBe(monasteryPoint());
	});

	it('excerpts.csv: a row an excerpt, with its stance and its exact words', (ctx) => {
		needOgrinfo(ctx);
		expect(featureCount('excerpts.csv')).toBe(excerpts.length);
		const denial = excerpts.find((e) => e.id === 'bne-vucic-denial')!;
		const f = feature('excerpts.csv', "excerpt_id = 'bne-vucic-denial'");
		expect(f.fields.stance).toBe(denial.stance);
		expect(f.fields.claimant_en).toBe(inLocale(denial.claimant, 'en'));
		expect(f.fields.exact).toBe(denial.exact);
	});
});
