/**
 * Runs for every prerendered page: it writes the page's language into <html lang="%lang%">
 * (src/app.html), so screen readers and translators know it before any script runs.
 */
import type { Handle } from '@sveltejs/kit';
import { localeOf } from '$shared/i18n/locales';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', localeOf(event.params.lang))
	});
