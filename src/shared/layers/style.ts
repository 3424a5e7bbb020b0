/**
 * The whole MapLibre style, assembled from the layer modules and built offline from the
 * project's own data: no tiles, no sprites, no remote glyphs (MapLibre draws labels with local
 * fonts when `glyphs` is omitted). The live map builds it in the browser; the benchmark's
 * hand-written page gets the same drawing from it.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { CLUSTER_THRESHOLD, type MapGeometry } from '../app-data';
import type { Locale } from '../i18n/locales';
import { BASE, type Theme } from '../palette';
import type { LayerModule, StyleLayer } from './define';
import { ALL_TIME, inTimeRange } from './expressions';
import type { Registry } from './registry';

/** Whether a module's points are clustered in this data: it clusters, and it is very long. */
export function clusteredIn(geometry: MapGeometry) {
	return (m: LayerModule) =>
		m.role === 'place' &&
		!!m.clusters &&
		(geometry.sources[m.id]?.features.length ?? 0) > CLUSTER_THRESHOLD;
}

/** A module's declaration as MapLibre reads it: our own keys out, its source and visibility in. */
export function toSpecification(
	layer: StyleLayer,
	module: LayerModule,
	visible: ReadonlySet<string>
): LayerSpecification {
	const { slot: _slot, interactive: _i, expandsClusters: _e, ...spec } = layer;
	const layout =
		module.role === 'place'
			? { ...spec.layout, visibility: visible.has(module.id) ? 'visible' : 'none' }
			: spec.layout;
	// Dated places answer the timeline; the filter a module declares still applies.
	const dated = module.role === 'place' && module.dated;
	const filter = dated
		? spec.filter
			? ['all', inTimeRange, spec.filter]
			: inTimeRange
		: spec.filter;
	return {
		...spec,
		source: layer.source ?? module.id,
		...(layout ? { layout } : {}),
		...(filter ? { filter } : {})
	} as LayerSpecification;
}

export function buildStyle({
	registry,
	geometry,
	theme,
	visible,
	locale = 'en'
}: {
	registry: Registry;
	geometry: MapGeometry;
	theme: Theme;
	/** The place layers switched on. */
	visible: ReadonlySet<string>;
	/** Which names the labels show. */
	locale?: Locale;
}): StyleSpecification {
	const clustered = clusteredIn(geometry);
	const sources: Record<string, SourceSpecification> = {};
	for (const [id, data] of Object.entries(geometry.sources)) {
		const owner = registry.place(id);
		sources[id] = {
			type: 'geojson',
			data,
			promoteId: 'id',
			...(owner?.clusters && clustered(owner)
				? {
						cluster: true,
						clusterRadius: owner.clusters.radius,
						clusterMaxZoom: owner.clusters.maxZoom
					}
				: {})
		};
	}
	return {
		version: 8,
		// The labels' one switch (which `name_<locale>` they show, see `localName`), and the
		// timeline's range (see `inTimeRange`).
		state: {
			locale: { default: locale },
			from: { default: ALL_TIME.from },
			to: { default: ALL_TIME.to }
		},
		sources,
		layers: [
			{
				id: 'background',
				type: 'background',
				paint: { 'background-color': BASE[theme].background }
			},
			...registry
				.styleLayers(theme, clustered)
				.map(({ layer, module }) => toSpecification(layer, module, visible))
		]
	};
}
