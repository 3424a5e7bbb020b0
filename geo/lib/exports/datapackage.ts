/**
 * datapackage.json: a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/)
 * describing each file, with a Table Schema for the CSVs, so that tools such as `frictionless
 * validate` can check the files and load the CSVs with their types.
 */
import { createHash } from 'node:crypto';
import type { Source } from '../../../src/shared/contract';
import { inLocale } from '../../../src/shared/i18n/local-text';
import type { Field } from './fields';
import { CSV_DIALECT } from './formats';
import { OSM_CREDIT, packageLicence, type LicenceId } from './licences';

export interface PackageFile {
	path: string;
	/** A Data Package resource name: lower case, digits, `-`, `.` and `_`. */
	name: string;
	title: string;
	description: string;
	format: string;
	mediatype: string;
	licences: LicenceId[];
	text: string;
	/** For the CSVs. */
	schema?: { fields: Field<never>[]; primaryKey: string };
}

export interface PackageInfo {
	title: string;
	description: string;
	version: string;
	/** When the files were written, ISO 8601. */
	created: string;
	homepage: string;
	sources: Source[];
}

/** A Table Schema field (https://specs.frictionlessdata.io/table-schema/). */
function schemaField(f: Field<never>) {
	const constraints = {
		...(f.required ? { required: true } : {}),
		...(f.enum ? { enum: [...f.enum] } : {}),
		...(f.pattern ? { pattern: f.pattern } : {})
	};
	return {
		name: f.name,
		type: f.type,
		...(f.type === 'date' ? { format: 'default' } : {}),
		description: f.description,
		...(Object.keys(constraints).length ? { constraints } : {})
	};
}

function resource(file: PackageFile) {
	const bytes = Buffer.from(file.text, 'utf8');
	return {
		name: file.name,
		path: file.path,
		profile: file.schema ? 'tabular-data-resource' : 'data-resource',
		title: file.title,
		description: file.description,
		format: file.format,
		mediatype: file.mediatype,
		encoding: 'utf-8',
		bytes: bytes.length,
		hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
		licenses: file.licences.map(packageLicence),
		...(file.schema
			? {
					dialect: CSV_DIALECT,
					schema: {
						fields: file.schema.fields.map(schemaField),
						primaryKey: file.schema.primaryKey,
						missingValues: ['']
					}
				}
			: {})
	};
}

export function dataPackage(info: PackageInfo, files: PackageFile[]): string {
	const pkg = {
		profile: 'data-package',
		name: 'north-kosovo-map',
		title: info.title,
		description: info.description,
		version: info.version,
		created: info.created,
		homepage: info.homepage,
		keywords: ['Kosovo', 'Serbia', '2023', 'Banjska', 'Zvečan', 'news', 'map'],
		licenses: (['ODbL-1.0', 'CC-BY-4.0'] as const).map(packageLicence),
		sources: [
			{ title: `OpenStreetMap (${OSM_CREDIT})`, path: 'https://www.openstreetmap.org/copyright' },
			{ title: 'Wikipedia articles, for the published coordinates cited in geometry_credit' },
			...info.sources.map((s) => ({
				title: `${s.outlet}: ${inLocale(s.title, 'en')} (${s.date.value})`
			}))
		],
		resources: files.map(resource)
	};
	return `${JSON.stringify(pkg, null, '\t')}\n`;
}
