/**
 * The static map's text alternative, written from the catalog so it names what the picture
 * draws: each layer shown by default says its own part (`altText` in its module), a sentence of
 * its own or a clause of a shared one, in the page's locale. A hand-written text would drift.
 */
import type { Catalog } from '$shared/app-data';
import type { Locale } from '$shared/i18n/locales';
import type { Messages } from '$shared/i18n/messages';
import type { PlaceLayer } from '$shared/layers/define';
import type { PlaceCatalog } from '$lib/catalog';
import { formatCount, series } from '$lib/i18n/words';
import { registry } from '$lib/layers';

export function staticAlt(
	catalog: Pick<PlaceCatalog, 'data'> | { data: Pick<Catalog, 'places' | 'counts'> },
	m: Messages,
	locale: Locale,
	layers: readonly PlaceLayer[] = registry.places
): string {
	const { places, counts } = catalog.data;
	const sentences: string[] = [m.alt_intro()];
	const clauses: string[] = [];
	for (const layer of layers) {
		const count = counts[layer.id] ?? 0;
		if (!layer.visibleByDefault || count === 0) continue;
		const text = layer.altText({
			m,
			locale,
			places: places.filter((p) => p.layer === layer.id),
			count,
			formatCount: (n) => formatCount(n, locale),
			series: (items) => series(items, locale)
		});
		if (text && 'sentence' in text) sentences.push(text.sentence);
		else if (text) clauses.push(text.clause);
	}
	if (clauses.length) {
		const text = clauses.join('; ');
		sentences.push(`${text[0]!.toLocaleUpperCase(locale)}${text.slice(1)}.`);
	}
	sentences.push(m.alt_outro());
	return sentences.join(' ');
}
