/**
 * What a layer module declares. One module per layer (`*.layer.ts` in this folder) says
 * everything the map knows about that layer: its data file and what the check accepts in it, its
 * legend and colours, its MapLibre style layers, how the static picture draws it and its clause
 * of the alt text. The registry (`registry.ts`) derives everything else from these modules; the
 * build finds them by file name, the browser by `import.meta.glob`, so adding a layer is adding
 * a module and its data.
 *
 * Pure TypeScript: the build (Node) and the browser both import it. No Node, no Turf, no Svelte.
 */
import type {
	CircleLayerSpecification,
	FillLayerSpecification,
	LineLayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { Geometry, Position } from 'geojson';
import type { CatalogPlace, MapCollection, MapFeatureProperties } from '../app-data';
import type { BasemapProperties, PlaceProperties } from '../contract';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import type { BaseColours, Theme } from '../palette';
import type { Slot } from './slots';

type Declared<T> = Omit<T, 'id' | 'source'> & {
	/** Unique across the style; by convention the layer's id and a suffix. */
	id: string;
	/** One of the module's sources; by default the one named after the layer. */
	source?: string;
	slot: Slot;
	/** A click or a tap on it opens the place it draws. */
	interactive?: boolean;
	/** A click on it zooms in to where its cluster splits apart. */
	expandsClusters?: boolean;
};

/** A style layer, typed by the MapLibre style spec (https://maplibre.org/maplibre-style-spec/layers/). */
export type StyleLayer =
	| Declared<FillLayerSpecification>
	| Declared<LineLayerSpecification>
	| Declared<CircleLayerSpecification>
	| Declared<SymbolLayerSpecification>;

export type Colours = Record<string, string>;

export interface StyleContext {
	/** The layer's points are clustered (a very long layer that clusters). */
	clustered: boolean;
}

/** What the static picture (geo/lib/static-map.ts) hands a module to draw itself with. */
export interface StaticContext<C extends Colours = Colours> {
	colours: C & BaseColours;
	/** The module's sources, as the live map draws them. */
	sources: Record<string, MapCollection>;
	/** Web Mercator into the picture's pixels. */
	project(p: Position): [number, number];
	/** SVG path data of a line or area, clipped and simplified to the picture; '' outside it. */
	pathData(g: Geometry): string;
	/** A label with a halo, its text escaped. */
	label(
		p: Position,
		text: string,
		o: { size: number; fill: string; dy: number; weight?: number }
	): string;
	inView(p: Position): boolean;
	/** A feature's name in the picture's locale. */
	nameOf(properties: MapFeatureProperties): string;
	/** Whether text at this pixel would sit under the picture's legend or credits. */
	underFurniture(x: number, y: number): boolean;
	/** The story's point places, projected: basemap labels give way to them. */
	storyPoints: [number, number][];
}

export interface StaticMark<C extends Colours = Colours> {
	slot: Slot;
	/** SVG elements, as strings. */
	draw(ctx: StaticContext<C>): string[];
}

/** What the alt text of the picture hands a module, so its clause follows the data. */
export interface AltContext {
	m: Messages;
	locale: Locale;
	/** The layer's places in the catalog, in editorial order, in the page's locale. */
	places: CatalogPlace[];
	/** How many places the layer has, listed or not. */
	count: number;
	formatCount(n: number): string;
	/** "a", "a and b", "a, b and c", as the locale joins a list. */
	series(items: string[]): string;
}

/** A layer's part of the alt text: a sentence of its own, or a clause of the shared sentence. */
export type AltText = { sentence: string } | { clause: string } | null;

/** The legend's swatch, drawn the same in the layer switches and in the picture. */
export interface Swatch<C extends Colours = Colours> {
	kind: 'dot' | 'line' | 'area' | 'outline';
	colour: keyof C & string;
	/** An SVG dash array, as the map's line style. */
	dash?: string;
}

interface Common<C extends Colours> {
	id: string;
	/** The data file, relative to the data root (`geo/`). Several layers may share one. */
	file: string;
	/** The geometry types the check accepts in this layer. */
	geometry: readonly Geometry['type'][];
	/** Legend and list order, and the order within a slot. */
	order: number;
	colours: Record<Theme, C>;
	style(colours: C & BaseColours, ctx: StyleContext): StyleLayer[];
	staticMap: StaticMark<C>[];
}

/** A layer of the story: its features carry the full data contract and open their details. */
export interface PlaceLayer<C extends Colours = Colours> extends Common<C> {
	role: 'place';
	categories: readonly string[];
	group: 'story' | 'military' | 'context';
	visibleByDefault: boolean;
	/** Its words come from the messages (messages/<locale>.json), as every word the reader sees. */
	legend: { label: (m: Messages) => string; note: (m: Messages) => string; swatch: Swatch<C> };
	/** In the reader's list of places (context places are not, unless chosen on the map). */
	listed: boolean;
	/** Whether its places quote the sources; context places carry no excerpts, and say so. */
	excerpts: 'required' | 'none';
	/** Whether every place needs a date; a village or a crossing has none. */
	dated: boolean;
	/** The map opens on the extent of these layers' places. */
	framesOpeningView?: boolean;
	/** The embed presets that choose their own layers and switch this one on. */
	presets?: readonly string[];
	/**
	 * Places of other layers name one of this layer's features in this property (an incident's
	 * municipality), and must lie inside it: the check tests both.
	 */
	contains?: { property: keyof PlaceProperties & string };
	/** Points cluster above `CLUSTER_THRESHOLD` (the source's options). */
	clusters?: { radius: number; maxZoom: number };
	altText(ctx: AltContext): AltText;
}

/** Context drawn under the story: neighbouring countries, towns. Never clicked, never listed. */
export interface BasemapLayer<C extends Colours = Colours> extends Common<C> {
	role: 'basemap';
	/** The kinds its features may be (`properties.kind`). */
	kinds: readonly BasemapProperties['kind'][];
	/**
	 * The sources it draws from, made from its checked features at build time; `names` gives a
	 * feature's label properties in every locale.
	 */
	sources(
		features: { properties: BasemapProperties; geometry: Geometry }[],
		names: (names: BasemapProperties['names']) => LabelNames
	): Record<string, MapCollection>;
}

export type LayerModule<C extends Colours = Colours> = PlaceLayer<C> | BasemapLayer<C>;

/** A map feature's name in every locale (`name_sr-Cyrl`), and in English as `name`. */
export type LabelNames = Pick<MapFeatureProperties, 'name'> & Record<`name_${Locale}`, string>;

/** Types a layer module; the generic keeps its colour names checked in its style and swatch. */
export function defineLayer<C extends Colours>(module: PlaceLayer<C>): PlaceLayer<C>;
export function defineLayer<C extends Colours>(module: BasemapLayer<C>): BasemapLayer<C>;
export function defineLayer<C extends Colours>(module: LayerModule<C>): LayerModule<C> {
	return module;
}
