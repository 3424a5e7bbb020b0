/**
 * The structure the code promises: a layer's id lives in its own module, the build and the
 * browser find the same layers, and build-time code and browser code stay in their folders.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry as buildRegistry, LAYERS_DIR } from '../../geo/lib/layers';
import { ROOT } from '../../geo/lib/paths';
import { registry as browserRegistry } from '../../src/lib/layers';

/** Code, as git knows it: not tests, data, docs or generated files. */
const codeFiles = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'src', 'geo'], {
	cwd: ROOT,
	encoding: 'utf8'
})
	.split('\n')
	.filter((f) => /\.(ts|js|svelte)$/.test(f))
	.filter((f) => !/\.test\.ts$/.test(f) && !f.includes('/generated/'));
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

describe('the layer registry', () => {
	it('holds the same layers, in the same order, in the build and in the browser', () => {
		expect(browserRegistry.all.map((m) => m.id)).toEqual(buildRegistry.all.map((m) => m.id));
		expect(browserRegistry.all.length).toBeGreaterThanOrEqual(9);
	});

	it('writes each layer’s id, and the ids of its style layers and sources, in its module alone', () => {
		for (const module of buildRegistry.all) {
			const file = codeFiles.find(
				(f) => path.join(ROOT, f) === path.join(LAYERS_DIR, `${module.id}.layer.ts`)
			);
			expect(file, `${module.id} lives in ${module.id}.layer.ts`).toBeDefined();
			const ids = new Set([
				module.id,
				...module.style({ ...module.colours.light } as never, { clustered: true }).map((l) => l.id)
			]);
			for (const id of ids) {
				const quoted = new RegExp(`['"\`]${id.replace(/-/g, '\\-')}['"\`]`);
				const where = codeFiles.filter((f) => quoted.test(read(f)));
				// Style layer ids are written from the module's own id (`${ID}-fill`), so most are absent.
				expect(
					where.filter((f) => f !== file),
					`"${id}" outside ${file}`
				).toEqual([]);
			}
		}
	});
});

describe('the size of files in src/lib', () => {
	/** Script and markup: a component's <style> is not counted. */
	const LIMIT = 250;
	/** The page's composition is held tighter: a newcomer reads it in a few minutes. */
	const NEWS_MAP_LIMIT = 210;
	const counted = (text: string) =>
		text
			.replace(/<style[\s\S]*?<\/style>/g, '')
			.replace(/\n+$/, '')
			.split('\n').length;
	/** A reason stated at the top: a comment whose text begins with "Size:" in the first lines. */
	const statesReason = (text: string) =>
		/^\s*(\/\/|\/?\*+|<!--)?\s*Size:/m.test(text.split('\n').slice(0, 12).join('\n'));

	it('counts script and markup, not styles', () => {
		expect(counted('<script>\na\n</script>\n<p>b</p>\n<style>\n.x {}\n.y {}\n</style>\n')).toBe(4);
		expect(statesReason('<!--\nSize: one state machine, read as one.\n-->')).toBe(true);
		expect(statesReason('/**\n * Size: the whole contract, in one place.\n */')).toBe(true);
		expect(statesReason('// the size of it\n')).toBe(false);
	});

	it(`keeps every file under ${LIMIT} lines, or says why at its top`, () => {
		const long = codeFiles
			.filter((f) => f.startsWith('src/lib/'))
			.map((f) => ({ f, text: read(f) }))
			.filter(({ text }) => counted(text) > LIMIT && !statesReason(text))
			.map(({ f, text }) => `${f}: ${counted(text)} lines`);
		expect(long).toEqual([]);
	});

	it(`keeps NewsMap.svelte, the composition of the page, near 200 lines`, () => {
		expect(counted(read('src/lib/NewsMap.svelte'))).toBeLessThanOrEqual(NEWS_MAP_LIMIT);
	});
});

describe('the folders', () => {
	const imports = (f: string) =>
		[...read(f).matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => ({
			typeOnly: !!m[1],
			from: m[2]!
		}));

	it('keep Node and Turf out of everything the browser runs (src/)', () => {
		const bad = codeFiles
			.filter((f) => f.startsWith('src/'))
			.flatMap((f) =>
				imports(f)
					.filter((i) => /^(node:|@turf\/|fs$|path$)/.test(i.from))
					.map((i) => `${f}: ${i.from}`)
			);
		expect(bad).toEqual([]);
	});

	it('keep the build (geo/) and the data exports’ libraries out of src/: they run at build time only', () => {
		const bad = codeFiles
			.filter((f) => f.startsWith('src/'))
			.flatMap((f) =>
				imports(f)
					.filter((i) =>
						/(^|\/)geo\/|^(csv-stringify|csv-parse|@placemarkio\/tokml)(\/|$)/.test(i.from)
					)
					.map((i) => `${f}: ${i.from}`)
			);
		expect(bad).toEqual([]);
	});

	it('keep src/shared pure: no Svelte, no SvelteKit, no $lib, and MapLibre for its types only', () => {
		const bad = codeFiles
			.filter((f) => f.startsWith('src/shared/'))
			.flatMap((f) =>
				imports(f)
					.filter(
						(i) =>
							/\.svelte$|^\$app|^\$lib|^svelte/.test(i.from) ||
							(i.from === 'maplibre-gl' && !i.typeOnly)
					)
					.map((i) => `${f}: ${i.from}`)
			);
		expect(bad).toEqual([]);
	});

	it('keep the build away from the browser’s code: geo/ reads src/shared only', () => {
		const bad = codeFiles
			.filter((f) => f.startsWith('geo/'))
			.flatMap((f) =>
				imports(f)
					.filter((i) => /\.svelte$|^\$lib|src\/lib|src\/routes/.test(i.from))
					.map((i) => `${f}: ${i.from}`)
			);
		expect(bad).toEqual([]);
	});
});
