/**
 * The data files readers can download from /data/ (issue 11, "Get the data"): every place as
 * GeoJSON, CSV and KML, every excerpt as CSV, a Frictionless datapackage.json and LICENSE.md.
 * `geo:build` writes them into static/data/ (gitignored) after the data check has passed, and
 * Vite copies them into build/data/. Nothing here reaches the browser's code.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { citeLine } from '../../src/shared/cite';
import type { ExcerptFile, PlaceFeature, SourceRegistry } from '../../src/shared/contract';
import { anchorOf } from './app-data';
import { dataPackage, type PackageFile } from './exports/datapackage';
import { EXCERPT_FIELDS, type ExcerptRow } from './exports/excerpt-fields';
import { propertiesOf, toCsv, toGeoJson, toKml } from './exports/formats';
import { licenceFile } from './exports/licence-file';
import { geometryLicences } from './exports/licences';
import { placeFields, type PlaceRow } from './exports/place-fields';
import { registry } from './layers';
import { GEO_DIR, rel, ROOT } from './paths';

export const EXPORTS_DIR = path.join(ROOT, 'static/data');

export interface ExportOptions {
	/** The checked places (`CheckResult.features`): every place layer, no basemap. */
	features: PlaceFeature[];
	/** The data root holding sources.json and excerpts.json. */
	root?: string;
	/** The public origin; the same default as src/lib/site.ts. */
	siteUrl?: string;
	created?: Date;
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Every file, by its name under /data/, with its text. */
export function buildExports(options: ExportOptions): Map<string, string> {
	const root = options.root ?? GEO_DIR;
	const siteUrl = (options.siteUrl || process.env.VITE_SITE_URL || 'http://127.0.0.1:4173').replace(
		/\/$/,
		''
	);
	const created = (options.created ?? new Date()).toISOString();
	const day = created.slice(0, 10);
	const { version } = readJson<{ version: string }>(path.join(ROOT, 'package.json'));
	const title = readJson<{ site_title: string }>(path.join(ROOT, 'messages/en.json')).site_title;
	const cite = citeLine({ title, version, day, siteUrl });

	const { features } = options;
	const sources = readJson<SourceRegistry>(path.join(root, 'sources.json')).sources;
	const excerpts = readJson<ExcerptFile>(path.join(root, 'excerpts.json')).excerpts;
	const excerptById = new Map(excerpts.map((e) => [e.id, e]));
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const licences = geometryLicences(features);

	const places: PlaceRow[] = features.map((feature) => ({
		feature,
		excerpts: feature.properties.excerpts.map((id) => excerptById.get(id)!),
		geometry: licences.get(feature.properties.id)!,
		anchor: anchorOf(feature)
	}));
	const quoted: ExcerptRow[] = excerpts.map((excerpt) => ({
		excerpt,
		source: sourceById.get(excerpt.source)!,
		placeIds: features
			.filter((f) => f.properties.excerpts.includes(excerpt.id))
			.map((f) => f.properties.id)
	}));
	const quotedSources = sources.filter((s) => excerpts.some((e) => e.source === s.id));

	const fields = placeFields(registry);
	const geoFields = fields.filter((f) => !f.csvOnly);
	const flat = places.map((row) => ({
		type: 'Feature' as const,
		id: row.feature.properties.id,
		properties: propertiesOf(geoFields, row),
		geometry: row.feature.geometry
	}));

	// Our fields are CC BY; the ODbL too wherever a shape derives from OpenStreetMap.
	const both = (['ODbL-1.0', 'CC-BY-4.0'] as const).filter(
		(l) => l === 'CC-BY-4.0' || places.some((p) => p.geometry.licence === l)
	);
	const placeWords = `every place of the map (${places.length}), all layers but the basemap`;
	const placeSentence = placeWords[0]!.toUpperCase() + placeWords.slice(1);
	const files: PackageFile[] = [
		{
			path: 'places.geojson',
			name: 'places',
			title: 'Places (GeoJSON)',
			description: `${placeSentence}, as an RFC 7946 FeatureCollection with the fields of places.csv as properties (without geometry_type, longitude, latitude and anchor).`,
			format: 'geojson',
			mediatype: 'application/geo+json',
			licences: [...both],
			text: toGeoJson(flat)
		},
		{
			path: 'places.csv',
			name: 'places-csv',
			title: 'Places (CSV)',
			description: `${placeSentence}, one row a place, with a point standing for each (see anchor).`,
			format: 'csv',
			mediatype: 'text/csv',
			licences: [...both],
			text: toCsv(fields, places),
			schema: { fields: fields, primaryKey: 'id' }
		},
		{
			path: 'places.kml',
			name: 'places-kml',
			title: 'Places (KML)',
			description: `${placeSentence}, for Google Earth: the English name and summary as each placemark's name and description, every field of places.geojson in its ExtendedData.`,
			format: 'kml',
			mediatype: 'application/vnd.google-earth.kml+xml',
			licences: [...both],
			text: toKml(flat, 'name_en', 'summary_en')
		},
		{
			path: 'excerpts.csv',
			name: 'excerpts',
			title: 'Excerpts (CSV)',
			description: `Every excerpt the map quotes (${quoted.length}), verbatim, one row an excerpt, with its source, who makes the claim, its side and stance, and the places that list it. The quoted words are the publishers'; see LICENSE.md.`,
			format: 'csv',
			mediatype: 'text/csv',
			licences: ['CC-BY-4.0'],
			text: toCsv(EXCERPT_FIELDS, quoted),
			schema: { fields: EXCERPT_FIELDS, primaryKey: 'excerpt_id' }
		}
	];
	const licence = licenceFile({
		title,
		version,
		day,
		siteUrl,
		cite,
		places: places.map((p) => ({
			id: p.feature.properties.id,
			name: p.feature.properties.names.en,
			licence: p.geometry.licence
		})),
		files: [
			{ path: 'places.geojson', fields: geoFields, hasGeometry: true },
			{ path: 'places.kml', fields: geoFields, hasGeometry: true },
			{ path: 'places.csv', fields: fields, hasGeometry: false },
			{ path: 'excerpts.csv', fields: EXCERPT_FIELDS, hasGeometry: false }
		],
		sources: quotedSources
	});
	files.push({
		path: 'LICENSE.md',
		name: 'license',
		title: 'Licence',
		description:
			'Which licence covers which file and which field, the attribution lines, and how to cite the map.',
		format: 'md',
		mediatype: 'text/markdown',
		licences: ['CC-BY-4.0'],
		text: licence
	});
	const pkg = dataPackage(
		{
			title,
			description: `The data of the map: ${placeWords}, and every verbatim excerpt of the archived news reports it quotes, with who makes each claim. How to cite: ${cite}`,
			version,
			created,
			homepage: `${siteUrl}/`,
			sources: quotedSources
		},
		files
	);
	return new Map([...files.map((f) => [f.path, f.text] as const), ['datapackage.json', pkg]]);
}

/** Writes the files into `outDir` (static/data/ by default), replacing what was there. */
export function writeExports(options: ExportOptions & { outDir?: string }): string[] {
	const outDir = options.outDir ?? EXPORTS_DIR;
	const files = buildExports(options);
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	for (const [name, text] of files) writeFileSync(path.join(outDir, name), text);
	const kb = (t: string) => `${(Buffer.byteLength(t) / 1024).toFixed(1)} KB`;
	console.log(
		`geo:build: wrote ${rel(outDir)}/: ${[...files].map(([n, t]) => `${n} ${kb(t)}`).join(', ')}`
	);
	return [...files.keys()];
}
