/**
 * The check of `figures.json`: each figure counts one of the fixed measures, names an excerpt
 * and places that list it, and gives the number's words exactly as they stand in the excerpt,
 * so that every number the panel shows can be traced to a verbatim quote in the archive.
 */
import { ptr, type Complain } from './errors';
import { fold } from './quotes';
import { checkLocales, hasText } from './local-text';
import { KEBAB, oneOf } from './schema';
import type { Excerpt } from '../../src/shared/contract';
import { MEASURE_IDS, type Figure } from '../../src/shared/figures';

const FIGURE_KEYS = [
	'id',
	'measure',
	'value',
	'min',
	'max',
	'approximate',
	'places',
	'excerpt',
	'words',
	'contradicted'
];

export interface FigureContext {
	excerpts: ReadonlyMap<string, Excerpt>;
	/** Each place's excerpt ids. */
	places: ReadonlyMap<string, readonly string[]>;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Refuses a value that is neither an exact number nor a range, or both at once. */
function checkValue(f: Figure, at: string, id: string, complain: Complain) {
	const hasValue = f.value !== undefined;
	const hasRange = f.min !== undefined || f.max !== undefined;
	if (hasValue === hasRange) {
		complain(
			id,
			at,
			hasValue ? 'figure has both a value and a range' : 'figure has no value',
			{ value: f.value, min: f.min, max: f.max },
			'"value", or "min" with an optional "max"'
		);
		return;
	}
	for (const key of ['value', 'min', 'max'] as const) {
		if (f[key] !== undefined && !isNumber(f[key]))
			complain(id, `${at}/${key}`, `figure ${key} is not a number`, f[key], 'a number ≥ 0');
	}
	if (hasRange && f.min === undefined)
		complain(id, `${at}/min`, 'figure range has no min', f.min, 'the lowest number it allows');
	if (isNumber(f.min) && isNumber(f.max) && f.max <= f.min)
		complain(id, `${at}/max`, 'figure range ends below its start', f.max, `more than ${f.min}`);
	if (f.approximate !== undefined && typeof f.approximate !== 'boolean')
		complain(id, `${at}/approximate`, 'not a boolean', f.approximate, 'true, or no field');
}

export function checkFigures(value: unknown, ctx: FigureContext, complain: Complain): Figure[] {
	const list = (value as { figures?: unknown })?.figures;
	if (!Array.isArray(list)) {
		complain(null, '/figures', 'no figures array', list, '{ "figures": [ … ] }');
		return [];
	}
	const seen = new Set<string>();
	list.forEach((f: Figure, i) => {
		const at = ptr('figures', i);
		const id = typeof f?.id === 'string' ? f.id : `#${i}`;
		if (!KEBAB.test(f?.id ?? ''))
			complain(id, `${at}/id`, 'id is not kebab-case', f?.id, 'a kebab-case id');
		if (seen.has(id)) complain(id, `${at}/id`, 'duplicate figure id', id, 'an id used once');
		seen.add(id);
		for (const key of Object.keys(f ?? {})) {
			if (!FIGURE_KEYS.includes(key))
				complain(id, `${at}/${key}`, 'unknown property', key, `only ${FIGURE_KEYS.join(', ')}`);
		}
		if (!(MEASURE_IDS as readonly string[]).includes(f?.measure))
			complain(id, `${at}/measure`, 'unknown measure', f?.measure, oneOf(MEASURE_IDS));
		checkValue(f, at, id, complain);
		if (f?.contradicted !== undefined) {
			if (!hasText(f.contradicted))
				complain(
					id,
					`${at}/contradicted`,
					'caveat is empty',
					f.contradicted,
					'a text, or no field'
				);
			else checkLocales(f.contradicted, `${at}/contradicted`, id, complain, 'figure caveat');
		}
		const excerpt = ctx.excerpts.get(f?.excerpt);
		if (!excerpt) {
			complain(
				id,
				`${at}/excerpt`,
				'unknown excerpt id',
				f?.excerpt,
				'the id of an excerpt in excerpts.json'
			);
		} else if (typeof f.words !== 'string' || f.words.trim() === '') {
			complain(
				id,
				`${at}/words`,
				'figure has no words',
				f.words,
				'the number as the excerpt words it'
			);
		} else if (!fold(excerpt.exact).includes(fold(f.words))) {
			complain(
				id,
				`${at}/words`,
				`the words are not in excerpt "${excerpt.id}"`,
				f.words,
				'the number’s words exactly as they stand in the excerpt'
			);
		}
		if (!Array.isArray(f?.places) || f.places.length === 0) {
			complain(id, `${at}/places`, 'figure names no place', f?.places, 'one or more place ids');
			return;
		}
		f.places.forEach((place, k) => {
			const listed = ctx.places.get(place);
			if (!listed)
				complain(id, `${at}/places/${k}`, 'unknown place id', place, 'the id of a place');
			else if (excerpt && !listed.includes(excerpt.id))
				complain(
					id,
					`${at}/places/${k}`,
					`place does not list excerpt "${excerpt.id}"`,
					place,
					'a place whose excerpts include the figure’s'
				);
		});
	});
	return list as Figure[];
}
