/**
 * Builds the site for the benchmark in a copy of the project outside the checkout, so a run
 * never touches `build/` or `src/lib/generated/`, and a synthetic incident set goes through the
 * very same pipeline (data check, geo:build, vite build) as the real data.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeCollection } from '../geo/lib/files';
import { registry } from '../geo/lib/layers';
import { ROOT } from '../geo/lib/paths';
import type { Catalog, MapGeometry } from '../src/shared/app-data';
import { buildStyle } from '../src/shared/layers/style';
import { syntheticIncidents } from './synthetic';

const COPIED = [
	'src',
	'geo',
	'static',
	'messages',
	'project.inlang',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json'
];
/** The excerpt every synthetic incident cites: it mentions violence in northern Kosovo. */
const SYNTHETIC_EXCERPT = 'bne-may-violence';

export const WORK_DIR = process.env.NKM_BENCH_DIR ?? path.join(os.tmpdir(), 'nkm-bench');

export interface Workspace {
	name: string;
	dir: string;
	/** The static site. */
	build: string;
	/** What geo:build wrote. */
	generated: string;
	/** The map's own style, data inline, for the baseline page: the same drawing, no framework. */
	baselineStyle: string;
	/** Seconds spent in geo:build and in vite build. */
	seconds: { geo: number; vite: number };
}

function run(cwd: string, args: string[]) {
	execFileSync(process.execPath, args, {
		cwd,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			NKM_SOURCES_DIR: process.env.NKM_SOURCES_DIR ?? path.resolve(ROOT, '../shared/sources')
		}
	});
}

/** A copy of the project with `syntheticCount` generated incidents added, built. */
export function buildWorkspace(name: string, syntheticCount = 0): Workspace {
	const dir = path.join(WORK_DIR, name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const entry of COPIED) {
		cpSync(path.join(ROOT, entry), path.join(dir, entry), {
			recursive: true,
			filter: (src) => !src.includes(`${path.sep}generated`)
		});
	}
	cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));

	if (syntheticCount > 0) {
		const data = (f: string) => JSON.parse(readFileSync(path.join(dir, 'geo/data', f), 'utf8'));
		const incidents = data('incidents.geojson');
		const municipalities = data('municipalities.geojson');
		incidents.features.push(
			...syntheticIncidents(syntheticCount, municipalities, SYNTHETIC_EXCERPT)
		);
		writeCollection(path.join(dir, 'geo/data/incidents.geojson'), incidents);
	}

	const bin = (pkg: string, file: string) => path.join(ROOT, 'node_modules', pkg, file);
	let t = Date.now();
	run(dir, ['--import', 'tsx', 'geo/scripts/build.ts']);
	const geo = (Date.now() - t) / 1000;
	t = Date.now();
	run(dir, [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'error']);
	const vite = (Date.now() - t) / 1000;
	const generated = path.join(dir, 'src/lib/generated');
	const read = (f: string) => JSON.parse(readFileSync(path.join(generated, f), 'utf8'));
	const geometry = read('geometry.json') as MapGeometry;
	const catalog = read('catalog/en.json') as Catalog;
	const style = {
		...buildStyle(registry, geometry, 'light', new Set(registry.defaultVisible)),
		metadata: { 'nkm:bounds': catalog.focus }
	};
	const baselineStyle = path.join(dir, 'baseline-style.json');
	writeFileSync(baselineStyle, JSON.stringify(style));
	return {
		name,
		dir,
		build: path.join(dir, 'build'),
		generated,
		baselineStyle,
		seconds: { geo, vite }
	};
}
