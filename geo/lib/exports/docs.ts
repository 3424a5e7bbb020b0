/**
 * The field lists of geo/README.md ("Get the data"), written from the field definitions by
 * `npm run geo:docs`; tests/unit/exports.test.ts fails when the README's copy is out of date.
 */
import type { Registry } from '../../../src/shared/layers/registry';
import { EXCERPT_FIELDS } from './excerpt-fields';
import type { Field } from './fields';
import { placeFields } from './place-fields';

export const DOCS_START = '<!-- data-fields:start -->';
export const DOCS_END = '<!-- data-fields:end -->';

function item(f: Field<never>, note = ''): string {
	const facts = [f.type, f.required ? 'always set' : 'may be empty'];
	if (f.enum) facts.push(`one of ${f.enum.map((v) => `\`${v}\``).join(', ')}`);
	return `- \`${f.name}\` (${facts.join('; ')})${note}: ${f.description}`;
}

export function fieldDocs(registry: Registry): string {
	const places = placeFields(registry);
	return [
		'`places.csv`, one row a place; `places.geojson` and `places.kml` have the same fields as properties, but for the four marked “CSV only”:',
		'',
		...places.map((f) => item(f, f.csvOnly ? ', CSV only' : '')),
		'',
		'`excerpts.csv`, one row an excerpt:',
		'',
		...EXCERPT_FIELDS.map((f) => item(f))
	].join('\n');
}

/** The README with its field lists replaced by the current ones (the markers stay). */
export function withFieldDocs(readme: string, registry: Registry): string {
	const from = readme.indexOf(DOCS_START);
	const to = readme.indexOf(DOCS_END, from);
	if (from < 0 || to < 0)
		throw new Error(`geo/README.md: markers ${DOCS_START} … ${DOCS_END} not found`);
	// Blank lines around the lists, as prettier keeps them.
	return `${readme.slice(0, from + DOCS_START.length)}\n\n${fieldDocs(registry)}\n\n${readme.slice(to)}`;
}
