import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkGeoData, formatErrors, type CheckOptions } from '../../geo/lib/check';
import { deriveFiles } from '../../geo/lib/derive-files';
import { ROOT } from '../../geo/lib/paths';
import { isCalendarDay, localDay } from '../../geo/lib/schema';

const FIXTURES = path.join(ROOT, 'tests/fixtures/geo');
const VALID = path.join(FIXTURES, 'valid');
const options = (extra: Partial<CheckOptions> = {}): CheckOptions => ({
	root: VALID,
	archiveDir: path.join(FIXTURES, 'archive'),
	ci: true,
	recompute: true,
	basemap: false,
	// Fixed, so that the message of a correction dated in the future stays the same.
	today: '2026-12-03',
	...extra
});

describe('the data check on fixtures', () => {
	it('accepts the valid fixture, whose quotes need every folding rule', () => {
		const result = checkGeoData(options());
		expect(formatErrors(result)).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(result.archiveChecked).toBe(true);
		expect(result.features.map((f) => f.properties.id)).toEqual([
			'testville-ferry-halt',
			'north-district',
			'south-district',
			'districts-union',
			'testville-pier'
		]);
	});

	const cases = readdirSync(path.join(FIXTURES, 'invalid'));
	it('has an invalid fixture for each rule', () => {
		expect(cases.length).toBeGreaterThanOrEqual(36);
	});

	for (const name of cases) {
		it(`refuses the ${name} fixture with its exact message`, () => {
			const overlay = path.join(FIXTURES, 'invalid', name);
			const expected = readFileSync(path.join(overlay, 'expected.txt'), 'utf8')
				.trimEnd()
				.split('\n');
			const lines = formatErrors(checkGeoData(options({ overlay })));
			expect(lines).toEqual(expected);
			// Every message names the file, the id, the JSON path, the value seen and the expectation.
			for (const line of lines) {
				expect(line).toMatch(/^\S+\.(geo)?json "[^"]+" at \/\S*: .+ — saw .+; expected .+$/);
			}
		});
	}
});

describe('the days of corrections and checks', () => {
	it('are days of the calendar, leap days included', () => {
		expect(['2024-02-29', '2000-02-29', '2026-12-31'].filter(isCalendarDay)).toHaveLength(3);
		expect(
			['2023-02-29', '2100-02-29', '2026-11-31', '2026-13-01', '2026-1-1'].some(isCalendarDay)
		).toBe(false);
	});
	it('are checked against the machine’s local date by default', () => {
		expect(localDay(new Date(2026, 11, 3, 23, 59))).toBe('2026-12-03');
		const valid = checkGeoData(options({ today: undefined, recompute: false }));
		expect(formatErrors(valid)).toEqual([]);
	});
});

describe('the source archive', () => {
	it('is a loud warning when missing outside CI, and the quotes go unchecked', () => {
		const result = checkGeoData(options({ archiveDir: '/nonexistent/sources', ci: false }));
		expect(formatErrors(result)).toEqual([]);
		expect(result.warnings.join()).toMatch(/SOURCE ARCHIVE NOT FOUND at \/nonexistent\/sources/);
		expect(result.archiveChecked).toBe(false);
	});

	it('is an error when missing under CI', () => {
		const lines = formatErrors(checkGeoData(options({ archiveDir: '/nonexistent/sources' })));
		expect(lines).toEqual([
			'/nonexistent/sources at /: source archive not found under CI — saw "/nonexistent/sources"; expected the folder of archived articles (set NKM_SOURCES_DIR)'
		]);
	});
});

describe('npm run geo:check', () => {
	const tsx = path.join(ROOT, 'node_modules/.bin/tsx');

	it('says the quotes were NOT checked, rather than verified, when the archive is missing outside CI', () => {
		const run = spawnSync(tsx, ['geo/scripts/check.ts'], {
			cwd: ROOT,
			env: {
				...process.env,
				CI: 'false',
				NKM_GEO_ROOT: VALID,
				NKM_SOURCES_DIR: '/nonexistent/sources'
			},
			encoding: 'utf8'
		});
		expect(run.status).toBe(0);
		const output = run.stdout + run.stderr;
		expect(output).toContain('SOURCE ARCHIVE NOT FOUND at /nonexistent/sources');
		expect(output).toContain(
			'the QUOTES WERE NOT CHECKED: no source archive at /nonexistent/sources'
		);
		expect(output).not.toContain('verified, in');
	});

	it('says all sources and excerpts were verified when the archive is there', () => {
		const run = spawnSync(tsx, ['geo/scripts/check.ts'], {
			cwd: ROOT,
			env: {
				...process.env,
				NKM_GEO_ROOT: VALID,
				NKM_SOURCES_DIR: path.join(FIXTURES, 'archive')
			},
			encoding: 'utf8'
		});
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/geo:check: 5 features, all sources and excerpts verified, in /);
		expect(run.stdout + run.stderr).not.toContain('NOT CHECKED');
	});

	it('exits non-zero and prints the message for a bad file', () => {
		let status = 0;
		let stderr = '';
		try {
			execFileSync(tsx, ['geo/scripts/check.ts'], {
				cwd: ROOT,
				env: {
					...process.env,
					NKM_GEO_ROOT: VALID,
					NKM_GEO_OVERLAY: path.join(FIXTURES, 'invalid/wrong-winding'),
					NKM_SOURCES_DIR: path.join(FIXTURES, 'archive')
				},
				stdio: 'pipe'
			});
		} catch (e) {
			const err = e as { status: number; stderr: Buffer };
			status = err.status;
			stderr = err.stderr.toString();
		}
		expect(status).toBe(1);
		expect(stderr).toContain(
			'tests/fixtures/geo/invalid/wrong-winding/data/municipalities.geojson "north-district" at /features/0/geometry/coordinates/0: exterior ring is wound clockwise'
		);
	});
});

describe('a supplied boundary file', () => {
	let tmp = '';
	afterEach(() => rmSync(tmp, { recursive: true, force: true }));

	it('replaces a municipality point, joins the derived union and passes the check', () => {
		tmp = mkdtempSync(path.join(os.tmpdir(), 'nkm-supplied-'));
		cpSync(VALID, tmp, { recursive: true });
		const file = path.join(tmp, 'data/municipalities.geojson');
		const fc = JSON.parse(readFileSync(file, 'utf8'));
		const east = structuredClone(fc.features[0]);
		Object.assign(east.properties, {
			id: 'east-district',
			location: {
				precision: 'exact',
				basis: { en: 'A town point.', sr: 'Tačka grada.', sq: 'Një pikë qyteti.' }
			},
			geometrySource: {
				kind: 'cited-coordinate',
				citations: [
					{
						source: { en: 'A fixture', sr: 'Testni podatak', sq: 'Të dhëna testi' },
						printed: '42°55′N 20°53′E'
					}
				]
			}
		});
		east.geometry = { type: 'Point', coordinates: [20.88333, 42.91667] };
		fc.features.push(east);
		writeFileSync(file, JSON.stringify(fc));
		// Before a boundary is supplied the point is valid, and the union covers two squares.
		expect(formatErrors(checkGeoData(options({ root: tmp })))).toEqual([]);

		writeFileSync(
			path.join(tmp, 'inputs/east-district.geojson'),
			JSON.stringify({
				type: 'Feature',
				properties: { source: 'A better boundary', licence: 'CC0' },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[20.83, 42.87],
							[20.93, 42.87],
							[20.93, 42.97],
							[20.83, 42.97],
							[20.83, 42.87]
						]
					]
				}
			})
		);
		deriveFiles(tmp);
		const after = JSON.parse(readFileSync(file, 'utf8'));
		const adopted = after.features.find(
			(f: { properties: { id: string } }) => f.properties.id === 'east-district'
		);
		expect(adopted.geometry.type).toBe('Polygon');
		expect(adopted.properties.geometrySource).toMatchObject({
			kind: 'supplied-file',
			file: 'inputs/east-district.geojson',
			source: 'A better boundary'
		});
		expect(adopted.properties.location.precision).toBe('area');
		const union = JSON.parse(readFileSync(path.join(tmp, 'data/border-zones.geojson'), 'utf8'))
			.features[0];
		expect(JSON.stringify(union.geometry)).toContain('20.93');
		expect(formatErrors(checkGeoData(options({ root: tmp })))).toEqual([]);
	});
});
