/**
 * The one rule for the query string, for the app (url-state.ts, flags.ts, the embed's height
 * messages) and for the script inlined in app.html alike: of a parameter given more than once,
 * THE LAST ONE WINS. `?dark=true&dark=false` is `dark=false` for the page and the map.
 *
 * The function between the markers is copied, as written, into app.html's inline script
 * (`withQueryRule`, at build in hooks.server.ts and for the CSP hash in svelte.config.js), so it
 * is plain JavaScript any browser runs: nothing newer than ES5, and no types but JSDoc.
 */
// query-rule:start
/**
 * @param {{ getAll(name: string): string[] }} params
 * @param {string} name
 * @returns {string | null}
 */
export function lastParam(params, name) {
	var last = params.getAll(name).pop();
	return last === undefined ? null : last;
}
// query-rule:end

const MARKER = '/* query-rule */';

/**
 * app.html with `lastParam` written in place of its marker: the first one only, the head's
 * script, never a data text further down that happens to read the same.
 * @param {string} html the template
 * @param {string} source this file's text
 */
export function withQueryRule(html, source) {
	const start = source.indexOf('// query-rule:start\n');
	const end = source.indexOf('// query-rule:end');
	if (start < 0 || end < 0) throw new Error('query-rule.js: its markers are missing');
	const fn = source
		.slice(start + '// query-rule:start\n'.length, end)
		.trim()
		.replace(/^(\/\*\*[\s\S]*?\*\/\s*)export /, '$1');
	return html.replace(MARKER, () => fn);
}
