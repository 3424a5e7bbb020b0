/**
 * The layer registry: every view of the layers that the check, the build, the live style, the
 * static picture, the legend, the URL and the alt text need, derived from the modules. Two
 * entry points feed it the modules found in this folder: `src/lib/layers.ts` (the browser,
 * through `import.meta.glob`) and `geo/lib/layers.ts` (the build, by file name).
 */
import { BASE, type BaseColours, type Theme } from '../palette';
import type { Colours, LayerModule, PlaceLayer, StyleLayer } from './define';
import { slotIndex } from './slots';

export interface Registry {
	/** Every module, in `order`. */
	all: readonly LayerModule[];
	/** The layers of the story, in legend order: what the reader toggles, lists and opens. */
	places: readonly PlaceLayer[];
	/** Place layer ids, in legend order: the values the URL's `layers` accepts. */
	ids: readonly string[];
	isLayerId(value: string): boolean;
	place(id: string): PlaceLayer | undefined;
	defaultVisible: readonly string[];
	military: readonly string[];
	/** Each data file, and the modules whose features it holds, in order. */
	files: ReadonlyMap<string, readonly LayerModule[]>;
	/** The layers switched on in a preset that chooses its own: those whose module names it. */
	inPreset(name: string): string[];
	/** Every style layer in a theme's colours, in z-order (bottom first), with its module. */
	styleLayers(
		theme: Theme,
		clustered: (layer: LayerModule) => boolean
	): { layer: StyleLayer; module: LayerModule }[];
	/** A place layer's style layer ids, cluster layers included. */
	styleLayerIds(id: string): string[];
	/** The style layers a click can hit, topmost first. */
	interactiveLayers(): string[];
}

/** A module's colours in a theme, with the shared ones. */
export const coloursOf = (m: LayerModule, theme: Theme): Colours & BaseColours => ({
	...m.colours[theme],
	...BASE[theme]
});
const styleOf = (m: LayerModule, theme: Theme, clustered: boolean): StyleLayer[] =>
	m.style(coloursOf(m, theme), { clustered });

export function createRegistry(modules: Iterable<LayerModule<Colours>>): Registry {
	const all = [...modules].sort((a, b) => a.order - b.order);
	const seen = new Set<string>();
	for (const m of all) {
		if (seen.has(m.id)) throw new Error(`two layer modules declare the id "${m.id}"`);
		seen.add(m.id);
	}
	const places = all.filter((m): m is PlaceLayer => m.role === 'place');
	const ids = places.map((m) => m.id);
	const files = new Map<string, LayerModule[]>();
	for (const m of all) files.set(m.file, [...(files.get(m.file) ?? []), m]);

	const styleLayers: Registry['styleLayers'] = (theme, clustered) =>
		all
			.flatMap((module) =>
				styleOf(module, theme, clustered(module)).map((layer) => ({ layer, module }))
			)
			.map((entry, i) => ({ ...entry, i }))
			.sort(
				(a, b) =>
					slotIndex(a.layer.slot) - slotIndex(b.layer.slot) ||
					a.module.order - b.module.order ||
					a.i - b.i
			)
			.map(({ layer, module }) => ({ layer, module }));

	return {
		all,
		places,
		ids,
		isLayerId: (value) => ids.includes(value),
		place: (id) => places.find((m) => m.id === id),
		defaultVisible: places.filter((m) => m.visibleByDefault).map((m) => m.id),
		military: places.filter((m) => m.group === 'military').map((m) => m.id),
		files,
		inPreset: (name) => places.filter((m) => m.presets?.includes(name)).map((m) => m.id),
		styleLayers,
		styleLayerIds: (id) => {
			const m = places.find((p) => p.id === id);
			// Ids do not depend on colours: any theme will do.
			return m ? styleOf(m, 'light', true).map((l) => l.id) : [];
		},
		interactiveLayers: () =>
			styleLayers('light', () => true)
				.filter(({ layer }) => layer.interactive)
				.map(({ layer }) => layer.id)
				.reverse()
	};
}
