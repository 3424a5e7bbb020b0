/**
 * Property test of every URL parser: 10,000 seeded random and mutated query strings. None
 * throws; every state is valid (what it holds could have been asked for, and only that); what is
 * invalid is dropped; writing a state and reading it back gives it again; and app.html's inline
 * script reads the flags exactly as the app does. (fast-check is not installed: tests/fuzz.ts is a
 * seeded generator, so a failure names the case to replay.)
 */
import { describe, expect, it } from 'vitest';
import { pymChildId } from '../../src/lib/embed/height';
import { DEFAULT_FLAGS, parseFlags, writeFlags } from '../../src/lib/flags';
import { registry } from '../../src/lib/layers';
import { mergeQuery, PRESETS } from '../../src/lib/presets';
import {
	parseUrlState,
	queryString,
	writeUrlState,
	type UrlLimits,
	type UrlState
} from '../../src/lib/url-state';
import { match as isLocaleParam } from '../../src/params/locale';
import { SEGMENTS } from '../../src/shared/i18n/locales';
import { lastParam } from '../../src/shared/query-rule.js';
import { random, randomQuery } from '../fuzz';
import { parseDateParam, rangeOf } from '../../src/shared/time/days';
import { inlineFlags } from './inline-flags';

const CASES = 10_000;
const SEED = 20261204;

const placeIds = ['banjska-monastery-siege', 'banjska-police-ambush', 'zvecan', 'leposavic'];
const limits: UrlLimits = {
	placeIds: new Set(placeIds),
	bounds: [19.9, 42.2, 21.3, 43.3],
	minZoom: 6,
	maxZoom: 15
};
const vocabulary = { layerIds: registry.ids, placeIds, bounds: limits.bounds };

/** What is wrong with a state, whatever the query was: nothing, or the first problem. */
function stateProblem(s: UrlState, params: URLSearchParams): string | null {
	if (s.layers !== null) {
		if (new Set(s.layers).size !== s.layers.length) return 'a layer twice';
		// Only layers the (last) parameter named: nothing invented.
		const asked = (lastParam(params, 'layers') ?? '').split(',').map((x) => x.trim());
		for (const id of s.layers) {
			if (!registry.isLayerId(id)) return `unknown layer ${id}`;
			if (!asked.includes(id)) return `layer ${id} never asked for`;
		}
	}
	if (s.place !== null) {
		if (!limits.placeIds.has(s.place)) return `unknown place ${s.place}`;
		if (s.place !== lastParam(params, 'place')) return 'a place other than the last asked for';
	}
	for (const end of ['from', 'to'] as const) {
		const value = s[end] ?? null;
		if (value === null) continue;
		if (!parseDateParam(value)) return `${end}=${value}, not a date`;
		if (value !== lastParam(params, end)?.trim()) return `a ${end} other than the last asked for`;
	}
	if (s.from && s.to && rangeOf(s.from, s.to).from === null)
		return 'a range that ends before it starts';
	if (s.view !== null) {
		const [w, so, e, n] = limits.bounds;
		const { lon, lat, zoom } = s.view;
		if (!(lon >= w && lon <= e && lat >= so && lat <= n)) return 'a view outside the extent';
		if (!(zoom >= limits.minZoom && zoom <= limits.maxZoom)) return 'a zoom out of range';
	}
	return null;
}

function flagsProblem(f: ReturnType<typeof parseFlags>): string | null {
	if (!['auto', 'true', 'false'].includes(f.dark)) return `dark=${f.dark}`;
	if (typeof f.plain !== 'boolean' || typeof f.static !== 'boolean') return 'a flag not boolean';
	if (f.title !== null) {
		if (f.title.length === 0 || f.title.length > 120) return 'a title of the wrong length';
		// eslint-disable-next-line no-control-regex -- control characters are what is checked
		if (/[\u0000-\u001f\u007f]/.test(f.title)) return 'a control character in the title';
		if (/\s\s/.test(f.title) || f.title !== f.title.trim()) return 'white space left in the title';
	}
	return null;
}

describe(`${CASES} random and mutated query strings (seed ${SEED})`, () => {
	const r = random(SEED);
	const queries = Array.from({ length: CASES }, () => randomQuery(r, vocabulary));

	it('are varied: they reach every parameter, valid and invalid', () => {
		const seen = {
			place: 0,
			view: 0,
			layers: 0,
			validView: 0,
			validPlace: 0,
			title: 0,
			from: 0,
			validFrom: 0
		};
		for (const q of queries) {
			const p = new URLSearchParams(q);
			const s = parseUrlState(p, limits);
			if (p.has('place')) seen.place++;
			if (p.has('view')) seen.view++;
			if (p.has('layers')) seen.layers++;
			if (p.has('title')) seen.title++;
			if (s.view) seen.validView++;
			if (s.place) seen.validPlace++;
			if (p.has('from')) seen.from++;
			if (s.from) seen.validFrom++;
		}
		for (const [k, n] of Object.entries(seen)) expect(n, k).toBeGreaterThan(CASES / 50);
	});

	it('never make a parser throw, and always give a valid state', () => {
		const problems: string[] = [];
		for (const [i, q] of queries.entries()) {
			const params = new URLSearchParams(q);
			// A preset under the reader's query: still one value a name, still valid.
			const merged = mergeQuery(PRESETS[i % PRESETS.length]!.query, q);
			const child = pymChildId(params);
			const problem =
				stateProblem(parseUrlState(params, limits), params) ??
				flagsProblem(parseFlags(params)) ??
				(child !== null && !/^[\w-]{1,64}$/.test(child) ? `childId ${child}` : null) ??
				([...new Set(merged.keys())].some((k) => merged.getAll(k).length !== 1)
					? 'a repeated name after the merge'
					: null) ??
				stateProblem(parseUrlState(merged, limits), merged) ??
				flagsProblem(parseFlags(merged));
			if (problem) problems.push(`case ${i}: ${problem} (?${q})`);
		}
		expect(problems).toEqual([]);
	});

	it('read back what they write: parse ∘ write ∘ parse = parse', () => {
		for (const [i, q] of queries.entries()) {
			const params = new URLSearchParams(q);
			const state = parseUrlState(params, limits);
			const again = parseUrlState(
				new URLSearchParams(queryString(writeUrlState(params, state))),
				limits
			);
			expect(again.layers, `case ${i}`).toEqual(state.layers);
			expect(again.place, `case ${i}`).toEqual(state.place);
			expect([again.from, again.to], `case ${i}`).toEqual([state.from, state.to]);
			if (state.view) {
				// Written to 4 decimals and 2 for the zoom.
				expect(Math.abs(again.view!.lon - state.view.lon)).toBeLessThan(1e-4);
				expect(Math.abs(again.view!.zoom - state.view.zoom)).toBeLessThan(1e-2);
			} else expect(again.view, `case ${i}`).toBeNull();
			const flags = parseFlags(params);
			const reread = parseFlags(writeFlags(new URLSearchParams(), flags));
			expect(reread, `case ${i}`).toEqual(flags);
		}
	});

	it('give the inline script in app.html the same flags as the app', () => {
		for (const [i, q] of queries.entries()) {
			const classes = inlineFlags('/embed', `?${q}`);
			const flags = parseFlags(new URLSearchParams(q));
			const where = `case ${i}: ?${q}`;
			expect(classes.includes('flag-plain'), where).toBe(flags.plain);
			expect(classes.includes('flag-static'), where).toBe(flags.static);
			expect(classes.includes('flag-dark-true'), where).toBe(flags.dark === 'true');
			expect(classes.includes('flag-dark-false'), where).toBe(flags.dark === 'false');
		}
	});

	it('leave the defaults when nothing valid is asked for', () => {
		expect(parseFlags(new URLSearchParams('dark=maybe&title=%00%01'))).toEqual(DEFAULT_FLAGS);
		expect(
			parseUrlState(
				new URLSearchParams('layers=x&place=y&view=z&from=2023-13&to=yesterday'),
				limits
			)
		).toEqual({
			layers: null,
			place: null,
			view: null,
			from: null,
			to: null
		});
	});
});

describe('the locale segment of a path', () => {
	it('accepts exactly the locales’ segments, whatever else a path holds', () => {
		const r = random(SEED + 1);
		const segments = new Set(Object.values(SEGMENTS).filter(Boolean));
		for (let i = 0; i < CASES; i++) {
			const s =
				r() < 0.3
					? [...segments][i % segments.size]!
					: randomQuery(r, vocabulary).slice(0, 1 + Math.floor(r() * 12));
			expect(isLocaleParam(s), s).toBe(segments.has(s));
		}
	});
});
