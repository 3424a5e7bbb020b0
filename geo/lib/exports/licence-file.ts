/**
 * LICENSE.md beside the data files: which terms cover which file and which field, written from
 * the field definitions and from each place's computed geometry licence, so that it stays right
 * when a field or a place is added. Paragraphs are single lines: Markdown wraps them.
 */
import type { Source } from '../../../src/shared/contract';
import { inLocale } from '../../../src/shared/i18n/local-text';
import type { Field, FieldTerms } from './fields';
import { LICENCES, OSM_CREDIT, type LicenceId } from './licences';

export interface LicensedFile {
	path: string;
	fields: Field<never>[];
	/** GeoJSON and KML carry each place's shape as well as its fields. */
	hasGeometry: boolean;
}

export interface LicenceInfo {
	title: string;
	version: string;
	day: string;
	siteUrl: string;
	cite: string;
	/** Each place's id, English name and geometry licence. */
	places: { id: string; name: string; licence: LicenceId }[];
	files: LicensedFile[];
	sources: Source[];
}

const TERMS: Record<FieldTerms, string> = {
	geometry: 'under the licence its row’s `geometry_licence` names',
	quotation: 'the publishers’ words, quoted (see “Quotations”)',
	own: 'CC BY 4.0'
};

const code = (s: string) => `\`${s}\``;
const link = (id: LicenceId) => `[${LICENCES[id].title}](${LICENCES[id].path})`;

/** One line a file: its fields grouped by the terms that cover them. */
function fieldLines(files: LicensedFile[]): string[] {
	return files.map((file) => {
		const groups = (Object.keys(TERMS) as FieldTerms[]).flatMap((terms) => {
			const names = file.fields.filter((f) => f.terms === terms).map((f) => code(f.name));
			if (terms === 'geometry' && file.hasGeometry) names.unshift('the geometry');
			return names.length ? [`${names.join(', ')}: ${TERMS[terms]}`] : [];
		});
		return `- ${code(file.path)}: ${groups.join('; ')}.`;
	});
}

export function licenceFile(info: LicenceInfo): string {
	const odbl = info.places.filter((p) => p.licence === 'ODbL-1.0');
	const cited = info.places.filter((p) => p.licence === 'CC-BY-4.0');
	const list = (ps: typeof odbl) => ps.map((p) => `- ${code(p.id)}: ${p.name}`);
	const quoting = info.files.flatMap((f) => {
		const names = f.fields.filter((x) => x.terms === 'quotation').map((x) => code(x.name));
		return names.length ? [`${names.join(' and ')} in ${code(f.path)}`] : [];
	});
	return [
		'# Licence of the data files',
		`These files are the data of the map “${info.title}”, version ${info.version}, written on ${info.day} (${info.siteUrl}/). They hold three kinds of material, under three sets of terms. The map’s code is under the MIT licence, and none of it is here.`,
		'## Derived from OpenStreetMap: ODbL 1.0',
		`The shapes of these places derive from OpenStreetMap data: the Kosovo–Serbia boundary and the zones derived from it, the municipal boundaries and the area derived from them. Their ${code('geometry_licence')} is ${code('ODbL-1.0')}.`,
		list(odbl).join('\n'),
		`Their geometry in ${code('places.geojson')} and ${code('places.kml')}, and their ${code('longitude')} and ${code('latitude')} in ${code('places.csv')}, are ${OSM_CREDIT}, available under the ${link('ODbL-1.0')}. If you publish a database derived from them, share it under the ODbL; whatever you make from them must credit “${OSM_CREDIT}”.`,
		'## Our own work: CC BY 4.0',
		`Everything else is ours, under the ${link('CC-BY-4.0')}: credit “${info.title}” with a link to ${info.siteUrl}/. That is every field of the places other than the shapes above (ids, layers, categories, names, dates, the location’s precision, radius and basis, summaries, caveats, municipality, excerpt and source ids, the geometry’s source, licence and credit, the day last checked, corrections), and every field of the excerpts but the quoted words and the headline (ids, outlets, dates, languages, claimants, sides, stances, notes, place ids, archive hashes, corrections).`,
		`The shapes of these places are published coordinates, transcribed by us and cited as printed in each one’s ${code('geometry_credit')}; their ${code('geometry_licence')} is ${code('CC-BY-4.0')}. A coordinate is a fact: our selection and transcription are under CC BY 4.0.`,
		list(cited).join('\n'),
		'No GeoNames data is in these files: the map’s town labels (GeoNames, CC BY 4.0) belong to its basemap, which is not exported. A place positioned from GeoNames would name it in its `geometry_credit`, under CC BY 4.0.',
		'## Quotations: the publishers’ copyright',
		`${quoting.join('; ')} are the publishers’ words: short quotations of news reports, each attributed to its outlet and claimant, reproduced for reporting and comment. Their copyright stays with their publishers and no licence is granted here: reuse them as quotations, with their attribution, as the law where you publish allows. The quoted articles:`,
		info.sources
			.map(
				(s) =>
					`- ${s.outlet}: ${inLocale(s.title, 'en')}, ${s.date.value}${s.date.approximate ? ' (approximate)' : ''} (${code(s.id)})`
			)
			.join('\n'),
		'## Field by field',
		fieldLines(info.files).join('\n'),
		`${code('LICENSE.md')} and ${code('datapackage.json')}, which describe the files, are under CC BY 4.0.`,
		'## Attribution lines',
		[
			`- ${OSM_CREDIT}, ODbL 1.0: https://www.openstreetmap.org/copyright`,
			`- ${info.title}, CC BY 4.0: ${info.siteUrl}/`,
			`- Quotations: © their publishers, as attributed in ${code('excerpts.csv')} (${code('outlet')}, ${code('source_title')}, ${code('source_date')})`
		].join('\n'),
		'## How to cite',
		info.cite
	]
		.join('\n\n')
		.concat('\n');
}
