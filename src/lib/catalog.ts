/**
 * The checked data catalog written by `npm run geo:build`, one per locale, as a page reads it:
 * its places, their excerpts grouped by who makes each claim, their sources, and the details of
 * unlisted places (very long layers only), fetched with their shard when one is chosen.
 */
import type {
	Catalog,
	CatalogPlace,
	PublicExcerpt as Excerpt,
	PublicSource as Source
} from '$shared/app-data';
import { shardOf } from '$shared/app-data';
import type { LayerId, Side } from '$shared/contract';
import type { Messages } from '$shared/i18n/messages';

export type { CatalogPlace, Excerpt, LayerId, Side, Source };

/**
 * Readers meet the parties in this order (the key order): the accounts, then each side's claims.
 * Typed as a record so that a new side cannot be forgotten here and silently dropped.
 */
const SIDE_LABELS: Record<Side, (m: Messages) => string> = {
	outlet: (m) => m.side_outlet(),
	kosovo: (m) => m.side_kosovo(),
	serbia: (m) => m.side_serbia(),
	participant: (m) => m.side_participant(),
	nato: (m) => m.side_nato(),
	'united-states': (m) => m.side_united_states(),
	'united-kingdom': (m) => m.side_united_kingdom(),
	russia: (m) => m.side_russia()
};

export interface ExcerptGroup {
	side: Side;
	label: string;
	excerpts: Excerpt[];
}

/** The detail shards of unlisted places, by locale and number (none for the real data). */
const shardUrls = Object.fromEntries(
	Object.entries(
		import.meta.glob<string>('$lib/generated/places/*/*.json', {
			query: '?url',
			import: 'default',
			eager: true
		})
	).map(([file, url]) => [file.match(/places\/([^/]+\/\d+)\.json$/)![1], url])
);

export class PlaceCatalog {
	readonly data: Catalog;
	readonly #byId: Map<string, CatalogPlace>;
	readonly #shards = new Map<number, Promise<Map<string, CatalogPlace>>>();

	constructor(data: Catalog) {
		this.data = data;
		this.#byId = new Map(data.places.map((p) => [p.id, p]));
	}

	/** A listed place: every place of the real data, and the first ones of a very long layer. */
	place(id: string | null | undefined): CatalogPlace | undefined {
		return id ? this.#byId.get(id) : undefined;
	}

	/** The listed places of a layer, in editorial order; `data.counts` says how many it has. */
	placesInLayer(layer: LayerId): CatalogPlace[] {
		return this.data.places.filter((p) => p.layer === layer);
	}

	/** How many places of a layer the map draws beyond its listed ones (none for the real data). */
	unlistedIn(layer: LayerId): number {
		return (this.data.counts[layer] ?? 0) - this.placesInLayer(layer).length;
	}

	/** Any place, listed or not: an unlisted one is fetched with its shard, once. */
	async resolvePlace(id: string): Promise<CatalogPlace | undefined> {
		const listed = this.#byId.get(id);
		if (listed || this.data.shards === 0) return listed;
		const k = shardOf(id, this.data.shards);
		let shard = this.#shards.get(k);
		if (!shard) {
			shard = fetch(shardUrls[`${this.data.locale}/${k}`]!)
				.then((r) => {
					if (!r.ok) throw new Error(`shard ${k} answered HTTP ${r.status}`);
					return r.json() as Promise<CatalogPlace[]>;
				})
				.then((places) => new Map(places.map((p) => [p.id, p])));
			shard.catch(() => this.#shards.delete(k));
			this.#shards.set(k, shard);
		}
		return (await shard).get(id);
	}

	/** A place's excerpts grouped by who makes the claim, so competing claims sit side by side. */
	excerptGroups(place: Pick<CatalogPlace, 'excerpts'>, m: Messages): ExcerptGroup[] {
		const excerpts = place.excerpts
			.map((id) => this.data.excerpts[id])
			.filter((e) => e !== undefined);
		return (Object.keys(SIDE_LABELS) as Side[])
			.map((side) => ({
				side,
				label: SIDE_LABELS[side](m),
				excerpts: excerpts.filter((e) => e.side === side)
			}))
			.filter((g) => g.excerpts.length > 0);
	}

	sourceOf(excerpt: Excerpt): Source | undefined {
		return this.data.sources[excerpt.source];
	}
}
