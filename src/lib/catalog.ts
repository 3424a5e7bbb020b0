/** Typed access to the checked data catalog written by `npm run geo:build`. */
import type { Catalog, CatalogPlace } from '$geo/app-data';
import type { DateValue, Excerpt, LayerId, Side, Source } from '$geo/types';
import raw from '$lib/generated/catalog.json';

export type { CatalogPlace, Excerpt, LayerId, Side, Source };
export const catalog = raw as unknown as Catalog;

const placesById = new Map(catalog.places.map((p) => [p.id, p]));

export function placeById(id: string | null | undefined): CatalogPlace | undefined {
	return id ? placesById.get(id) : undefined;
}

export function placesInLayer(layer: LayerId): CatalogPlace[] {
	return catalog.places.filter((p) => p.layer === layer);
}

/** Readers meet the parties in this order: the accounts, then each side's claims. */
const SIDE_ORDER: Side[] = [
	'outlet',
	'kosovo',
	'serbia',
	'participant',
	'nato',
	'united-states',
	'united-kingdom',
	'russia'
];
export const SIDE_LABELS: Record<Side, string> = {
	outlet: 'As the outlets report it',
	kosovo: 'Kosovo’s government and police',
	serbia: 'Serbia’s government',
	participant: 'Participants',
	nato: 'NATO and KFOR',
	'united-states': 'United States',
	'united-kingdom': 'United Kingdom',
	russia: 'Russia'
};

export interface ExcerptGroup {
	side: Side;
	label: string;
	excerpts: Excerpt[];
}

/** A place's excerpts grouped by who makes the claim, so competing claims sit side by side. */
export function excerptGroups(place: CatalogPlace): ExcerptGroup[] {
	const excerpts = place.excerpts.map((id) => catalog.excerpts[id]).filter((e) => e !== undefined);
	return SIDE_ORDER.map((side) => ({
		side,
		label: SIDE_LABELS[side],
		excerpts: excerpts.filter((e) => e.side === side)
	})).filter((g) => g.excerpts.length > 0);
}

export function sourceOf(excerpt: Excerpt) {
	return catalog.sources[excerpt.source];
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "24 September 2023", "May 2023", "2023", with "about" when the date is inferred. */
export function formatDate(d: Pick<DateValue, 'value' | 'precision' | 'approximate'>): string {
	const [y, m, day] = d.value.split('-');
	const month = m ? MONTHS[Number(m) - 1] : undefined;
	const text =
		d.precision === 'day'
			? `${Number(day)} ${month} ${y}`
			: d.precision === 'month'
				? `${month} ${y}`
				: `${y}`;
	return d.approximate ? `about ${text}` : text;
}

export function precisionText(place: CatalogPlace): string {
	const loc = place.location;
	if (loc.precision === 'approximate') {
		const r = loc.radiusM >= 1000 ? `${loc.radiusM / 1000} km` : `${loc.radiusM} m`;
		return `Approximate, ±${r}`;
	}
	return loc.precision === 'exact' ? 'Exact position' : 'Area';
}
