/** Typed access to the checked data catalog written by `npm run geo:build`. */
import {
	shardOf,
	type Catalog,
	type CatalogPlace,
	type PublicExcerpt as Excerpt,
	type PublicSource as Source
} from '$shared/app-data';
import type { DateValue, LayerId, Side } from '$shared/contract';
import raw from '$lib/generated/catalog.json';

export type { CatalogPlace, Excerpt, LayerId, Side, Source };
export const catalog = raw as unknown as Catalog;

const placesById = new Map(catalog.places.map((p) => [p.id, p]));

/** A listed place: every place of the real data, and the first ones of a very long layer. */
export function placeById(id: string | null | undefined): CatalogPlace | undefined {
	return id ? placesById.get(id) : undefined;
}

/** The listed places of a layer, in editorial order; `catalog.counts` says how many it has. */
export function placesInLayer(layer: LayerId): CatalogPlace[] {
	return catalog.places.filter((p) => p.layer === layer);
}

/** How many places of a layer the map draws beyond its listed ones (none for the real data). */
export function unlistedIn(layer: LayerId): number {
	return (catalog.counts[layer] ?? 0) - placesInLayer(layer).length;
}

/** The detail shards of unlisted places, by number (none for the real data). */
const shardUrls: Record<number, string> = Object.fromEntries(
	Object.entries(
		import.meta.glob<string>('$lib/generated/places/*.json', {
			query: '?url',
			import: 'default',
			eager: true
		})
	).map(([file, url]) => [Number(file.match(/(\d+)\.json$/)![1]), url])
);
const shardCache = new Map<number, Promise<Map<string, CatalogPlace>>>();

/** Any place, listed or not: an unlisted one is fetched with its shard, once. */
export async function resolvePlace(id: string): Promise<CatalogPlace | undefined> {
	const listed = placesById.get(id);
	if (listed || catalog.shards === 0) return listed;
	const k = shardOf(id, catalog.shards);
	let shard = shardCache.get(k);
	if (!shard) {
		shard = fetch(shardUrls[k]!)
			.then((r) => r.json() as Promise<CatalogPlace[]>)
			.then((places) => new Map(places.map((p) => [p.id, p])));
		shard.catch(() => shardCache.delete(k));
		shardCache.set(k, shard);
	}
	return (await shard).get(id);
}

/**
 * Readers meet the parties in this order (the key order): the accounts, then each side's claims.
 * Typed as a record so that a new side cannot be forgotten here and silently dropped.
 */
const SIDE_LABELS: Record<Side, string> = {
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
	return (Object.keys(SIDE_LABELS) as Side[])
		.map((side) => ({
			side,
			label: SIDE_LABELS[side],
			excerpts: excerpts.filter((e) => e.side === side)
		}))
		.filter((g) => g.excerpts.length > 0);
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

/**
 * "100,000": by hand, because the first toLocaleString() of a page loads the number formatting
 * of its locale, which costs tens of milliseconds on a phone before the map is ready.
 */
export function formatCount(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

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
