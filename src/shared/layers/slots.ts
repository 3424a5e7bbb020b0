/**
 * The map's z-order, bottom first. Every style layer (and every mark of the static picture) names
 * its slot; within a slot, layers follow their module's `order`, then the order they are declared
 * in. A click asks the layers topmost first, so the slots also decide what a click hits.
 */
export const SLOTS = [
	/** Countries' fills. */
	'land',
	/** Wide military zones: drawn under the borders so the borders stay readable. */
	'zones',
	/** Country borders. */
	'borders',
	/** Areas of the story: municipalities and what is drawn from them. */
	'areas',
	/** Lines of the story (the Kosovo–Serbia boundary), above the areas they run along. */
	'lines',
	/** Towns and country names. */
	'basemap-labels',
	/** Orientation points: crossings, villages. */
	'context',
	/** Places of the story drawn as points. */
	'places',
	/** Events, on top of everything. */
	'events'
] as const;

export type Slot = (typeof SLOTS)[number];

export const slotIndex = (slot: Slot) => SLOTS.indexOf(slot);
