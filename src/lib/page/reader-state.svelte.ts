/**
 * The reader's shareable state: the visible layers, the view, the timeline's range and the
 * chosen place (held by `Selection`). It is read from the URL once, changed only through the
 * methods here, and written back as `url` (see url-sync.svelte.ts).
 */
import { SvelteSet } from 'svelte/reactivity';
import type { CatalogPlace } from '$lib/catalog';
import { registry } from '$lib/layers';
import type { Selection } from '$lib/selection.svelte';
import { shownIn } from '$lib/timeline/shown';
import {
	layersParam,
	parseUrlState,
	queryString,
	writeUrlState,
	type UrlLimits,
	type UrlState,
	type View
} from '$lib/url-state';
import { rangeOf } from '$shared/time/days';

/** A range as the URL writes it: `2023-09`, `2023-09-24`, or null for an open end. */
export interface RangeParams {
	from: string | null;
	to: string | null;
}

export class ReaderState {
	readonly visible = new SvelteSet<string>(registry.defaultVisible);
	view = $state<View | null>(null);
	range = $state<RangeParams>({ from: null, to: null });
	/** The same range as day numbers, which the map, the list and the timeline compare. */
	readonly days = $derived(rangeOf(this.range.from, this.range.to));
	/** The URL opened on a view of its own: a popup must not pan it away. */
	sharedView = $state(false);
	readonly #selection: () => Selection;

	constructor(selection: () => Selection) {
		this.#selection = selection;
	}

	get url(): UrlState {
		return {
			layers: layersParam(this.visible),
			place: this.#selection().place?.id ?? null,
			view: this.view,
			...this.range
		};
	}

	/** The state as a query: the "open full map" link of an embed, kept across languages. */
	get query(): string {
		// A one-off copy, not state: nothing reacts to it.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return queryString(writeUrlState(new URLSearchParams(), this.url));
	}

	setLayer(layer: string, on: boolean) {
		if (on) this.visible.add(layer);
		else this.visible.delete(layer);
		if (!on && this.#selection().place?.layer === layer) this.#selection().clear();
	}

	/** A new range; a chosen place it leaves out closes, as when its layer is hidden. */
	setRange(next: RangeParams) {
		this.range = next;
		const place = this.#selection().place;
		if (place && !shownIn(rangeOf(next.from, next.to))(place)) this.#selection().clear();
	}

	/** A chosen place is shown: its layer on, and every date if the range left it out. */
	show(place: CatalogPlace) {
		if (!this.visible.has(place.layer)) this.visible.add(place.layer);
		if (!shownIn(this.days)(place)) this.range = { from: null, to: null };
	}

	/** The state a URL asks for; what it leaves out stays as it is. */
	read(params: URLSearchParams, limits: UrlLimits) {
		const initial = parseUrlState(params, limits);
		if (initial.layers) {
			this.visible.clear();
			for (const l of initial.layers) this.visible.add(l);
		}
		this.view = initial.view;
		this.sharedView = initial.view !== null;
		this.range = { from: initial.from ?? null, to: initial.to ?? null };
		if (initial.place) this.#selection().choose(initial.place, 'url');
	}
}
