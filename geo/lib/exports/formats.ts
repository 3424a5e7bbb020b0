/**
 * The file formats: CSV with csv-stringify (RFC 4180 quoting, which a hand-written quoter would
 * have to get right for every quote, comma and line break in the excerpts), KML with
 * @placemarkio/tokml, GeoJSON by hand (it is JSON). All three run at build time only.
 */
import { toKML } from '@placemarkio/tokml';
import { stringify } from 'csv-stringify/sync';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Cell, Field } from './fields';

/**
 * RFC 4180: CRLF line ends, fields quoted when they need it, quotes doubled. A byte-order mark
 * first, because Excel reads a CSV without one in the machine's legacy code page and mangles
 * every č and ë; GDAL, QGIS, LibreOffice, pandas and R skip it.
 */
export const CSV_DIALECT = {
	delimiter: ',',
	lineTerminator: '\r\n',
	quoteChar: '"',
	doubleQuote: true,
	header: true
} as const;

export function toCsv<Row>(fields: Field<Row>[], rows: Row[]): string {
	return stringify(
		rows.map((row) => fields.map((f) => f.value(row))),
		{
			bom: true,
			header: true,
			columns: fields.map((f) => f.name),
			record_delimiter: 'windows',
			// Table Schema's booleans; csv-stringify's default would write false as an empty cell.
			cast: { boolean: (b) => (b ? 'true' : 'false') }
		}
	);
}

export type FlatFeature = Feature<Geometry, Record<string, Cell>>;

export function propertiesOf<Row>(fields: Field<Row>[], row: Row): Record<string, Cell> {
	return Object.fromEntries(fields.map((f) => [f.name, f.value(row)]));
}

/** RFC 7946: WGS 84 longitude, latitude; the place id as the feature's `id` too. */
export function toGeoJson(features: FlatFeature[]): string {
	const fc: FeatureCollection<Geometry, Record<string, Cell>> = {
		type: 'FeatureCollection',
		features
	};
	return `${JSON.stringify(fc)}\n`;
}

/**
 * KML shows `name` and `description` in Google Earth's list and balloons: the English name and
 * summary. Every property follows in ExtendedData, as text; empty ones are left out, since
 * tokml would write them as the word “null”.
 */
export function toKml(features: FlatFeature[], name: string, description: string): string {
	const kml = toKML({
		type: 'FeatureCollection',
		features: features.map((f) => ({
			...f,
			properties: {
				name: f.properties[name],
				description: f.properties[description],
				...Object.fromEntries(Object.entries(f.properties).filter(([, v]) => v !== null))
			}
		}))
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n${kml}\n`;
}
