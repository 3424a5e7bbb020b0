// The benchmark's floor for a map: MapLibre GL JS drawing the map's own style and data, written
// by hand with no framework, no static image, no list and no popups. The library and the style
// load in parallel, as a careful hand-written page would do it. The style (bench/workspace.ts)
// is the app's, data inline, so the two pages draw exactly the same thing.
const [maplibre, style] = await Promise.all([
	import('/vendor/maplibre-gl/maplibre-gl.mjs'),
	fetch('/bench/data/style.json').then((r) => r.json())
]);
maplibre.setWorkerUrl('/vendor/maplibre-gl/maplibre-gl-worker.mjs');

const map = new maplibre.Map({
	container: 'map',
	style,
	bounds: style.metadata['nkm:bounds'],
	fitBoundsOptions: { padding: 24 }
});
map.addControl(new maplibre.NavigationControl({ showCompass: false }));
map.once('load', () => performance.mark('map-first-render'));
map.once('idle', () => performance.mark('map-ready'));
window.nkmMap = map;
