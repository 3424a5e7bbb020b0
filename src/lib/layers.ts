/**
 * The layer registry in the browser: every module in `src/shared/layers/`, found by Vite at
 * build time. The build (`geo/lib/layers.ts`) finds the same modules by file name.
 */
import type { LayerModule } from '$shared/layers/define';
import { createRegistry } from '$shared/layers/registry';

export const registry = createRegistry(
	Object.values(
		import.meta.glob<LayerModule>('../shared/layers/*.layer.ts', { eager: true, import: 'default' })
	)
);
export type { LayerModule, PlaceLayer } from '$shared/layers/define';
