/**
 * A theme change recolours the live map in place: only the paint properties whose values differ
 * between the style the map has and the style of the new theme are set (each set re-runs part of
 * the style). Pure, so it is tested without a map.
 */
import type { LayerSpecification } from 'maplibre-gl';

export type Paint = Record<string, unknown>;

/** A style layer's paint properties (a copy; none for a layer without paint). */
export function paintOf(layer: LayerSpecification): Paint {
	return { ...((layer as { paint?: Paint }).paint ?? {}) };
}

/** The paint properties to set to go from `before` to `after`, as [property, value]. */
export function paintChanges(before: Paint, after: Paint): [string, unknown][] {
	return Object.entries(after).filter(
		([key, value]) => JSON.stringify(before[key]) !== JSON.stringify(value)
	);
}
