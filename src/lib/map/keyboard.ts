/**
 * Moving between the places in view with the keyboard: which places a key steps through, and in
 * what order. Points first (what a reader sees as places), in reading order, top to bottom and
 * left to right; then lines and areas, in the order of the layers. Pure, so it is tested alone.
 */

export interface InView {
	id: string;
	layer: string;
	name: string;
	isPoint: boolean;
	/** Where the place is drawn, in the map's pixels. */
	x: number;
	y: number;
}

/** Rows this many pixels tall read as one line, left to right. */
const ROW_PX = 40;

export function placesInView(rendered: readonly InView[], layerOrder: readonly string[]): InView[] {
	const unique = new Map<string, InView>();
	for (const r of rendered) if (!unique.has(r.id)) unique.set(r.id, r);
	const rank = (p: InView) => layerOrder.indexOf(p.layer);
	return [...unique.values()].sort((a, b) => {
		if (a.isPoint !== b.isPoint) return a.isPoint ? -1 : 1;
		if (!a.isPoint) return rank(a) - rank(b) || a.name.localeCompare(b.name);
		return Math.floor(a.y / ROW_PX) - Math.floor(b.y / ROW_PX) || a.x - b.x;
	});
}

/** The next position in a list of `length`, wrapping around; from nothing, the first or the last. */
export function step(current: number | null, length: number, by: 1 | -1): number | null {
	if (length === 0) return null;
	if (current === null || current >= length) return by === 1 ? 0 : length - 1;
	return (current + by + length) % length;
}
