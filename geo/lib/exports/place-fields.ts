/**
 * The columns of places.csv and the properties of places.geojson and places.kml: every place of
 * every place layer, flat, one value a cell, for tools that know nothing of our data contract.
 */
import type { Geometry } from 'geojson';
import type { Excerpt, PlaceFeature } from '../../../src/shared/contract';
import type { Registry } from '../../../src/shared/layers/registry';
import {
	correctionsText,
	ID_LIST_SEPARATOR,
	PARTIAL_DATE,
	perLocale,
	PRECISIONS,
	type Field
} from './fields';
import { LICENCES, type GeometryLicence } from './licences';

export interface PlaceRow {
	feature: PlaceFeature;
	/** The excerpts it lists, in its editorial order. */
	excerpts: Excerpt[];
	geometry: GeometryLicence;
	/** The point that stands for it in the CSV (see `anchorKind`). */
	anchor: [number, number];
}

/** How the CSV's longitude and latitude were chosen, by geometry type (see app-data.ts). */
export function anchorKind(type: Geometry['type']): string {
	if (type === 'Point') return 'coordinate';
	if (type === 'LineString' || type === 'MultiLineString') return 'middle-vertex';
	if (type === 'Polygon' || type === 'MultiPolygon') return 'point-on-surface';
	throw new Error(`exports: no anchor for a ${type}`);
}

/** A place field, and whether it is in the CSV only (the GeoJSON and KML carry the geometry). */
export type PlaceField = Field<PlaceRow> & { csvOnly?: true };

const props = (r: PlaceRow) => r.feature.properties;
const first = (r: PlaceRow) => props(r).dates[0];
const last = (r: PlaceRow) => props(r).dates.at(-1);

export function placeFields(registry: Registry): PlaceField[] {
	return [
		{
			name: 'id',
			type: 'string',
			description:
				'The place’s stable id, as in the map’s links (?place=…); unique across the files.',
			terms: 'own',
			required: true,
			value: (r) => props(r).id
		},
		{
			name: 'layer',
			type: 'string',
			description: 'The map layer the place belongs to.',
			terms: 'own',
			required: true,
			enum: registry.ids,
			value: (r) => props(r).layer
		},
		{
			name: 'category',
			type: 'string',
			description: 'What kind of place it is, from its layer’s list of categories.',
			terms: 'own',
			required: true,
			enum: [...new Set(registry.places.flatMap((l) => l.categories))],
			value: (r) => props(r).category
		},
		...perLocale<PlaceRow>('name', 'The place’s name', (r) => props(r).names, { required: true }),
		{
			name: 'geometry_type',
			type: 'string',
			description: 'The GeoJSON geometry type of the place’s shape.',
			terms: 'own',
			required: true,
			enum: ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'],
			csvOnly: true,
			value: (r) => r.feature.geometry.type
		},
		{
			name: 'longitude',
			type: 'number',
			description: 'Longitude (WGS 84, degrees east) of the point that stands for the place.',
			terms: 'geometry',
			required: true,
			csvOnly: true,
			value: (r) => r.anchor[0]
		},
		{
			name: 'latitude',
			type: 'number',
			description: 'Latitude (WGS 84, degrees north) of the point that stands for the place.',
			terms: 'geometry',
			required: true,
			csvOnly: true,
			value: (r) => r.anchor[1]
		},
		{
			name: 'anchor',
			type: 'string',
			description:
				'How that point was chosen: coordinate (a point place: its own coordinate), point-on-surface (an area: a point inside it, by Turf’s pointOnFeature, to 5 decimals) or middle-vertex (a line: its middle vertex). Only a point place’s anchor is its position.',
			terms: 'own',
			required: true,
			enum: ['coordinate', 'point-on-surface', 'middle-vertex'],
			csvOnly: true,
			value: (r) => anchorKind(r.feature.geometry.type)
		},
		{
			name: 'date_start',
			type: 'string',
			description:
				'The first of the place’s dates, in the data’s (chronological) order: ISO 8601 to its precision (2023-09-24, 2023-05 or 2023). Empty for the undated context places.',
			terms: 'own',
			pattern: PARTIAL_DATE,
			value: (r) => first(r)?.value ?? null
		},
		{
			name: 'date_start_precision',
			type: 'string',
			description: 'The precision of date_start: day, month or year.',
			terms: 'own',
			enum: PRECISIONS,
			value: (r) => first(r)?.precision ?? null
		},
		{
			name: 'date_end',
			type: 'string',
			description:
				'The last of the place’s dates, as date_start; the same as date_start when the place has one date.',
			terms: 'own',
			pattern: PARTIAL_DATE,
			value: (r) => last(r)?.value ?? null
		},
		{
			name: 'date_end_precision',
			type: 'string',
			description: 'The precision of date_end: day, month or year.',
			terms: 'own',
			enum: PRECISIONS,
			value: (r) => last(r)?.precision ?? null
		},
		{
			name: 'date_count',
			type: 'integer',
			description:
				'How many dates the place has; the map’s details give each with what it is a date of.',
			terms: 'own',
			required: true,
			value: (r) => props(r).dates.length
		},
		{
			name: 'date_approximate',
			type: 'boolean',
			description:
				'true when date_start or date_end is inferred rather than stated by the sources.',
			terms: 'own',
			required: true,
			value: (r) => !!(first(r)?.approximate || last(r)?.approximate)
		},
		{
			name: 'location_precision',
			type: 'string',
			description:
				'exact (a published coordinate), approximate (a point with radius_m of uncertainty) or area (a shape).',
			terms: 'own',
			required: true,
			enum: ['exact', 'approximate', 'area'],
			value: (r) => props(r).location.precision
		},
		{
			name: 'radius_m',
			type: 'integer',
			description:
				'For an approximate point: the radius in metres within which the place lies. Empty otherwise.',
			terms: 'own',
			value: (r) => {
				const l = props(r).location;
				return l.precision === 'approximate' ? l.radiusM : null;
			}
		},
		...perLocale<PlaceRow>(
			'location_basis',
			'What the position rests on',
			(r) => props(r).location.basis,
			{
				required: true
			}
		),
		...perLocale<PlaceRow>(
			'summary',
			'One sentence on the place, in our words',
			(r) => props(r).summary,
			{
				required: true
			}
		),
		...perLocale<PlaceRow>(
			'caveat',
			'What a reader must know to read the shape honestly (empty if nothing)',
			(r) => props(r).caveat
		),
		{
			name: 'municipality',
			type: 'string',
			description:
				'For an incident: the id of the municipality its point falls in (checked by point-in-polygon). Empty otherwise.',
			terms: 'own',
			value: (r) => props(r).municipality ?? null
		},
		{
			name: 'excerpt_ids',
			type: 'string',
			description:
				'The ids of the excerpts (excerpts.csv) the place lists, comma-separated, in the map’s order. Empty for context places.',
			terms: 'own',
			value: (r) => r.excerpts.map((e) => e.id).join(ID_LIST_SEPARATOR) || null
		},
		{
			name: 'source_ids',
			type: 'string',
			description:
				'The ids of the sources those excerpts quote, comma-separated, each once, in order of first use.',
			terms: 'own',
			value: (r) => [...new Set(r.excerpts.map((e) => e.source))].join(ID_LIST_SEPARATOR) || null
		},
		{
			name: 'geometry_source',
			type: 'string',
			description:
				'Where the shape comes from: cited-coordinate (a published coordinate), dataset (an open dataset), supplied-file (a boundary file) or derived (computed from others, recomputed by the data check before every build).',
			terms: 'own',
			required: true,
			enum: ['cited-coordinate', 'dataset', 'supplied-file', 'derived'],
			value: (r) => props(r).geometrySource.kind
		},
		{
			name: 'geometry_licence',
			type: 'string',
			description:
				'The licence of the shape (and of longitude and latitude): ODbL-1.0 where it derives from OpenStreetMap, else CC-BY-4.0. See LICENSE.md.',
			terms: 'own',
			required: true,
			enum: Object.keys(LICENCES),
			value: (r) => r.geometry.licence
		},
		{
			name: 'geometry_credit',
			type: 'string',
			description:
				'Whom to credit for the shape: the data’s authors, or for a cited coordinate who publishes it, exactly as printed.',
			terms: 'own',
			required: true,
			value: (r) => r.geometry.credit
		},
		{
			name: 'last_checked',
			type: 'date',
			description: 'The day the place was last checked against the archived sources.',
			terms: 'own',
			required: true,
			value: (r) => props(r).lastChecked
		},
		{
			name: 'corrections',
			type: 'integer',
			description: 'How many corrections the place has had since it was published.',
			terms: 'own',
			required: true,
			value: (r) => props(r).corrections?.length ?? 0
		},
		{
			name: 'corrections_en',
			type: 'string',
			description:
				'Each correction as “YYYY-MM-DD: what changed and why”, in English, oldest first, separated by “ | ”.',
			terms: 'own',
			value: (r) => correctionsText(props(r).corrections, props(r).id)
		}
	];
}
