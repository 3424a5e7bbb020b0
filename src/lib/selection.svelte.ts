/**
 * The chosen place: one value (the place, where the choice came from, the click that made it),
 * changed only by `choose` and `clear`. What follows a choice (focus, scrolling, the camera) is
 * the handler's, run in order, and cancelled when a newer choice supersedes it.
 */
import type { CatalogPlace, PlaceCatalog } from './catalog';
import type { Hit } from './map/controller';

/**
 * Where a choice was made: the list, a click or tap on the map, the keyboard on the map, or the
 * URL. Focus moves to the details for the list and the keyboard, and comes back on closing.
 */
export type SelectionOrigin = 'list' | 'map' | 'keyboard' | 'url';

export interface Chosen {
	place: CatalogPlace;
	from: SelectionOrigin;
	/** The click or tap on the map that chose it: where, and what else was under it. */
	hit?: Hit;
}

export interface SelectionHandlers {
	/** Runs after each choice; `current()` says whether a newer choice has replaced it since. */
	onChosen(chosen: Chosen, current: () => boolean): void;
	/** After a clear, with what was chosen before. */
	onCleared(previous: Chosen): void;
	/** An unlisted place's details could not be fetched. */
	onUnavailable(): void;
}

export class Selection {
	current = $state.raw<Chosen | null>(null);
	#ticket = 0;
	#handlers: SelectionHandlers;
	#catalog: () => PlaceCatalog;

	constructor(catalog: () => PlaceCatalog, handlers: SelectionHandlers) {
		this.#catalog = catalog;
		this.#handlers = handlers;
	}

	get place(): CatalogPlace | null {
		return this.current?.place ?? null;
	}

	choose(id: string, from: SelectionOrigin, hit?: Hit) {
		const ticket = ++this.#ticket;
		const select = (place: CatalogPlace) => {
			this.current = { place, from, hit };
			this.#handlers.onChosen(this.current, () => ticket === this.#ticket);
		};
		const catalog = this.#catalog();
		const listed = catalog.place(id);
		// A listed place opens in this very task, so its details paint in the next frame.
		if (listed) select(listed);
		else
			catalog.resolvePlace(id).then(
				(place) => place && ticket === this.#ticket && select(place),
				() => this.#handlers.onUnavailable()
			);
	}

	clear() {
		const previous = this.current;
		this.#ticket++;
		this.current = null;
		if (previous) this.#handlers.onCleared(previous);
	}
}
