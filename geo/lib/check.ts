/**
 * The data check: every rule over every curated file, returning errors rather than throwing,
 * so that the CLI, the build and the fixture tests all read the same messages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { Archive } from './archive';
import { DerivationError, dependencies, recompute } from './derive';
import { formatError, ptr, Report, type CheckError } from './errors';
import { EXCERPTS_FILE, FIGURES_FILE, inRoot, readJson, SOURCES_FILE } from './files';
import { checkFigures } from './figures';
import { checkCollection, checkFeatureGeometry, featureId } from './geojson-rules';
import { firstDifference, normalise } from './geometry';
import { rel } from './paths';
import { registry } from './layers';
import { checkExcerpts, checkSources } from './provenance';
import { checkBasemapProperties, checkProperties, localDay } from './schema';
import type {
	BasemapProperties,
	Derivation,
	GeometrySource,
	PlaceFeature
} from '../../src/shared/contract';
import type { Figure } from '../../src/shared/figures';

export interface CheckOptions {
	/** The data root: `geo/`, or a fixture folder with the same layout. */
	root: string;
	/** A folder whose files, where present, replace the root's (the invalid fixtures). */
	overlay?: string;
	/** The archive of source texts; `dir` need not exist. */
	archiveDir: string;
	/** Under CI a missing archive is an error, not a warning. */
	ci: boolean;
	/** Re-run every derivation and compare (slow: the OSM borders file is 48 MB). */
	recompute: boolean;
	/** Basemap files are optional in fixture roots. */
	basemap: boolean;
	/**
	 * The day of the check, `YYYY-MM-DD`: corrections and lastChecked dates after it are refused.
	 * By default the machine's local date; the fixture tests fix it.
	 */
	today?: string;
}

export interface CheckResult {
	errors: CheckError[];
	warnings: string[];
	/**
	 * Whether the archive was there, so that hashes and quotes were checked against it. Outside
	 * CI a missing archive is only a warning, and then this is false.
	 */
	archiveChecked: boolean;
	/** The features as read, for the build: only meaningful when `errors` is empty. */
	features: PlaceFeature[];
	/** The figures the texts state (figures.json), likewise. */
	figures: Figure[];
	/** The basemap's features, by the id of the layer module whose file holds them. */
	basemap: Record<string, Feature<Geometry, BasemapProperties>[]>;
}

interface Located {
	file: string;
	index: number;
	feature: Feature;
	geometryOk: boolean;
}

export function checkGeoData(options: CheckOptions): CheckResult {
	const report = new Report();
	const { root, overlay } = options;
	const resolve = (f: string) =>
		overlay && existsSync(inRoot(overlay, f)) ? inRoot(overlay, f) : inRoot(root, f);
	const fileName = (f: string) => rel(resolve(f));

	const today = options.today ?? localDay();
	const archive = new Archive(options.archiveDir);
	const haveArchive = archive.present;
	if (!haveArchive) {
		const message = `SOURCE ARCHIVE NOT FOUND at ${archive.dir}: quotes cannot be checked against the archived articles. Set NKM_SOURCES_DIR to the folder of archived texts.`;
		if (options.ci) {
			report.for(archive.dir)(
				null,
				'',
				'source archive not found under CI',
				archive.dir,
				'the folder of archived articles (set NKM_SOURCES_DIR)'
			);
		} else report.warn(message);
	}

	const read = (file: string) => {
		const parsed = readJson(resolve(file));
		if (!parsed.ok) report.for(fileName(file))(null, '', parsed.message, file, 'a JSON file');
		return parsed.ok ? parsed.value : undefined;
	};

	const sourcesJson = read(SOURCES_FILE);
	const sources = checkSources(
		sourcesJson,
		haveArchive ? archive : null,
		report.for(fileName(SOURCES_FILE)),
		today
	);
	const excerptsJson = read(EXCERPTS_FILE);
	const excerpts = checkExcerpts(
		excerptsJson,
		sources,
		haveArchive ? archive : null,
		report.for(fileName(EXCERPTS_FILE)),
		today
	);
	const excerptIds = new Set(excerpts.keys());

	const places: Located[] = [];
	const basemap: Located[] = [];
	const seenIds = new Map<string, string>();
	const noteId = (file: string, index: number, f: Feature) => {
		const id = featureId(f);
		if (id === null) return;
		const complain = report.for(fileName(file));
		if (seenIds.has(id)) {
			complain(
				id,
				ptr('features', index, 'properties', 'id'),
				`duplicate id (also in ${seenIds.get(id)})`,
				id,
				'an id used once across all files'
			);
		} else seenIds.set(id, fileName(file));
	};

	// Each data file holds the layers whose modules name it: place layers, or one basemap layer.
	for (const [file, modules] of registry.files) {
		const layers = modules.filter((m) => m.role === 'place');
		const base = modules.find((m) => m.role === 'basemap');
		if (base && !options.basemap) continue;
		const complain = report.for(fileName(file));
		const fc = read(file);
		if (fc === undefined || !checkCollection(fc, complain)) continue;
		fc.features.forEach((f, index) => {
			const geometryOk = checkFeatureGeometry(f, index, complain);
			// A broken geometry would only repeat itself in the checks that read it.
			const geometry = geometryOk ? f.geometry : null;
			if (base) {
				if (geometry && !base.geometry.includes(geometry.type))
					complain(
						featureId(f),
						ptr('features', index, 'geometry', 'type'),
						`geometry type not allowed in layer ${base.id}`,
						geometry.type,
						base.geometry.map((t) => `"${t}"`).join(', ')
					);
				checkBasemapProperties(f.properties ?? {}, geometry, index, base.kinds, complain);
			} else
				checkProperties(
					f.properties ?? {},
					geometry,
					index,
					{ layers, excerptIds, today },
					complain
				);
			noteId(file, index, f);
			(base ? basemap : places).push({ file, index, feature: f, geometryOk });
		});
	}

	checkCrossReferences(places, basemap, excerptIds, report, fileName);
	const figures = checkFigures(
		read(FIGURES_FILE),
		{
			excerpts,
			places: new Map(
				places.map(({ feature: f }) => [
					f.properties?.id as string,
					(f.properties?.excerpts as string[] | undefined) ?? []
				])
			)
		},
		report.for(fileName(FIGURES_FILE))
	);
	if (options.recompute && report.errors.length === 0) {
		checkRecomputed([...places, ...basemap], root, report, fileName);
	}
	return {
		errors: report.errors,
		warnings: report.warnings,
		archiveChecked: haveArchive,
		features: places.map((p) => p.feature as PlaceFeature),
		figures,
		basemap: Object.fromEntries(
			registry.all
				.filter((m) => m.role === 'basemap')
				.map((m) => [
					m.id,
					basemap
						.filter((b) => b.file === m.file)
						.map((b) => b.feature as Feature<Geometry, BasemapProperties>)
				])
		)
	};
}

function checkCrossReferences(
	places: Located[],
	basemap: Located[],
	excerptIds: Set<string>,
	report: Report,
	fileName: (f: string) => string
) {
	const used = new Set<string>();
	for (const { feature } of places) {
		for (const e of (feature.properties?.excerpts as string[] | undefined) ?? []) used.add(e);
	}
	// A layer that contains others (municipalities): the places naming one of its features in the
	// module's property must name a real one, and lie inside it.
	for (const container of registry.places) {
		if (!container.contains) continue;
		const { property } = container.contains;
		const shapes = new Map(
			places
				.filter((p) => p.feature.properties?.layer === container.id)
				.map((p) => [p.feature.properties!.id as string, p.feature.geometry])
		);
		for (const { file, index, feature, geometryOk } of places) {
			const props = feature.properties ?? {};
			const m = props[property] as string | undefined;
			if (m === undefined || !geometryOk) continue;
			const complain = report.for(fileName(file));
			const at = ptr('features', index, 'properties', property);
			const shape = shapes.get(m);
			if (!shape)
				complain(
					props.id,
					at,
					`unknown ${property} id`,
					m,
					`one of ${[...shapes.keys()].join(', ')}`
				);
			else if (
				(shape.type === 'Polygon' || shape.type === 'MultiPolygon') &&
				feature.geometry?.type === 'Point' &&
				!booleanPointInPolygon(feature.geometry as Point, shape as Polygon | MultiPolygon)
			) {
				complain(
					props.id,
					at,
					`the point does not fall inside ${property} “${m}”`,
					(feature.geometry as Point).coordinates,
					`a position inside ${m}, or the right ${property}`
				);
			}
		}
	}
	for (const id of excerptIds) {
		if (!used.has(id))
			report.for(fileName(EXCERPTS_FILE))(
				id,
				'/excerpts',
				'excerpt is not tied to any feature',
				id,
				'every excerpt listed by at least one feature'
			);
	}
	for (const { file, index, feature } of basemap) {
		const anchor = feature.properties?.labelAnchor as [number, number] | undefined;
		const g = feature.geometry;
		if (
			anchor &&
			g &&
			(g.type === 'Polygon' || g.type === 'MultiPolygon') &&
			!booleanPointInPolygon(anchor, g)
		) {
			report.for(fileName(file))(
				feature.properties?.id,
				ptr('features', index, 'properties', 'labelAnchor'),
				'label anchor falls outside its country',
				anchor,
				'a position inside the polygon'
			);
		}
	}
}

/**
 * A memoised recomputation of any feature's geometry from its recipe, reading the recomputed
 * (not the shipped) geometry of whatever it depends on.
 */
export function makeRecomputer(all: Feature[], root: string) {
	const byId = new Map(all.map((f) => [f.properties!.id as string, f]));
	const memo = new Map<string, Geometry | null>();
	const recomputeId = (id: string): Geometry | null => {
		if (memo.has(id)) return memo.get(id)!;
		const f = byId.get(id);
		if (!f) return null;
		const props = f.properties as { geometrySource: GeometrySource; derivation?: Derivation };
		const g =
			props.geometrySource.kind === 'supplied-file'
				? suppliedGeometry(root, props.geometrySource.file)
				: recompute(props.geometrySource, props.derivation, {
						byId: (dep) => recomputeId(dep) ?? byId.get(dep)?.geometry ?? undefined,
						layer: (layer) =>
							all
								.filter((l) => l.properties?.layer === layer)
								.map(
									(l) =>
										({
											...l,
											geometry: recomputeId(l.properties!.id) ?? l.geometry
										}) as PlaceFeature
								)
					});
		memo.set(id, g);
		return g;
	};
	return recomputeId;
}

/** Recomputes every dataset, derived and supplied geometry and compares it with what ships. */
function checkRecomputed(
	all: Located[],
	root: string,
	report: Report,
	fileName: (f: string) => string
) {
	const recomputeId = makeRecomputer(
		all.map((l) => l.feature),
		root
	);
	for (const { file, index, feature } of all) {
		const props = feature.properties as {
			id: string;
			geometrySource: GeometrySource;
			derivation?: Derivation;
		};
		const complain = report.for(fileName(file));
		const at = ptr('features', index, 'geometry');
		if (props.geometrySource.kind === 'supplied-file') {
			const full = path.join(root, props.geometrySource.file);
			if (!existsSync(full)) {
				complain(
					props.id,
					ptr('features', index, 'properties', 'geometrySource', 'file'),
					'supplied boundary file is missing',
					props.geometrySource.file,
					'a file under geo/inputs/'
				);
				continue;
			}
			const sha = createHash('sha256').update(readFileSync(full)).digest('hex');
			if (sha !== props.geometrySource.sha256) {
				complain(
					props.id,
					ptr('features', index, 'properties', 'geometrySource', 'sha256'),
					'supplied boundary file has changed since it was derived',
					props.geometrySource.sha256,
					`${sha} (run npm run geo:derive)`
				);
				continue;
			}
		}
		let expected: Geometry | null;
		try {
			expected = recomputeId(props.id);
		} catch (e) {
			if (!(e instanceof DerivationError)) throw e;
			complain(
				props.id,
				ptr('features', index, 'properties', 'derivation'),
				`derivation cannot be re-run: ${e.message}`,
				props.derivation ?? props.geometrySource,
				'inputs that exist in the installed datasets'
			);
			continue;
		}
		if (!expected) continue;
		const diff = firstDifference(feature.geometry, expected);
		if (diff) {
			complain(
				props.id,
				`${at}${diff.path}`,
				`geometry differs from its recomputation (${dependencyNote(props.derivation)}run npm run geo:derive)`,
				diff.seen,
				JSON.stringify(diff.expected)
			);
		}
	}
}

function dependencyNote(d: Derivation | undefined) {
	const deps = dependencies(d);
	const parts = [...deps.ids.map((i) => `feature ${i}`), ...deps.layers.map((l) => `layer ${l}`)];
	return parts.length ? `it reads ${parts.join(', ')}; ` : '';
}

export function suppliedGeometry(root: string, file: string): Geometry {
	const value = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as
		Feature | { type: 'FeatureCollection'; features: Feature[] };
	const feature = value.type === 'FeatureCollection' ? value.features[0] : value;
	if (!feature?.geometry || !['Polygon', 'MultiPolygon'].includes(feature.geometry.type)) {
		throw new DerivationError(`${file} must hold one Polygon or MultiPolygon feature`);
	}
	return normalise(feature.geometry);
}

export function formatErrors(result: CheckResult): string[] {
	return result.errors.map(formatError);
}
