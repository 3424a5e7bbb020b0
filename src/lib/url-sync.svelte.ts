/**
 * The URL and the map's state: read once when the page opens, then mirrored (a quarter of a
 * second after the last change) with `replaceState`, so a shared link reopens what the reader saw
 * without filling their history.
 */
import { replaceState } from '$app/navigation';
import { queryString, writeUrlState, type UrlState } from './url-state';

const DEBOUNCE_MS = 250;

export function mirrorToUrl(state: () => UrlState) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	$effect(() => {
		const next = state();
		clearTimeout(timer);
		timer = setTimeout(() => {
			// A one-off copy of the query, not state: nothing reacts to it.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const params = writeUrlState(new URLSearchParams(location.search), next);
			const url = `${location.pathname}${queryString(params)}`;
			// The page's own path with a new query: nothing for resolve() to add.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			if (url !== `${location.pathname}${location.search}`) replaceState(url, {});
		}, DEBOUNCE_MS);
		return () => clearTimeout(timer);
	});
}
