/**
 * Runs for every prerendered page: it writes the page's language into <html lang="%lang%">
 * (src/app.html), so screen readers and translators know it before any script runs, and the
 * query rule into the inline flag script, so it reads the query exactly as the app does.
 */
import type { Handle } from '@sveltejs/kit';
import { localeOf } from '$shared/i18n/locales';
import { withQueryRule } from '$shared/query-rule';
import queryRuleSource from '$shared/query-rule.js?raw';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			withQueryRule(html.replace('%lang%', localeOf(event.params.lang)), queryRuleSource)
	});
