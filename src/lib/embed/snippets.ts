/**
 * What the embed builder hands a newsroom: the host-script snippet beside the iframe one
 * (`iframeSnippet` in oembed.ts), and the height either may carry. Pure, so the escaping and the
 * limits are tested without a page.
 */
import { attr } from '$lib/oembed';
import { DEFAULT_EMBED_HEIGHT } from '$lib/site';

/** The heights a snippet may carry; anything else (a typo, a negative, NaN) gives the default. */
export const MIN_SNIPPET_HEIGHT = 320;
export const MAX_SNIPPET_HEIGHT = 2000;

export function snippetHeight(value: unknown): number {
	return typeof value === 'number' && value >= MIN_SNIPPET_HEIGHT && value <= MAX_SNIPPET_HEIGHT
		? Math.round(value)
		: DEFAULT_EMBED_HEIGHT;
}

/** The placeholder and the script that turns it into an iframe (README, "The host script"). */
export function scriptSnippet(src: string, title: string, height: number, siteUrl: string): string {
	return (
		`<div data-north-kosovo-map data-src="${attr(src)}" data-title="${attr(title)}" data-height="${height}"></div>\n` +
		`<script src="${attr(siteUrl)}/embed.js" async></` +
		'script>'
	);
}
