// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		/** Every page under [[lang=locale]] has its locale's words (src/lib/i18n/load.ts). */
		interface PageData {
			locale: import('$shared/i18n/locales').Locale;
			m: import('$shared/i18n/messages').Messages;
			catalog: import('$lib/catalog').PlaceCatalog;
		}
	}
	interface ImportMetaEnv {
		/** A remote MapLibre style to draw under the data instead of the built-in basemap. */
		readonly VITE_BASEMAP_STYLE_URL?: string;
		/** The public origin of the site, for absolute URLs (canonical, oEmbed, social cards). */
		readonly VITE_SITE_URL?: string;
	}
}

export {};
