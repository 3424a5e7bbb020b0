/**
 * The layer registry at build time: every `*.layer.ts` module in `src/shared/layers/`, loaded by
 * file name (the browser finds the same files through `import.meta.glob`, see src/lib/layers.ts).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LayerModule } from '../../src/shared/layers/define';
import { createRegistry } from '../../src/shared/layers/registry';
import { ROOT } from './paths';

export const LAYERS_DIR = path.join(ROOT, 'src/shared/layers');

async function loadModules(dir: string): Promise<LayerModule[]> {
	const files = readdirSync(dir).filter((f) => f.endsWith('.layer.ts'));
	return Promise.all(
		files.map(
			async (f) =>
				((await import(pathToFileURL(path.join(dir, f)).href)) as { default: LayerModule }).default
		)
	);
}

export const registry = createRegistry(await loadModules(LAYERS_DIR));
