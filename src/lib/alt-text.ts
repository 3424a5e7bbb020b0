/**
 * The static map's text alternative, written from the catalog so it names what the picture
 * draws: each layer shown by default says its own part (`altText` in its module), a sentence of
 * its own or a clause of a shared one. A hand-written text would drift from the data.
 */
import type { Catalog } from '$shared/app-data';
import type { PlaceLayer } from '$shared/layers/define';
import { catalog, formatCount, formatDate } from '$lib/catalog';
import { registry } from '$lib/layers';

/** "a", "a and b", "a, b and c". */
function series(items: string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function staticAlt(
	data: Pick<Catalog, 'places' | 'counts'> = catalog,
	layers: readonly PlaceLayer[] = registry.places
): string {
	const sentences = ['Map of northern Kosovo.'];
	const clauses: string[] = [];
	for (const layer of layers) {
		const count = data.counts[layer.id] ?? 0;
		if (!layer.visibleByDefault || count === 0) continue;
		const text = layer.altText({
			places: data.places.filter((p) => p.layer === layer.id),
			count,
			formatCount,
			formatDate,
			series
		});
		if (text && 'sentence' in text) sentences.push(text.sentence);
		else if (text) clauses.push(text.clause);
	}
	if (clauses.length) {
		const text = clauses.join('; ');
		sentences.push(`${text[0]!.toUpperCase()}${text.slice(1)}.`);
	}
	sentences.push('The list gives each place with what the sources say.');
	return sentences.join(' ');
}

/** The alt text of the picture every page shows first. */
export const STATIC_ALT = staticAlt();
