/**
 * What a click or a tap on the map means, from the features MapLibre found under it: a cluster to
 * zoom into, a place to open (with the others a reader could have meant), or the background.
 */

/** A rendered feature, as much of it as hit testing reads. */
export interface RenderedFeature {
	/** Its style layer. */
	styleLayer: string;
	/** Its source: for a place, the id of its data layer. */
	source: string;
	id: string;
	name: string;
	isPoint: boolean;
}

export interface OtherPlace {
	id: string;
	name: string;
}

export type HitTest =
	| { kind: 'cluster'; feature: number }
	| { kind: 'place'; id: string; layer: string; alsoHere: OtherPlace[] }
	| { kind: 'background' };

/**
 * `order` lists the style layers a click can hit, topmost first; `clusters` those whose features
 * are clusters. "Also here" offers what a reader could have meant: other points under a point,
 * other areas under an area, never the municipality under every incident.
 */
export function hitTest(
	features: readonly RenderedFeature[],
	options: { order: readonly string[]; clusters: ReadonlySet<string> }
): HitTest {
	const ranked = features
		.map((f, index) => ({ f, index, rank: options.order.indexOf(f.styleLayer) }))
		.filter((r) => r.rank >= 0)
		.sort((a, b) => a.rank - b.rank);
	const top = ranked[0];
	if (!top) return { kind: 'background' };
	if (options.clusters.has(top.f.styleLayer)) return { kind: 'cluster', feature: top.index };
	const alsoHere = new Map<string, string>();
	for (const { f } of ranked) {
		if (f.isPoint === top.f.isPoint && f.id !== top.f.id) alsoHere.set(f.id, f.name);
	}
	return {
		kind: 'place',
		id: top.f.id,
		layer: top.f.source,
		alsoHere: [...alsoHere].map(([id, name]) => ({ id, name }))
	};
}
