/**
 * The data files of /data/ (geo/lib/exports.ts): what each says about every place and excerpt,
 * checked against the data read straight from geo/; the quotes checked verbatim against the
 * archive; the Data Package, the licence file and the README's field lists kept true.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../geo/lib/archive';
import { checkGeoData } from '../../geo/lib/check';
import { buildExports } from '../../geo/lib/exports';
import { withFieldDocs } from '../../geo/lib/exports/docs';
import { geometryLicences } from '../../geo/lib/exports/licences';
import { registry } from '../../geo/lib/layers';
import { archiveDir, GEO_DIR, ROOT } from '../../geo/lib/paths';
import { explainMismatch, findQuote, ELISION } from '../../geo/lib/quotes';
import { citeLine } from '../../src/shared/cite';
import type { PlaceFeature } from '../../src/shared/contract';
import { inLocale } from '../../src/shared/i18n/local-text';
import { LOCALES } from '../../src/shared/i18n/locales';
import {
	CREATED,
	excerpts,
	packageJson,
	placeById,
	places,
	readCsv,
	readGeoJson,
	siteTitle,
	SITE_URL,
	sources,
	writeFiles
} from './exports-files';

let dir = '';
beforeAll(() => {
	dir = writeFiles();
	return () => rmSync(dir, { recursive: true, force: true });
});
const text = (file: string) => readFileSync(path.join(dir, file), 'utf8');
const COLUMN = { en: 'en', 'sr-Latn': 'sr', 'sr-Cyrl': 'sr_cyrl', sq: 'sq' } as const;
/** What a CSV cell holds for a JSON value: empty for none, booleans as words. */
const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const placeExcerpts = (f: PlaceFeature) =>
	f.properties.excerpts.map((id) => excerpts.find((e) => e.id === id)!);

describe('places.geojson', () => {
	it('is an RFC 7946 FeatureCollection of every place of every place layer, in the data’s order', () => {
		const fc = JSON.parse(text('places.geojson'));
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.crs).toBeUndefined();
		expect(fc.features.map((f: { id: string }) => f.id)).toEqual(
			places.map((p) => p.properties.id)
		);
		for (const [i, f] of readGeoJson(dir).entries()) {
			expect(f.properties.id).toBe(f.id);
			expect(f.geometry).toEqual(places[i]!.geometry);
		}
		const basemapIds = registry.all
			.filter((m) => m.role === 'basemap')
			.flatMap((m) => JSON.parse(readFileSync(path.join(GEO_DIR, m.file), 'utf8')).features)
			.map((f: { properties: { id: string } }) => f.properties.id);
		expect(fc.features.filter((f: { id: string }) => basemapIds.includes(f.id))).toEqual([]);
	});

	it('gives names and our words in every locale, the same text in each where the data has one', () => {
		for (const f of readGeoJson(dir)) {
			const p = placeById(f.id).properties;
			for (const locale of LOCALES) {
				const c = COLUMN[locale];
				expect(f.properties[`name_${c}`]).toBe(inLocale(p.names, locale));
				expect(f.properties[`summary_${c}`]).toBe(inLocale(p.summary, locale));
				expect(f.properties[`caveat_${c}`]).toBe(p.caveat ? inLocale(p.caveat, locale) : null);
				if (typeof p.summary === 'string') expect(f.properties[`summary_${c}`]).toBe(p.summary);
			}
		}
		const monastery = readGeoJson(dir).find((f) => f.id === 'banjska-monastery-siege')!;
		expect(monastery.properties.name_sq).toBe(
			placeById('banjska-monastery-siege').properties.names.sq
		);
		expect(monastery.properties.name_sr_cyrl).toMatch(/^[\u0400-\u04FF ]+$/);
	});

	it('gives the first and last dates with their precision, and nothing for undated places', () => {
		for (const f of readGeoJson(dir)) {
			const dates = placeById(f.id).properties.dates;
			expect(f.properties.date_start).toBe(dates[0]?.value ?? null);
			expect(f.properties.date_start_precision).toBe(dates[0]?.precision ?? null);
			expect(f.properties.date_end).toBe(dates.at(-1)?.value ?? null);
			expect(f.properties.date_end_precision).toBe(dates.at(-1)?.precision ?? null);
			expect(f.properties.date_count).toBe(dates.length);
		}
		const clashes = readGeoJson(dir).find((f) => f.id === 'zvecan-clashes-2023-05')!;
		const dates = placeById('zvecan-clashes-2023-05').properties.dates;
		expect(dates.length).toBeGreaterThan(1);
		expect(clashes.properties.date_end).not.toBe(clashes.properties.date_start);
	});

	it('can call the first date the start: every place’s dates are in chronological order', () => {
		for (const p of places) {
			const values = p.properties.dates.map((d) => d.value);
			expect(values, p.properties.id).toEqual([...values].sort());
		}
	});

	it('gives the precision of each position, its radius, and its excerpts and their sources', () => {
		for (const f of readGeoJson(dir)) {
			const p = placeById(f.id);
			const loc = p.properties.location;
			expect(f.properties.location_precision).toBe(loc.precision);
			expect(f.properties.radius_m).toBe(loc.precision === 'approximate' ? loc.radiusM : null);
			const quoted = placeExcerpts(p);
			expect(f.properties.excerpt_ids).toBe(quoted.map((e) => e.id).join(',') || null);
			const ids = (f.properties.source_ids as string | null)?.split(',') ?? [];
			expect(new Set(ids)).toEqual(new Set(quoted.map((e) => e.source)));
			expect(ids).toHaveLength(new Set(ids).size);
			expect(f.properties.geometry_source).toBe(p.properties.geometrySource.kind);
			expect(f.properties.last_checked).toBe(p.properties.lastChecked);
			expect(f.properties.corrections).toBe(p.properties.corrections?.length ?? 0);
			const texts = (f.properties.corrections_en as string | null)?.split(' | ') ?? [];
			expect(texts).toEqual(
				(p.properties.corrections ?? []).map((c) => `${c.date}: ${inLocale(c.text, 'en')}`)
			);
		}
	});

	it('puts the shapes drawn from OpenStreetMap under the ODbL and cited coordinates under CC BY', () => {
		for (const f of readGeoJson(dir)) {
			const source = placeById(f.id).properties.geometrySource;
			// Every dataset and derivation in the data is OpenStreetMap's (geo/README.md, Provenance).
			if (source.kind === 'dataset') expect(source.licence).toMatch(/^ODbL/);
			const expected = source.kind === 'cited-coordinate' ? 'CC-BY-4.0' : 'ODbL-1.0';
			expect(f.properties.geometry_licence, f.id).toBe(expected);
			if (source.kind === 'cited-coordinate') {
				for (const c of source.citations) expect(f.properties.geometry_credit).toContain(c.printed);
			} else expect(f.properties.geometry_credit).toBe('© OpenStreetMap contributors');
		}
	});
});

describe('geometry licences of shapes from other sources', () => {
	// The valid fixture: two supplied districts and their union (a derived layer).
	const fixture = checkGeoData({
		root: path.join(ROOT, 'tests/fixtures/geo/valid'),
		archiveDir: path.join(ROOT, 'tests/fixtures/geo/archive'),
		ci: false,
		recompute: false,
		basemap: false,
		today: '2026-12-03'
	}).features;
	const withLicence = (id: string, licence: string) =>
		fixture.map((f) =>
			f.properties.id === id && f.properties.geometrySource.kind === 'supplied-file'
				? {
						...f,
						properties: {
							...f.properties,
							geometrySource: { ...f.properties.geometrySource, licence }
						}
					}
				: f
		);

	it('stops the build on a licence it does not know, naming the place', () => {
		expect(() => geometryLicences(fixture)).toThrow(/north-district's geometry \(“CC0”\)/);
	});

	it('gives a union the ODbL when one of its parts is, crediting both', () => {
		const features = withLicence('south-district', 'ODbL 1.0, © OpenStreetMap contributors').map(
			(f) =>
				f.properties.id === 'north-district' && f.properties.geometrySource.kind === 'supplied-file'
					? {
							...f,
							properties: {
								...f.properties,
								geometrySource: {
									...f.properties.geometrySource,
									licence: 'CC BY 4.0, Testville survey'
								}
							}
						}
					: f
		);
		const licences = geometryLicences(features);
		expect(licences.get('north-district')).toEqual({
			licence: 'CC-BY-4.0',
			credit: 'Testville survey'
		});
		expect(licences.get('districts-union')?.licence).toBe('ODbL-1.0');
		expect(licences.get('districts-union')?.credit.split('; ').sort()).toEqual([
			'Testville survey',
			'© OpenStreetMap contributors'
		]);
	});
});

describe('places.csv', () => {
	it('has one row a place, with the GeoJSON’s properties', () => {
		const rows = readCsv(dir, 'places.csv');
		const features = readGeoJson(dir);
		expect(rows.map((r) => r.id)).toEqual(features.map((f) => f.id));
		for (const [i, row] of rows.entries()) {
			for (const [name, value] of Object.entries(features[i]!.properties)) {
				expect(row[name], `${row.id} ${name}`).toBe(cell(value));
			}
		}
	});

	it('puts each place at a point on it: a point’s own, inside an area, a vertex of a line', () => {
		for (const row of readCsv(dir, 'places.csv')) {
			const { geometry } = placeById(row.id!);
			const at: Position = [Number(row.longitude), Number(row.latitude)];
			expect(row.geometry_type).toBe(geometry.type);
			if (geometry.type === 'Point') {
				expect(row.anchor).toBe('coordinate');
				expect(at).toEqual(geometry.coordinates);
			} else if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
				expect(row.anchor).toBe('point-on-surface');
				expect(booleanPointInPolygon(at, geometry as Polygon | MultiPolygon)).toBe(true);
			} else if (geometry.type === 'MultiLineString' || geometry.type === 'LineString') {
				expect(row.anchor).toBe('middle-vertex');
				const vertices = JSON.stringify(geometry.coordinates);
				expect(vertices).toContain(JSON.stringify(at));
			} else throw new Error(`unexpected ${geometry.type}`);
		}
	});

	it('is UTF-8 with a byte-order mark and CRLF line ends, so that Excel reads its letters', () => {
		const bytes = readFileSync(path.join(dir, 'places.csv'));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(text('places.csv')).toContain('Rrethimi i Manastirit të Banjskës');
		expect(text('places.csv').split('\r\n')[0]).toMatch(/^\uFEFFid,layer,/);
	});
});

describe('places.kml', () => {
	it('has a placemark a place, named in English, with every property as data', () => {
		const kml = text('places.kml');
		expect(kml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
		const marks = [...kml.matchAll(/<Placemark id="([^"]+)">([\s\S]*?)<\/Placemark>/g)];
		expect(marks.map((m) => m[1])).toEqual(places.map((p) => p.properties.id));
		const monastery = marks.find((m) => m[1] === 'banjska-monastery-siege')![2]!;
		expect(monastery).toContain(
			`<name>${placeById('banjska-monastery-siege').properties.names.en}</name>`
		);
		expect(monastery).toContain('<Data name="name_sq"><value>Rrethimi i Manastirit të Banjskës');
		// No empty property is written as the word “null”.
		expect(kml).not.toContain('<value>null</value>');
	});
});

describe('excerpts.csv', () => {
	it('has one row an excerpt, with its source, claimant, stance and the places that list it', () => {
		const rows = readCsv(dir, 'excerpts.csv');
		expect(rows.map((r) => r.excerpt_id)).toEqual(excerpts.map((e) => e.id));
		for (const row of rows) {
			const e = excerpts.find((x) => x.id === row.excerpt_id)!;
			const s = sources.find((x) => x.id === e.source)!;
			expect(row.source_id).toBe(s.id);
			expect(row.outlet).toBe(inLocale(s.outlet, 'en'));
			expect(row.source_date).toBe(s.date.value);
			expect(row.source_date_precision).toBe(s.date.precision);
			expect(row.source_date_approximate).toBe(String(!!s.date.approximate));
			expect(row.claimant_en).toBe(inLocale(e.claimant, 'en'));
			expect(row.side).toBe(e.side);
			expect(row.stance).toBe(e.stance);
			expect(row.exact).toBe(e.exact);
			expect(row.note_en).toBe(cell(e.note && inLocale(e.note, 'en')));
			expect(row.archive_sha256).toBe(s.archiveSha256);
			expect(row.place_ids!.split(',')).toEqual(
				places.filter((p) => p.properties.excerpts.includes(e.id)).map((p) => p.properties.id)
			);
		}
	});

	const archive = new Archive(archiveDir());
	it('quotes every excerpt verbatim from its archived article', (ctx) => {
		ctx.skip(
			!archive.present,
			`SOURCE ARCHIVE NOT FOUND at ${archive.dir}: the exported quotes were NOT checked (set NKM_SOURCES_DIR)`
		);
		const rows = readCsv(dir, 'excerpts.csv');
		expect(rows.length).toBe(excerpts.length);
		const failures = rows.flatMap((row) => {
			const source = sources.find((s) => s.id === row.source_id);
			const article = source && archive.read(source.archiveFile);
			if (!article) return [`${row.excerpt_id}: no archived article for ${row.source_id}`];
			if (article.sha256 !== row.archive_sha256) {
				return [`${row.excerpt_id}: the archive's SHA-256 is ${article.sha256}`];
			}
			if (findQuote(article.folded, row.exact!)) return [];
			const parts = row.exact!.split(ELISION);
			return parts
				.filter((part) => !findQuote(article.folded, part))
				.map((part) => `${row.excerpt_id}: ${explainMismatch(article.folded, part)}`)
				.concat(parts.length > 1 ? [`${row.excerpt_id}: its parts are out of order`] : []);
		});
		expect(failures).toEqual([]);
	});
});

describe('datapackage.json', () => {
	const pkg = () => JSON.parse(text('datapackage.json'));
	type Resource = {
		name: string;
		path: string;
		bytes: number;
		hash: string;
		format: string;
		mediatype: string;
		encoding: string;
		licenses: { name: string; path: string }[];
		schema?: {
			fields: {
				name: string;
				type: string;
				description: string;
				constraints?: { required?: boolean; enum?: string[]; pattern?: string };
			}[];
			primaryKey: string;
		};
	};

	it('describes each file written, with its size, hash, format, encoding and licences', () => {
		const p = pkg();
		expect(p.profile).toBe('data-package');
		expect(p.name).toMatch(/^[a-z0-9._-]+$/);
		expect(p.title).toBe(siteTitle);
		expect(p.version).toBe(packageJson.version);
		expect(p.created).toBe(CREATED.toISOString());
		expect(p.homepage).toBe(`${SITE_URL}/`);
		expect(p.licenses.map((l: { name: string }) => l.name)).toEqual(['ODbL-1.0', 'CC-BY-4.0']);
		expect(p.sources.length).toBeGreaterThan(sources.length);
		const resources = p.resources as Resource[];
		expect(resources.map((r) => r.path).sort()).toEqual(
			readdirSync(dir)
				.filter((f) => f !== 'datapackage.json')
				.sort()
		);
		for (const r of resources) {
			const bytes = readFileSync(path.join(dir, r.path));
			expect(r.name).toMatch(/^[a-z0-9._-]+$/);
			expect(r.bytes, r.path).toBe(bytes.length);
			expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
			expect(r.encoding).toBe('utf-8');
			expect(r.format).toBe(path.extname(r.path).slice(1));
			expect(r.mediatype).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
			expect(r.licenses.length).toBeGreaterThan(0);
			for (const l of r.licenses) expect(l.path).toMatch(/^https:\/\//);
		}
		const places = resources.find((r) => r.path === 'places.geojson')!;
		expect(places.licenses.map((l) => l.name)).toEqual(['ODbL-1.0', 'CC-BY-4.0']);
	});

	it('gives each CSV a Table Schema whose fields are its columns, and every cell fits its field', () => {
		const tables = (pkg().resources as Resource[]).filter((r) => r.schema);
		expect(tables.map((r) => r.path).sort()).toEqual(['excerpts.csv', 'places.csv']);
		const fits: Record<string, (v: string) => boolean> = {
			string: () => true,
			integer: (v) => /^-?[0-9]+$/.test(v),
			number: (v) => v.trim() !== '' && Number.isFinite(Number(v)),
			boolean: (v) => v === 'true' || v === 'false',
			date: (v) => /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v) && !Number.isNaN(Date.parse(v))
		};
		for (const table of tables) {
			const rows = readCsv(dir, table.path);
			const header = text(table.path)
				.replace(/^\uFEFF/, '')
				.split('\r\n')[0]!
				.split(',');
			expect(table.schema!.fields.map((f) => f.name)).toEqual(header);
			const keys = rows.map((r) => r[table.schema!.primaryKey]);
			expect(new Set(keys).size).toBe(rows.length);
			for (const field of table.schema!.fields) {
				expect(field.description.length, field.name).toBeGreaterThan(10);
				const c = field.constraints ?? {};
				for (const row of rows) {
					const v = row[field.name]!;
					const at = `${table.path} ${row[table.schema!.primaryKey]} ${field.name}: “${v}”`;
					if (v === '') {
						expect(c.required, at).not.toBe(true);
						continue;
					}
					expect(fits[field.type]!(v), at).toBe(true);
					if (c.enum) expect(c.enum, at).toContain(v);
					if (c.pattern) expect(v, at).toMatch(new RegExp(c.pattern));
				}
			}
		}
	});
});

describe('LICENSE.md', () => {
	it('puts each place’s shape under its licence, and names every field of every file', () => {
		const licence = text('LICENSE.md');
		const [odbl, cc] = [
			licence.slice(
				licence.indexOf('## Derived from OpenStreetMap'),
				licence.indexOf('## Our own')
			),
			licence.slice(licence.indexOf('## Our own'), licence.indexOf('## Quotations'))
		];
		for (const f of readGeoJson(dir)) {
			const section = f.properties.geometry_licence === 'ODbL-1.0' ? odbl : cc;
			expect(section, f.id).toContain(`\`${f.id}\``);
		}
		const fieldsPart = licence.slice(licence.indexOf('## Field by field'));
		for (const file of ['places.csv', 'excerpts.csv']) {
			for (const name of Object.keys(readCsv(dir, file)[0]!)) {
				expect(fieldsPart, name).toContain(`\`${name}\``);
			}
		}
		expect(licence).toContain('`exact`');
		expect(licence).toContain('© OpenStreetMap contributors, ODbL 1.0');
		for (const s of sources) expect(licence).toContain(`(\`${s.id}\`)`);
	});

	it('ends with the line to cite the map by', () => {
		const cite = citeLine({
			title: siteTitle,
			version: packageJson.version,
			day: CREATED.toISOString().slice(0, 10),
			siteUrl: SITE_URL
		});
		expect(cite).toBe(`${siteTitle} (version ${packageJson.version}, 2026-12-03). ${SITE_URL}/`);
		expect(text('LICENSE.md').trimEnd().endsWith(`## How to cite\n\n${cite}`)).toBe(true);
	});
});

describe('the exports in geo/README.md', () => {
	const readme = readFileSync(path.join(GEO_DIR, 'README.md'), 'utf8');
	it('lists the fields the files have (run npm run geo:docs)', () => {
		expect(readme).toBe(withFieldDocs(readme, registry));
	});
	it('names every file the build writes', () => {
		const section = readme.slice(readme.indexOf('## Get the data'));
		const files = buildExports({ features: places, created: CREATED }).keys();
		for (const file of files) expect(section).toContain(`/data/${file}`);
	});
});
