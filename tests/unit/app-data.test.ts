/** What the build ships for a very long layer: a short list, detail shards, a clustered picture. */
import type { FeatureCollection } from 'geojson';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticIncidents } from '../../bench/synthetic';
import { buildAppData } from '../../geo/lib/app-data';
import { registry } from '../../geo/lib/layers';
import { GEO_DIR } from '../../geo/lib/paths';
import { messagesOf } from '../../geo/lib/messages';
import { renderStaticMap } from '../../geo/lib/static-map';
import {
	CLUSTER_THRESHOLD,
	LIST_LIMIT,
	shardOf,
	type MapGeometry
} from '../../src/shared/app-data';
import type { PlaceFeature } from '../../src/shared/contract';

const read = (file: string) =>
	JSON.parse(readFileSync(path.join(GEO_DIR, file), 'utf8')) as FeatureCollection;
const municipalities = read('data/municipalities.geojson');
const realIncidents = read('data/incidents.geojson').features as PlaceFeature[];
const basemap = {};
const words = { m: await messagesOf('en'), locale: 'en' as const };

function build(extra: number) {
	const features = [
		...realIncidents,
		...syntheticIncidents(extra, municipalities, 'bne-may-violence'),
		...(municipalities.features as PlaceFeature[])
	];
	return { features, ...buildAppData(registry, features, basemap, [], [], true) };
}

describe('the app data of a layer too long to list', () => {
	const { features, catalog, shards } = build(5000);

	it('lists the first places of each layer in editorial order and counts the rest', () => {
		const listed = catalog.places.filter((p) => p.layer === 'incidents');
		expect(listed).toHaveLength(LIST_LIMIT);
		expect(listed.slice(0, 3).map((p) => p.id)).toEqual(realIncidents.map((f) => f.properties.id));
		expect(catalog.counts.incidents).toBe(5003);
		expect(catalog.counts.municipalities).toBe(4);
		expect(catalog.places.filter((p) => p.layer === 'municipalities')).toHaveLength(4);
	});

	it('puts every unlisted place, with its details, in the shard its id hashes to', () => {
		const listedIds = new Set(catalog.places.map((p) => p.id));
		const unlisted = features.filter((f) => !listedIds.has(f.properties.id));
		expect(catalog.shards).toBe(shards.length);
		expect(shards.flat()).toHaveLength(unlisted.length);
		for (const f of unlisted) {
			const shard = shards[shardOf(f.properties.id, catalog.shards)]!;
			const place = shard.find((p) => p.id === f.properties.id);
			expect(place?.summary).toBe(f.properties.summary);
			expect(place?.anchor).toEqual((f.geometry as { coordinates: number[] }).coordinates);
		}
	});

	it('still draws every point on the map', (): void => {
		const { geometry } = build(5000);
		expect(geometry.sources.incidents!.features).toHaveLength(5003);
	});
});

describe('the real data', () => {
	it('is listed whole, with no shards', () => {
		const { catalog, shards } = build(0);
		expect(catalog.places).toHaveLength(7);
		expect(catalog.shards).toBe(0);
		expect(shards).toEqual([]);
	});
});

describe('the static map', () => {
	const circles = (geometry: MapGeometry) =>
		(renderStaticMap(registry, geometry, [20.4, 42.8, 21.0, 43.3], words).match(/<circle/g) ?? [])
			.length;

	it('draws each incident while there are few', () => {
		const { geometry } = build(CLUSTER_THRESHOLD - 3);
		expect(circles(geometry)).toBeGreaterThanOrEqual(CLUSTER_THRESHOLD);
	});

	it('draws clusters with their counts, as the live map does, when there are many', () => {
		const { geometry } = build(20_000);
		const svg = renderStaticMap(registry, geometry, [20.4, 42.8, 21.0, 43.3], words);
		const counts = [...svg.matchAll(/<text[^>]*>(\d+(?:\.\d)?k?)<\/text>/g)].map((m) => m[1]!);
		const total = counts.reduce(
			(n, c) => n + (c.endsWith('k') ? parseFloat(c) * 1000 : Number(c)),
			0
		);
		expect(circles(geometry)).toBeLessThan(300);
		expect(total).toBeGreaterThan(19_000);
		expect(svg.length).toBeLessThan(100_000);
	});

	it('carries the credits', () => {
		const { geometry } = build(0);
		expect(renderStaticMap(registry, geometry, [20.4, 42.8, 21.0, 43.3], words)).toContain(
			words.m.credit_osm()
		);
	});
});
