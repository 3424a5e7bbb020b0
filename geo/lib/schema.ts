/** The properties contract of every map feature (see `types.ts`), checked field by field. */
import type { Geometry } from 'geojson';
import { ptr, type Complain } from './errors';
import { parseDms } from './geometry';
import type { PlaceLayer } from '../../src/shared/layers/define';
import type {
	Derivation,
	GeometrySource,
	LocalText,
	PlaceProperties
} from '../../src/shared/contract';
import { installedVersion, isDatasetPackage } from './inputs';
import { checkEachText, checkLocales, hasText } from './local-text';
import { registry } from './layers';

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ALLOWED_KEYS = new Set([
	'id',
	'layer',
	'category',
	'names',
	'dates',
	'location',
	'geometrySource',
	'derivation',
	'summary',
	'excerpts',
	'municipality',
	'caveat',
	'lastChecked',
	'corrections'
]);

const DATE_FORMATS = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };

/** Offsets of a printed coordinate from its conversion: DMS to 5 decimals stays within this. */
const CITED_TOLERANCE_DEG = 2e-5;

/** A non-empty string, once trimmed. */
export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
/** A list of allowed values as a message gives it: `"day", "month", "year"`. */
export const oneOf = (list: readonly string[]) => list.map((x) => `"${x}"`).join(', ');

/**
 * Whether `YYYY-MM-DD` names a day of the calendar. `Date.parse` is not enough: it reads
 * 2023-02-30 as 2 March.
 */
export function isCalendarDay(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const d = new Date(0);
	d.setUTCFullYear(year, month - 1, day);
	return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The machine's local date, `YYYY-MM-DD`: the day of the check, after which nothing is dated. */
export function localDay(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A day that records an editorial act (a correction, a check against the archive): `YYYY-MM-DD`,
 * a day of the calendar, and not after the day of the check. `what` names it in the messages.
 */
function checkDay(
	value: unknown,
	at: string,
	id: string,
	complain: Complain,
	what: { name: string; missing: string; expected: string },
	today: string
): boolean {
	if (value === undefined || value === null || value === '') {
		complain(id, at, what.missing, value, `${what.expected}, as YYYY-MM-DD`);
		return false;
	}
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		complain(
			id,
			at,
			`${what.name} is not a YYYY-MM-DD date`,
			value,
			`${what.expected}, as YYYY-MM-DD`
		);
		return false;
	}
	if (!isCalendarDay(value)) {
		complain(id, at, `${what.name} is not a calendar date`, value, 'a real day');
		return false;
	}
	if (value > today) {
		complain(
			id,
			at,
			`${what.name} is in the future`,
			value,
			`a day no later than today, the day of the check (${today})`
		);
		return false;
	}
	return true;
}

const CORRECTION_KEYS = ['date', 'text'];
const CORRECTION_TEXT =
	'what changed and why, in our own words: one or more sentences ending with a full stop';

/**
 * The corrections of a feature, an excerpt or a source: a list of `{ date, text }`, or no field.
 * Returns the latest valid date, for the feature's `lastChecked`.
 */
export function checkCorrections(
	value: unknown,
	at: string,
	id: string,
	complain: Complain,
	today: string
): string | null {
	if (value === undefined) return null;
	if (!Array.isArray(value)) {
		complain(id, at, 'corrections is not a list', value, 'a list of { date, text }, or no field');
		return null;
	}
	let latest: string | null = null;
	value.forEach((c: unknown, i) => {
		const here = `${at}/${i}`;
		if (!c || typeof c !== 'object' || Array.isArray(c)) {
			complain(id, here, 'correction is not an object', c, '{ date, text }');
			return;
		}
		const entry = c as Record<string, unknown>;
		for (const key of Object.keys(entry)) {
			if (!CORRECTION_KEYS.includes(key))
				complain(
					id,
					`${here}/${key}`,
					'unknown correction field',
					key,
					`only ${CORRECTION_KEYS.join(', ')}`
				);
		}
		const dated = checkDay(
			entry.date,
			`${here}/date`,
			id,
			complain,
			{
				name: 'correction date',
				missing: 'correction has no date',
				expected: 'the day the correction was made'
			},
			today
		);
		if (dated && (latest === null || (entry.date as string) > latest))
			latest = entry.date as string;
		if (!hasText(entry.text)) {
			complain(id, `${here}/text`, 'correction has no text', entry.text, CORRECTION_TEXT);
		} else {
			checkLocales(entry.text, `${here}/text`, id, complain, 'correction text');
			checkEachText(
				entry.text,
				`${here}/text`,
				(t) => /\.$/.test(t.trim()),
				(path, t) =>
					complain(id, path, 'correction text does not end with a full stop', t, CORRECTION_TEXT)
			);
		}
	});
	return latest;
}

export function checkDate(
	value: unknown,
	at: string,
	id: string | null,
	complain: Complain,
	needsLabel: boolean
) {
	const d = value as Record<string, unknown> | null;
	if (!d || typeof d !== 'object') {
		complain(id, at, 'date is not an object', value, '{ value, precision, label }');
		return;
	}
	const precision = d.precision as keyof typeof DATE_FORMATS;
	if (!Object.hasOwn(DATE_FORMATS, precision)) {
		complain(
			id,
			`${at}/precision`,
			'unknown date precision',
			d.precision,
			oneOf(Object.keys(DATE_FORMATS))
		);
	} else if (typeof d.value !== 'string' || !DATE_FORMATS[precision].test(d.value)) {
		complain(
			id,
			`${at}/value`,
			`date does not match its precision “${precision}”`,
			d.value,
			{ day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[precision]
		);
	} else if (precision === 'day' && !isCalendarDay(d.value)) {
		complain(id, `${at}/value`, 'not a calendar date', d.value, 'a real day');
	}
	if (needsLabel && !hasText(d.label))
		complain(id, `${at}/label`, 'date has no label', d.label, 'what the date is, in words');
	else if (needsLabel)
		checkLocales(d.label as LocalText, `${at}/label`, id, complain, 'date label');
	if (d.of !== undefined && d.of !== 'event' && d.of !== 'data') {
		complain(id, `${at}/of`, 'unknown kind of date', d.of, oneOf(['event', 'data']));
	}
	if (d.approximate !== undefined && typeof d.approximate !== 'boolean') {
		complain(
			id,
			`${at}/approximate`,
			'approximate is not a boolean',
			d.approximate,
			'true or false'
		);
	}
}

function checkGeometrySource(
	s: GeometrySource,
	geometry: Geometry | null,
	at: string,
	id: string,
	complain: Complain
) {
	switch (s?.kind) {
		case 'cited-coordinate': {
			if (!Array.isArray(s.citations) || s.citations.length === 0) {
				complain(
					id,
					`${at}/citations`,
					'no citation',
					s.citations,
					'at least one { source, printed }'
				);
				return;
			}
			s.citations.forEach((c, i) => {
				if (!hasText(c?.source))
					complain(
						id,
						`${at}/citations/${i}/source`,
						'citation has no source',
						c?.source,
						'who publishes the coordinate'
					);
				else checkLocales(c.source, `${at}/citations/${i}/source`, id, complain, 'citation source');
			});
			if (s.agreement !== undefined) {
				if (!hasText(s.agreement))
					complain(id, `${at}/agreement`, 'agreement is empty', s.agreement, 'a text, or no field');
				else checkLocales(s.agreement, `${at}/agreement`, id, complain, 'agreement');
			}
			const printed = s.citations[0]!.printed;
			const parsed = typeof printed === 'string' ? parseDms(printed) : null;
			if (!parsed) {
				complain(
					id,
					`${at}/citations/0/printed`,
					'printed coordinate cannot be read',
					printed,
					'degrees, minutes, seconds with hemispheres, as 42°58′17″N 20°46′57″E'
				);
				return;
			}
			if (geometry === null) return;
			if (geometry.type !== 'Point') {
				complain(
					id,
					`${at}/kind`,
					'a cited coordinate can only place a Point',
					geometry.type,
					'"Point"'
				);
				return;
			}
			const [lon, lat] = geometry.coordinates as [number, number];
			if (
				Math.abs(lon - parsed[0]!) > CITED_TOLERANCE_DEG ||
				Math.abs(lat - parsed[1]!) > CITED_TOLERANCE_DEG
			) {
				complain(
					id,
					'/geometry/coordinates',
					`coordinate does not match its citation “${printed}”`,
					[lon, lat],
					`[${parsed[0]!.toFixed(5)}, ${parsed[1]!.toFixed(5)}]`
				);
			}
			return;
		}
		case 'dataset': {
			for (const key of [
				'dataset',
				'package',
				'version',
				'file',
				'select',
				'licence',
				'processing'
			] as const) {
				if (!hasText(s[key]))
					complain(
						id,
						`${at}/${key}`,
						`dataset source has no ${key}`,
						s[key],
						'a non-empty string'
					);
				// The dataset's name and the processing are our words; the rest are identifiers.
				else if (key === 'dataset' || key === 'processing')
					checkLocales(s[key], `${at}/${key}`, id, complain, `dataset ${key}`);
			}
			checkPackage(s.package, s.version, `${at}/version`, id, complain);
			return;
		}
		case 'supplied-file':
			for (const key of ['file', 'sha256', 'source', 'licence'] as const) {
				if (!isText(s[key]))
					complain(id, `${at}/${key}`, `supplied file has no ${key}`, s[key], 'a non-empty string');
			}
			return;
		case 'derived':
			return;
		default:
			complain(
				id,
				`${at}/kind`,
				'unknown geometry source',
				(s as { kind?: unknown })?.kind,
				oneOf(['cited-coordinate', 'dataset', 'supplied-file', 'derived'])
			);
	}
}

function checkPackage(pkg: string, version: string, at: string, id: string, complain: Complain) {
	if (!isDatasetPackage(pkg) && !pkg.startsWith('@turf/')) {
		complain(
			id,
			at.replace(/version$/, 'package'),
			'no loader for this package',
			pkg,
			'one of the packages in geo/lib/inputs.ts'
		);
		return;
	}
	const installed = installedVersion(pkg);
	if (installed !== version) {
		complain(
			id,
			at,
			`recorded version of ${pkg} is not the installed one`,
			version,
			`${installed ?? 'an installed package'} (re-run npm run geo:derive after an upgrade)`
		);
	}
}

const DERIVATION_PARAMS: Record<Derivation['method'], string[]> = {
	'boundary-line': ['maxDistanceM', 'minRunKm', 'simplifyToleranceDeg'],
	'serbian-side-band': ['radiusKm', 'steps', 'lineSimplifyToleranceDeg', 'simplifyToleranceDeg'],
	'union-of-layer': [],
	'clip-simplify': ['simplifyToleranceDeg']
};

function checkDerivation(d: Derivation | undefined, at: string, id: string, complain: Complain) {
	if (d === undefined) {
		complain(
			id,
			at,
			'derived geometry has no derivation',
			undefined,
			'a derivation: { method, description, inputs, params, turf }'
		);
		return;
	}
	if (!Object.hasOwn(DERIVATION_PARAMS, d.method)) {
		complain(
			id,
			`${at}/method`,
			'unknown derivation method',
			d.method,
			oneOf(Object.keys(DERIVATION_PARAMS))
		);
		return;
	}
	if (!hasText(d.description))
		complain(
			id,
			`${at}/description`,
			'derivation has no description',
			d.description,
			'how the shape was drawn, in words'
		);
	else checkLocales(d.description, `${at}/description`, id, complain, 'derivation description');
	if (!Array.isArray(d.inputs) || d.inputs.length === 0)
		complain(
			id,
			`${at}/inputs`,
			'derivation has no inputs',
			d.inputs,
			'the datasets or features it reads'
		);
	else {
		d.inputs.forEach((input, i) => {
			if ('package' in input)
				checkPackage(input.package, input.version, `${at}/inputs/${i}/version`, id, complain);
		});
	}
	for (const p of DERIVATION_PARAMS[d.method]) {
		const v = (d.params as Record<string, unknown> | undefined)?.[p];
		if (typeof v !== 'number' || !(v > 0))
			complain(
				id,
				`${at}/params/${p}`,
				`derivation parameter ${p} is missing or not positive`,
				v,
				'a positive number'
			);
	}
	if (
		!Array.isArray(d.turf) ||
		d.turf.length === 0 ||
		!d.turf.every((t) => typeof t === 'string' && t.startsWith('@turf/'))
	) {
		complain(
			id,
			`${at}/turf`,
			'derivation does not name its Turf modules',
			d.turf,
			'a list such as ["@turf/buffer"]'
		);
	}
}

/**
 * Checks one feature's properties. `context` gives what only the whole data set knows: which
 * excerpt ids exist and which layers (their modules) the file may hold.
 */
export function checkProperties(
	props: Record<string, unknown>,
	geometry: Geometry | null,
	index: number,
	context: { layers: readonly PlaceLayer[]; excerptIds: ReadonlySet<string>; today: string },
	complain: Complain
) {
	const at = ptr('features', index, 'properties');
	const p = props as unknown as PlaceProperties;
	const id = typeof p.id === 'string' ? p.id : null;
	if (!id || !KEBAB.test(id)) {
		complain(
			id,
			`${at}/id`,
			'id is not kebab-case',
			p.id,
			'a stable kebab-case id such as "banjska-monastery-siege"'
		);
	}
	const fid = id ?? `#${index}`;
	// Geometry paths in messages are relative to the feature.
	const geoComplain: Complain = (i, path, ...rest) =>
		complain(i, path.startsWith('/geometry') ? `${ptr('features', index)}${path}` : path, ...rest);

	for (const key of Object.keys(props)) {
		if (!ALLOWED_KEYS.has(key))
			complain(
				fid,
				`${at}/${key}`,
				'unknown property',
				key,
				`only ${[...ALLOWED_KEYS].join(', ')}`
			);
	}
	const layer = context.layers.find((m) => m.id === p.layer);
	if (!registry.isLayerId(p.layer)) {
		complain(fid, `${at}/layer`, 'unknown layer', p.layer, oneOf(registry.ids));
	} else if (!layer) {
		complain(
			fid,
			`${at}/layer`,
			'layer does not belong in this file',
			p.layer,
			oneOf(context.layers.map((m) => m.id))
		);
	} else {
		if (geometry && !layer.geometry.includes(geometry.type)) {
			complain(
				fid,
				`${ptr('features', index)}/geometry/type`,
				`geometry type not allowed in layer ${p.layer}`,
				geometry.type,
				oneOf(layer.geometry)
			);
		}
		if (!layer.categories.includes(p.category)) {
			complain(
				fid,
				`${at}/category`,
				`category not allowed in layer ${p.layer}`,
				p.category,
				oneOf(layer.categories)
			);
		}
	}
	for (const lang of ['en', 'sr', 'sq'] as const) {
		if (!isText(p.names?.[lang]))
			complain(
				fid,
				`${at}/names/${lang}`,
				`missing ${{ en: 'English', sr: 'Serbian (Latin)', sq: 'Albanian' }[lang]} name`,
				p.names?.[lang],
				'a non-empty string'
			);
	}
	const undated = layer?.dated === false;
	if (!Array.isArray(p.dates) || (p.dates.length === 0 && !undated)) {
		complain(
			fid,
			`${at}/dates`,
			'no dates',
			p.dates,
			undated ? 'a list of { value, precision, label }' : 'at least one { value, precision, label }'
		);
	} else {
		p.dates.forEach((d, i) => checkDate(d, `${at}/dates/${i}`, fid, complain, true));
	}
	checkLocation(p, geometry, at, fid, complain);
	checkGeometrySource(p.geometrySource, geometry, `${at}/geometrySource`, fid, geoComplain);
	if (p.geometrySource?.kind === 'derived')
		checkDerivation(p.derivation, `${at}/derivation`, fid, complain);
	else if (p.derivation !== undefined) {
		complain(
			fid,
			`${at}/derivation`,
			'derivation on a geometry that is not derived',
			p.geometrySource?.kind,
			'geometrySource.kind "derived", or no derivation'
		);
	}
	const SUMMARY = 'one sentence in our own words, at most 280 characters, ending with a full stop';
	if (!hasText(p.summary)) {
		complain(fid, `${at}/summary`, 'summary is not one short sentence', p.summary, SUMMARY);
	} else {
		checkLocales(p.summary, `${at}/summary`, fid, complain, 'summary');
		checkEachText(
			p.summary,
			`${at}/summary`,
			(t) => t.length <= 280 && /[.!?]$/.test(t),
			(path, t) => complain(fid, path, 'summary is not one short sentence', t, SUMMARY)
		);
	}
	if (layer?.excerpts === 'none') {
		if (!Array.isArray(p.excerpts) || p.excerpts.length > 0)
			complain(
				fid,
				`${at}/excerpts`,
				`layer ${p.layer} quotes no sources`,
				p.excerpts,
				'an empty list: its places are shown for orientation only'
			);
	} else if (!Array.isArray(p.excerpts) || p.excerpts.length === 0) {
		complain(
			fid,
			`${at}/excerpts`,
			'no excerpts',
			p.excerpts,
			'at least one excerpt id from geo/excerpts.json'
		);
	} else {
		p.excerpts.forEach((e, i) => {
			if (!context.excerptIds.has(e))
				complain(fid, `${at}/excerpts/${i}`, 'unknown excerpt id', e, 'an id from excerpts.json');
		});
	}
	if (p.municipality !== undefined && !isText(p.municipality))
		complain(
			fid,
			`${at}/municipality`,
			'municipality is empty',
			p.municipality,
			'a non-empty string, or no field'
		);
	if (p.caveat !== undefined) {
		if (!hasText(p.caveat))
			complain(fid, `${at}/caveat`, 'caveat is empty', p.caveat, 'a non-empty string, or no field');
		else checkLocales(p.caveat, `${at}/caveat`, fid, complain, 'caveat');
	}
	const latest = checkCorrections(p.corrections, `${at}/corrections`, fid, complain, context.today);
	const checked = checkDay(
		p.lastChecked,
		`${at}/lastChecked`,
		fid,
		complain,
		{
			name: 'lastChecked',
			missing: 'feature has no lastChecked date',
			expected: 'the day the feature was last checked against the archive'
		},
		context.today
	);
	// A correction is made after checking the feature, so its date cannot be later than the check.
	if (checked && latest !== null && p.lastChecked < latest) {
		complain(
			fid,
			`${at}/lastChecked`,
			'lastChecked is earlier than a correction',
			p.lastChecked,
			`a day no earlier than the latest correction, ${latest}`
		);
	}
}

function checkLocation(
	p: PlaceProperties,
	geometry: Geometry | null,
	at: string,
	id: string,
	complain: Complain
) {
	const loc = p.location;
	const isPoint = geometry?.type === 'Point';
	if (!loc || !['exact', 'approximate', 'area'].includes(loc.precision)) {
		complain(
			id,
			`${at}/location/precision`,
			'unknown location precision',
			loc?.precision,
			oneOf(['exact', 'approximate', 'area'])
		);
		return;
	}
	if (!hasText(loc.basis))
		complain(
			id,
			`${at}/location/basis`,
			'location has no basis',
			loc.basis,
			'why the position is as precise as it says'
		);
	else checkLocales(loc.basis, `${at}/location/basis`, id, complain, 'location basis');
	if (loc.precision === 'approximate' && !(typeof loc.radiusM === 'number' && loc.radiusM > 0)) {
		complain(
			id,
			`${at}/location/radiusM`,
			'approximate location without its uncertainty',
			(loc as { radiusM?: unknown }).radiusM,
			'a radius in metres'
		);
	}
	if (isPoint && loc.precision === 'area') {
		complain(
			id,
			`${at}/location/precision`,
			'a point cannot have area precision',
			loc.precision,
			'"exact" or "approximate"'
		);
	}
	if (geometry && !isPoint && loc.precision !== 'area') {
		complain(
			id,
			`${at}/location/precision`,
			`a ${geometry.type} must have area precision`,
			loc.precision,
			'"area"'
		);
	}
}

const BASEMAP_KEYS = new Set([
	'id',
	'kind',
	'names',
	'geometrySource',
	'derivation',
	'labelAnchor'
]);

/** Basemap features carry less: what they are, their names and where their geometry comes from. */
export function checkBasemapProperties(
	props: Record<string, unknown>,
	geometry: Geometry | null,
	index: number,
	kinds: readonly string[],
	complain: Complain
) {
	const at = ptr('features', index, 'properties');
	const id = typeof props.id === 'string' && KEBAB.test(props.id) ? props.id : null;
	if (!id) complain(null, `${at}/id`, 'id is not kebab-case', props.id, 'a stable kebab-case id');
	const fid = id ?? `#${index}`;
	for (const key of Object.keys(props)) {
		if (!BASEMAP_KEYS.has(key))
			complain(
				fid,
				`${at}/${key}`,
				'unknown property',
				key,
				`only ${[...BASEMAP_KEYS].join(', ')}`
			);
	}
	if (!kinds.includes(props.kind as string))
		complain(fid, `${at}/kind`, 'unknown basemap kind', props.kind, oneOf(kinds));
	const names = props.names as Record<string, unknown> | undefined;
	for (const lang of ['en', 'sr', 'sq']) {
		if (!isText(names?.[lang]))
			complain(
				fid,
				`${at}/names/${lang}`,
				`missing ${lang} name`,
				names?.[lang],
				'a non-empty string'
			);
	}
	const source = props.geometrySource as GeometrySource;
	const geoComplain: Complain = (i, path, ...rest) =>
		complain(i, path.startsWith('/geometry') ? `${ptr('features', index)}${path}` : path, ...rest);
	checkGeometrySource(source, geometry, `${at}/geometrySource`, fid, geoComplain);
	if (source?.kind === 'derived')
		checkDerivation(props.derivation as Derivation | undefined, `${at}/derivation`, fid, complain);
	const anchor = props.labelAnchor;
	if (
		anchor !== undefined &&
		!(Array.isArray(anchor) && anchor.length === 2 && anchor.every((n) => typeof n === 'number'))
	) {
		complain(
			fid,
			`${at}/labelAnchor`,
			'label anchor is not a position',
			anchor,
			'[longitude, latitude]'
		);
	}
}
