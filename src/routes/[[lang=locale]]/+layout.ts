import { localeOf } from '$shared/i18n/locales';
import { loadLocale } from '$lib/i18n/load';
import type { LayoutLoad } from './$types';

// Universal: it runs when the page is prerendered and again in the browser, where it loads the
// same two chunks (the locale's messages and catalog) before the page hydrates.
export const load: LayoutLoad = ({ params }) => loadLocale(localeOf(params.lang));
