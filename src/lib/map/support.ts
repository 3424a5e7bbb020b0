/**
 * What the page needs before it makes a map: MapLibre's stylesheet, and whether the browser can
 * draw one at all.
 */
import cssUrl from '$lib/generated/maplibre.css?url';

/**
 * MapLibre's stylesheet (its rules for the controls this map uses: see geo/lib/maplibre-css.ts)
 * is fetched in parallel rather than imported: imported, it would join the page's CSS and block
 * the first paint of the static map.
 */
let styles: Promise<void> | null = null;

export function loadMapStyles(): Promise<void> {
	styles ??= new Promise<void>((resolve, reject) => {
		// One that failed is replaced: a retry asks again.
		document.querySelector('link[data-maplibre-css]')?.remove();
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = cssUrl;
		link.dataset.maplibreCss = '';
		link.onload = () => resolve();
		link.onerror = () => {
			styles = null;
			reject(new Error(`MapLibre's stylesheet did not load: ${cssUrl}`));
		};
		document.head.append(link);
	});
	return styles;
}

let webgl: boolean | undefined;

/**
 * WebGL2 is what MapLibre 6 needs; without it the page shows the list and the static map.
 * Asked once: a test context costs tens of milliseconds on a phone, and is given back at once.
 */
export function webglAvailable(): boolean {
	if (webgl === undefined) {
		try {
			const gl = document.createElement('canvas').getContext('webgl2');
			webgl = !!gl;
			gl?.getExtension('WEBGL_lose_context')?.loseContext();
		} catch {
			webgl = false;
		}
	}
	return webgl;
}
