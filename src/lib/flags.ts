/**
 * Render flags for hosts, from the embed URL (untrusted, like every parameter):
 *   dark=auto|true|false  plain  static  figures  title=…
 */
import { lastParam } from '$shared/query-rule';

export type DarkMode = 'auto' | 'true' | 'false';

export interface RenderFlags {
	dark: DarkMode;
	/** No title, no footer: the host's article gives both. */
	plain: boolean;
	/** No interaction: the map is a picture that still shows the chosen state. */
	static: boolean;
	/** Under the map, the table of the numbers the sources give ("What the sources count"). */
	figures: boolean;
	/** Overrides the map's title; plain text, at most 120 characters. */
	title: string | null;
}

export const DEFAULT_FLAGS: RenderFlags = {
	dark: 'auto',
	plain: false,
	static: false,
	figures: false,
	title: null
};

const TRUE = new Set(['', '1', 'true', 'yes']);

function bool(params: URLSearchParams, name: string): boolean {
	const v = lastParam(params, name);
	return v !== null && TRUE.has(v.toLowerCase());
}

export function parseFlags(params: URLSearchParams): RenderFlags {
	// Given twice, the last one counts, as in app.html's inline script (query-rule.js).
	const dark = lastParam(params, 'dark');
	return {
		dark: dark === 'true' || dark === 'false' || dark === 'auto' ? dark : 'auto',
		plain: bool(params, 'plain'),
		static: bool(params, 'static'),
		figures: bool(params, 'figures'),
		title: cleanTitle(lastParam(params, 'title'))
	};
}

/** A title as the map shows it (and the builder writes it): text, on one line, 120 at most. */
export function cleanTitle(raw: string | null): string | null {
	// Control characters out, white space collapsed: the title is shown as text, never as HTML.
	const title = raw
		// eslint-disable-next-line no-control-regex -- removing control characters is the point
		?.replace(/[\u0000-\u001f\u007f]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	return title ? title.slice(0, 120) : null;
}

/** Writes the non-default flags into a copy of `params`. */
export function writeFlags(params: URLSearchParams, flags: RenderFlags): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const name of ['dark', 'plain', 'static', 'figures', 'title']) out.delete(name);
	if (flags.dark !== 'auto') out.set('dark', flags.dark);
	if (flags.plain) out.set('plain', 'true');
	if (flags.static) out.set('static', 'true');
	if (flags.figures) out.set('figures', '1');
	if (flags.title) out.set('title', flags.title);
	return out;
}
