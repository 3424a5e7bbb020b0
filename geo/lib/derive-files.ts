/**
 * Rewrites the geometry of every dataset, derived and supplied feature in a data root from its
 * recipe (what `npm run geo:derive` does), adopting supplied boundary files on the way.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { makeRecomputer, suppliedGeometry } from './check';
import { inRoot, readJson, SUPPLIED_DIR, writeCollection } from './files';
import { registry } from './layers';
import { rel } from './paths';
import type { PlaceProperties } from '../../src/shared/contract';

export function deriveFiles(root: string, log: (line: string) => void = () => {}) {
	const files = [...registry.files.keys()].filter((f) => existsSync(inRoot(root, f)));
	const collections = new Map<string, FeatureCollection>();
	for (const file of files) {
		const parsed = readJson(inRoot(root, file));
		if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
		collections.set(file, parsed.value as FeatureCollection);
	}
	const all: Feature[] = [...collections.values()].flatMap((fc) => fc.features);
	for (const f of all) adoptSuppliedBoundary(root, f, log);

	const recomputeId = makeRecomputer(all, root);
	let changed = 0;
	for (const f of all) {
		const started = Date.now();
		const g = recomputeId(f.properties!.id as string);
		if (!g) continue;
		if (JSON.stringify(g) !== JSON.stringify(f.geometry)) changed++;
		f.geometry = g;
		const ms = Date.now() - started;
		if (ms > 500) log(`  ${f.properties!.id}: ${(ms / 1000).toFixed(1)} s`);
	}
	for (const [file, fc] of collections) writeCollection(inRoot(root, file), fc);
	return { files: files.length, features: all.length, changed };
}

/** A supplied polygon replaces a feature's geometry; it must say where it comes from and its licence. */
function adoptSuppliedBoundary(root: string, f: Feature, log: (line: string) => void) {
	const props = f.properties as PlaceProperties;
	const file = path.posix.join(SUPPLIED_DIR, `${props.id}.geojson`);
	const full = path.join(root, file);
	if (!existsSync(full)) return;
	const supplied = JSON.parse(readFileSync(full, 'utf8')) as Feature | FeatureCollection;
	const meta =
		(supplied.type === 'FeatureCollection' ? supplied.features[0] : supplied)?.properties ?? {};
	if (typeof meta.source !== 'string' || typeof meta.licence !== 'string') {
		throw new Error(`${rel(full)}: the feature's properties must give "source" and "licence"`);
	}
	suppliedGeometry(root, file);
	props.geometrySource = {
		kind: 'supplied-file',
		file,
		sha256: createHash('sha256').update(readFileSync(full)).digest('hex'),
		source: meta.source,
		licence: meta.licence
	};
	// The file's own source name stays as given; the words around it are in each language.
	props.location = {
		precision: 'area',
		basis: {
			en: `Boundary from a supplied file: ${meta.source}.`,
			sr: `Granica iz dostavljene datoteke: ${meta.source}.`,
			sq: `Kufiri nga një skedar i dhënë: ${meta.source}.`
		}
	};
	props.caveat = {
		en: `Boundary from a supplied file (${meta.source}), not from a packaged open dataset.`,
		sr: `Granica iz dostavljene datoteke (${meta.source}), a ne iz upakovanog otvorenog skupa podataka.`,
		sq: `Kufiri nga një skedar i dhënë (${meta.source}), jo nga një grup i hapur të dhënash i paketuar.`
	};
	log(`  ${props.id}: boundary taken from ${rel(full)}`);
}
