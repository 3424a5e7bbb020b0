/**
 * oEmbed (https://oembed.com, §2.3.4) for the embed presets: a "rich" response whose html is the
 * recommended iframe snippet, with the static map as its thumbnail.
 */
import type { Messages } from '$shared/i18n/messages';
import { DEFAULT_EMBED_HEIGHT, RECOMMENDED_SANDBOX, SITE_URL } from './site';
import type { Preset } from './presets';

export const OEMBED_WIDTH = 700;
/** The PNG is drawn at twice 800 × 520. */
export const THUMBNAIL = { width: 1600, height: 1040 };

/** A value escaped for an HTML attribute, quoted with either quote. */
export const attr = (s: string) =>
	s
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');

/** The iframe a newsroom pastes: titled, lazy, full width, sandboxed, with a sensible height. */
export function iframeSnippet(src: string, title: string, height = DEFAULT_EMBED_HEIGHT): string {
	return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" loading="lazy" sandbox="${RECOMMENDED_SANDBOX}" style="border:0;width:100%;max-width:100%" allow="fullscreen"></iframe>`;
}

/** `embedPath`: the preset's embed in the locale (`/sr-latn/embed/banjska`), `home` the map's. */
export function oembedFor(
	preset: Preset,
	m: Messages,
	paths: { embed: string; home: string; thumbnail: string }
) {
	const title = preset.title(m);
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: m.oembed_provider(),
		provider_url: `${SITE_URL}${paths.home}`,
		html: iframeSnippet(`${SITE_URL}${paths.embed}`, m.oembed_iframe_title({ title })),
		width: OEMBED_WIDTH,
		height: DEFAULT_EMBED_HEIGHT,
		thumbnail_url: `${SITE_URL}${paths.thumbnail}`,
		thumbnail_width: THUMBNAIL.width,
		thumbnail_height: THUMBNAIL.height,
		cache_age: 86400
	};
}
