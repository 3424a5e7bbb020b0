/**
 * What follows a choice, in order: the details first, then focus, then the camera and the list,
 * each once painted; and, on closing, focus back where the reader was. One place for the
 * sequence, so that nobody has to infer it from effects.
 */
import { tick } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { afterNextPaint } from '$lib/after-paint';
import type { CatalogPlace } from '$lib/catalog';
import type { Chosen } from '$lib/selection.svelte';

/** The parts the sequence moves, read when it runs (they mount and unmount). */
export interface Stage {
	layout(): 'panel' | 'sheet';
	/** A view the reader (or the URL) set: a place from the URL keeps it. */
	hasView(): boolean;
	/** The sheet over the map's bottom on a phone page (not in an embed, where it is below). */
	fixedSheet(): HTMLElement | undefined;
	panel(): HTMLElement | undefined;
	map():
		| {
				element(): HTMLElement | undefined;
				frame(place: CatalogPlace, coveredPx: number, reduceMotion: boolean): void;
				reveal(place: CatalogPlace, coveredPx: number): void;
				focus(): void;
		  }
		| undefined;
	list(): { scrollToItem(id: string): void; focusItem(id: string): void } | undefined;
	details(): { focus(): void; reveal(): void } | undefined;
}

export function choreography(stage: Stage) {
	/** Brings the place into view; a fixed sheet covers the map's bottom, so frame above it. */
	function frame({ place }: Chosen, from: Chosen['from']) {
		const map = stage.map();
		const box = map?.element();
		if (!map || !box) return;
		const sheet = stage.fixedSheet();
		// On a phone the list is below the map: bring the map back up to show where the place is.
		if (from === 'list' && sheet) box.scrollIntoView({ block: 'start' });
		const covered = sheet
			? Math.max(0, box.getBoundingClientRect().bottom - sheet.getBoundingClientRect().top)
			: 0;
		if (from === 'map' || from === 'keyboard') map.reveal(place, covered);
		else if (from === 'list' || !stage.hasView())
			map.frame(place, covered, prefersReducedMotion.current);
	}

	return {
		frame,
		async afterChoose(c: Chosen, current: () => boolean) {
			const byKeys = c.from === 'list' || c.from === 'keyboard';
			await tick();
			if (!current()) return;
			if (stage.layout() === 'panel') stage.panel()?.scrollTo({ top: 0 });
			if (byKeys) stage.details()?.focus();
			afterNextPaint(() => {
				if (!current()) return;
				if (byKeys) stage.details()?.reveal();
				frame(c, c.from);
				if (c.from === 'map' || c.from === 'keyboard') stage.list()?.scrollToItem(c.place.id);
			});
		},
		onCleared(previous: Chosen) {
			// Back to where the reader was, so the keyboard path never loses its place.
			if (previous.from === 'list') tick().then(() => stage.list()?.focusItem(previous.place.id));
			if (previous.from === 'keyboard') tick().then(() => stage.map()?.focus());
		}
	};
}
