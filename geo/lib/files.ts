/** Where the curated files live inside a data root (`geo/`, or a fixture folder), and their I/O. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';

/** The data files are the layer modules' (`registry.files`); these are the rest. */
export const SOURCES_FILE = 'sources.json';
export const EXCERPTS_FILE = 'excerpts.json';
/** The numbers the texts state, each tied to an excerpt (geo/README.md, "Figures"). */
export const FIGURES_FILE = 'figures.json';
/** A file here named after a feature id replaces that feature's geometry (see geo/README.md). */
export const SUPPLIED_DIR = 'inputs';

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

export function readJson(file: string): Parsed {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return { ok: false, message: 'file is missing' };
	}
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (e) {
		return { ok: false, message: `not valid JSON (${(e as Error).message})` };
	}
}

/**
 * Writes a FeatureCollection with properties indented for review and each geometry on one line,
 * so a diff shows what changed in the curated text and only flags that a shape moved.
 */
export function writeCollection(file: string, fc: FeatureCollection) {
	const marks: string[] = [];
	const withMarks = {
		...fc,
		features: fc.features.map((f) => {
			marks.push(JSON.stringify(f.geometry));
			return { ...f, geometry: `\u0000${marks.length - 1}` };
		})
	};
	const text = JSON.stringify(withMarks, null, '\t').replace(
		/"\\u0000(\d+)"/g,
		(_, i: string) => marks[Number(i)]!
	);
	writeFileSync(file, `${text}\n`);
}

export function inRoot(root: string, file: string) {
	return path.join(root, file);
}
