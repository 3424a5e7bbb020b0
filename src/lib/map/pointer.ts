/**
 * Clicks, taps and the pointer on the live map: what MapLibre finds under a click goes through
 * `hitTest` (hit.ts) and comes out as a place, a cluster to zoom into or the background.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { Hit } from './controller';
import { hitTest } from './hit';

export function onClicks(
	map: MapLibreMap,
	o: {
		/** The style layers a click can hit, topmost first. */
		layers: readonly string[];
		/** Those whose features are clusters. */
		clusters: ReadonlySet<string>;
		onPlace: (hit: Hit) => void;
		onBackground: () => void;
	}
) {
	map.on('click', (event) => {
		const features = map.queryRenderedFeatures(event.point, {
			layers: o.layers.filter((l) => map.getLayer(l))
		});
		const hit = hitTest(
			features.map((f) => ({
				styleLayer: f.layer.id,
				source: f.source,
				id: String(f.properties.id),
				name: String(f.properties.name),
				isPoint: f.geometry.type === 'Point'
			})),
			{ order: o.layers, clusters: o.clusters }
		);
		if (hit.kind === 'cluster') zoomIntoCluster(map, features[hit.feature]!);
		else if (hit.kind === 'background') o.onBackground();
		else
			o.onPlace({
				id: hit.id,
				layer: hit.layer,
				alsoHere: hit.alsoHere,
				lngLat: [event.lngLat.lng, event.lngLat.lat]
			});
	});
}

/**
 * A pointer cursor over anything that opens details: one query per frame at most, over all
 * interactive layers at once (a listener per layer would query each layer on every move).
 */
export function pointerOverPlaces(map: MapLibreMap, o: { layers: readonly string[] }) {
	let pending: { x: number; y: number } | null = null;
	map.on('mousemove', (event) => {
		if (pending === null) {
			requestAnimationFrame(() => {
				const at = pending!;
				pending = null;
				const layers = o.layers.filter((l) => map.getLayer(l));
				const over = map.queryRenderedFeatures([at.x, at.y], { layers }).length > 0;
				map.getCanvas().style.cursor = over ? 'pointer' : '';
			});
		}
		pending = event.point;
	});
}

/** A click on a cluster zooms to where it splits apart. */
function zoomIntoCluster(map: MapLibreMap, cluster: MapGeoJSONFeature) {
	const source = map.getSource<GeoJSONSource>(cluster.source);
	const id = cluster.properties.cluster_id as number;
	source?.getClusterExpansionZoom(id).then((zoom) => {
		if (cluster.geometry.type === 'Point') {
			map.easeTo({ center: cluster.geometry.coordinates as [number, number], zoom });
		}
	});
}
