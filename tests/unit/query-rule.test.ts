/**
 * One rule for repeated parameters, the last one wins, in every reader of the query: the script
 * inlined in app.html (run here as the pages carry it), the flags, the URL state, the preset
 * merge and the embed's Pym id.
 */
import { describe, expect, it } from 'vitest';
import { pymChildId } from '../../src/lib/embed/height';
import { parseFlags } from '../../src/lib/flags';
import { mergeQuery } from '../../src/lib/presets';
import { parseUrlState, type UrlLimits } from '../../src/lib/url-state';
import { lastParam } from '../../src/shared/query-rule.js';
import { flagScript, inlineFlags } from './inline-flags';

const limits: UrlLimits = {
	placeIds: new Set(['banjska-monastery-siege', 'zvecan']),
	bounds: [19, 41.5, 22.8, 44.2],
	minZoom: 6,
	maxZoom: 14
};

describe('the last one wins', () => {
	it('is the rule itself', () => {
		const p = new URLSearchParams('a=1&b=2&a=3&a=');
		expect(lastParam(p, 'a')).toBe('');
		expect(lastParam(p, 'b')).toBe('2');
		expect(lastParam(p, 'c')).toBeNull();
	});
	it('is written into app.html’s script, which has no marker left and no module syntax', () => {
		const script = flagScript();
		expect(script).not.toContain('/* query-rule */');
		expect(script).toContain('function lastParam(params, name)');
		expect(script).not.toMatch(/\bexport\b|=>|\bconst\b|\blet\b/);
	});
	it('gives the page and the map the same theme for ?dark=true&dark=false', () => {
		const query = 'dark=true&dark=false';
		expect(inlineFlags('/embed', `?${query}`)).toEqual(['flag-dark-false', 'js']);
		expect(parseFlags(new URLSearchParams(query)).dark).toBe('false');
		expect(parseFlags(mergeQuery('', query)).dark).toBe('false');
		expect(inlineFlags('/embed', '?dark=false&dark=true')).toEqual(['flag-dark-true', 'js']);
		expect(parseFlags(new URLSearchParams('dark=false&dark=true')).dark).toBe('true');
	});
	it('holds for plain and static, in the inline script and the app alike', () => {
		for (const [query, on] of [
			['plain=true&plain=no', false],
			['plain=no&plain=true', true],
			['plain&plain=0', false],
			['plain=0&plain', true]
		] as const) {
			expect(inlineFlags('/sq/embed/banjska', `?${query}`).includes('flag-plain'), query).toBe(on);
			expect(parseFlags(new URLSearchParams(query)).plain, query).toBe(on);
			expect(parseFlags(new URLSearchParams(query.replaceAll('plain', 'static'))).static).toBe(on);
		}
	});
	it('holds for the state, the title and the Pym id', () => {
		const state = parseUrlState(
			new URLSearchParams(
				'place=zvecan&place=banjska-monastery-siege&layers=boundary&layers=incidents'
			),
			limits
		);
		expect(state.place).toBe('banjska-monastery-siege');
		expect(state.layers).toEqual(['incidents']);
		// An invalid last value is dropped; the earlier valid one does not come back.
		expect(
			parseUrlState(new URLSearchParams('place=zvecan&place=nowhere'), limits).place
		).toBeNull();
		expect(parseFlags(new URLSearchParams('title=One&title=Two')).title).toBe('Two');
		expect(pymChildId(new URLSearchParams('childId=a&childId=b'))).toBe('b');
	});
	it('lets the reader’s last value override a preset', () => {
		const merged = mergeQuery('place=banjska-monastery-siege', 'place=x&place=zvecan');
		expect(merged.getAll('place')).toEqual(['zvecan']);
	});
	it('leaves the full page alone: flags are for embeds', () => {
		expect(inlineFlags('/', '?dark=true&plain')).toEqual(['js']);
	});
});
