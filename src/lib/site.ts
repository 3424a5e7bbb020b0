/**
 * Where the site is published, for the absolute URLs that leave it: canonical links, oEmbed,
 * social cards. Set VITE_SITE_URL when building for production.
 */
export const SITE_URL = (import.meta.env.VITE_SITE_URL || 'http://127.0.0.1:4173').replace(
	/\/$/,
	''
);

/** What a host gets by default: a sensible height that shows the map and the start of the list. */
export const DEFAULT_EMBED_HEIGHT = 640;

/** The sandbox we recommend: scripts and same-origin for the map's module workers, popups for links. */
export const RECOMMENDED_SANDBOX =
	'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
