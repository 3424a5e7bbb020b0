/**
 * The shareable state in the URL: visible layers, the selected place, the view and the
 * timeline's range. Parameters are untrusted input: each is parsed and validated on its own, and
 * anything invalid is dropped, never thrown.
 *   ?layers=incidents,boundary&place=banjska-monastery-siege&view=20.78,42.97,11.5&from=2023-09
 */
import type { LayerId } from '$shared/contract';
import { parseDateParam, rangeOf } from '$shared/time/days';
import { lastParam } from '$shared/query-rule';
import type { PlaceCatalog } from './catalog';
import { registry } from './layers';
import { MAX_ZOOM, MIN_ZOOM } from './map/zoom';

export interface View {
	lon: number;
	lat: number;
	zoom: number;
}

export interface UrlState {
	/** `null`: the defaults; `[]`: the reader hid every layer. */
	layers: LayerId[] | null;
	place: string | null;
	view: View | null;
	/** The timeline's range, as written: `2023`, `2023-09` or `2023-09-24`; null is open. */
	from?: string | null;
	to?: string | null;
}

export interface UrlLimits {
	placeIds: Pick<ReadonlySet<string>, 'has'>;
	/** [west, south, east, north] a view's centre must fall in. */
	bounds: [number, number, number, number];
	minZoom: number;
	maxZoom: number;
}

const MAX_PARAM = 200;

/** What this site's URLs may ask for: its places, views inside its extent, the map's zooms. */
export function urlLimits({ data }: Pick<PlaceCatalog, 'data'>): UrlLimits {
	const listed = new Set(data.places.map((p) => p.id));
	return {
		// An unlisted place of a very long layer is looked up when chosen; unknown ids are dropped then.
		placeIds: {
			has: (id: string) => listed.has(id) || (data.shards > 0 && /^[a-z0-9-]{1,100}$/.test(id))
		},
		bounds: data.extent,
		minZoom: MIN_ZOOM,
		maxZoom: MAX_ZOOM
	};
}

/** The `layers` value to write: null (no parameter) when they are the defaults, else in legend order. */
export function layersParam(visible: Iterable<string>): LayerId[] | null {
	const on = new Set(visible);
	const layers = registry.ids.filter((id) => on.has(id));
	const isDefault =
		layers.length === registry.defaultVisible.length &&
		registry.defaultVisible.every((l) => on.has(l));
	return isDefault ? null : layers;
}

function param(params: URLSearchParams, name: string): string | null {
	// Given twice, the last one counts: the one rule (query-rule.js).
	const value = lastParam(params, name);
	return value === null || value.length > MAX_PARAM ? null : value;
}

export function parseLayers(value: string | null): LayerId[] | null {
	if (value === null) return null;
	if (value.trim() === '') return [];
	const ids = [...new Set(value.split(',').map((s) => s.trim()))].filter((id) =>
		registry.isLayerId(id)
	);
	return ids.length > 0 ? ids : null;
}

export function parseView(value: string | null, limits: UrlLimits): View | null {
	if (value === null) return null;
	const parts = value.split(',');
	if (parts.length !== 3 || !parts.every((p) => /^-?\d{1,3}(\.\d{1,8})?$/.test(p.trim())))
		return null;
	const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
	const [w, s, e, n] = limits.bounds;
	if (lon < w || lon > e || lat < s || lat > n) return null;
	if (zoom < limits.minZoom || zoom > limits.maxZoom) return null;
	return { lon, lat, zoom };
}

/** A range's two ends, each a real date or nothing; a pair that ends before it starts is dropped. */
export function parseRange(
	from: string | null,
	to: string | null
): { from: string | null; to: string | null } {
	const f = parseDateParam(from)?.value ?? null;
	const t = parseDateParam(to)?.value ?? null;
	if (f !== null && t !== null && rangeOf(f, t).from === null) return { from: null, to: null };
	return { from: f, to: t };
}

export function parseUrlState(params: URLSearchParams, limits: UrlLimits): UrlState {
	const place = param(params, 'place');
	return {
		layers: parseLayers(param(params, 'layers')),
		place: place !== null && limits.placeIds.has(place) ? place : null,
		view: parseView(param(params, 'view'), limits),
		...parseRange(param(params, 'from'), param(params, 'to'))
	};
}

/** Writes the state into a copy of `params`, leaving other parameters (embed flags) alone. */
export function writeUrlState(params: URLSearchParams, state: UrlState): URLSearchParams {
	const out = new URLSearchParams(params);
	if (state.layers === null) out.delete('layers');
	else out.set('layers', state.layers.join(','));
	if (state.place === null) out.delete('place');
	else out.set('place', state.place);
	if (state.view === null) out.delete('view');
	else {
		const { lon, lat, zoom } = state.view;
		out.set('view', `${lon.toFixed(4)},${lat.toFixed(4)},${zoom.toFixed(2)}`);
	}
	for (const end of ['from', 'to'] as const) {
		const value = state[end] ?? null;
		if (value === null) out.delete(end);
		else out.set(end, value);
	}
	return out;
}

/** `URLSearchParams` escapes commas; they are safe in a query and easier to read unescaped. */
export function queryString(params: URLSearchParams): string {
	const text = params.toString().replace(/%2C/gi, ',');
	return text ? `?${text}` : '';
}
