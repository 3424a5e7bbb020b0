/**
 * The figures: the check's message for words not in their excerpt, the sentences and values the
 * build writes in each locale, and the real figures, every one of whose words is in its excerpt.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGeoData, formatErrors } from '../../geo/lib/check';
import { buildFigures, localizeFigures, summaryText, valueText } from '../../geo/lib/figures-app';
import { messagesOf } from '../../geo/lib/messages';
import { GEO_DIR, ROOT } from '../../geo/lib/paths';
import { fold } from '../../geo/lib/quotes';
import type { ExcerptFile, SourceRegistry } from '../../src/shared/contract';
import type { Figure, FigureFile } from '../../src/shared/figures';
import { figuresOfPlace } from '../../src/lib/figures/select';

const FIXTURES = path.join(ROOT, 'tests/fixtures/geo');
const geo = <T>(file: string) => JSON.parse(readFileSync(path.join(GEO_DIR, file), 'utf8')) as T;
const { figures } = geo<FigureFile>('figures.json');
const { excerpts } = geo<ExcerptFile>('excerpts.json');
const { sources } = geo<SourceRegistry>('sources.json');
const en = await messagesOf('en');
const sr = await messagesOf('sr-Latn');

describe('the check of figures.json', () => {
	it('refuses a figure whose words are not in its excerpt, naming file, id and path', () => {
		const result = checkGeoData({
			root: path.join(FIXTURES, 'valid'),
			overlay: path.join(FIXTURES, 'invalid/figure-words-not-in-excerpt'),
			archiveDir: path.join(FIXTURES, 'archive'),
			ci: true,
			recompute: false,
			basemap: false,
			today: '2026-12-03'
		});
		expect(formatErrors(result)).toEqual([
			'tests/fixtures/geo/invalid/figure-words-not-in-excerpt/figures.json "stranded-vehicles-mayor" at /figures/0/words: the words are not in excerpt "stranded-vehicles" — saw "15 stranded vehicles"; expected the number’s words exactly as they stand in the excerpt'
		]);
	});
});

describe('the real figures', () => {
	it('each give words that stand in their excerpt', () => {
		const byId = new Map(excerpts.map((e) => [e.id, e]));
		for (const f of figures)
			expect(fold(byId.get(f.excerpt)!.exact), f.id).toContain(fold(f.words));
	});
	it('all reach the app data, by measure', () => {
		const measures = buildFigures(figures, excerpts, sources);
		expect(measures.flatMap((m) => m.figures.map((f) => f.id)).sort()).toEqual(
			figures.map((f) => f.id).sort()
		);
	});
	it('say that the killed agree on four, stated once and added up from the parts elsewhere', () => {
		const killed = buildFigures(figures, excerpts, sources).find((m) => m.id === 'killed-total')!;
		const stated = figures.filter((f) => f.measure === 'killed-total').length;
		expect(killed.comparison).toMatchObject({ kind: 'agree', low: 4, stated });
		expect(summaryText(killed, 'en', en)).toBe(
			`Sources agree: 4. ${killed.sums.length} more give its parts (police officers killed + attackers killed), which add up to 4.`
		);
	});
});

describe('the words the build writes', () => {
	const fig = (f: Partial<Figure>) => ({ measure: 'gunmen', ...f }) as Figure;
	it('writes values, hedged, ranged and open, in the locale', () => {
		expect(valueText(fig({ value: 1000 }), 'en', en)).toBe('1,000');
		expect(valueText(fig({ value: 1000 }), 'sr-Latn', sr)).toBe('1.000');
		expect(valueText(fig({ value: 30, approximate: true }), 'en', en)).toBe('about 30');
		expect(valueText(fig({ min: 24 }), 'sr-Latn', sr)).toBe('najmanje 24');
		expect(valueText(fig({ min: 20, max: 30 }), 'en', en)).toBe('20 to 30');
		expect(valueText(fig({ measure: 'serbs-left-north', value: 13 }), 'en', en)).toBe('13%');
	});
	it('writes "Sources differ" with the span when figures do not meet', () => {
		const measure = {
			id: 'killed-police' as const,
			figures: [4, 5].map((value, i) => ({
				...fig({ value, id: `f${i}` }),
				measure: 'killed-police' as const
			})),
			sums: [],
			comparison: { kind: 'differ' as const, low: 4, high: 5, stated: 2, fromParts: 0 }
		};
		expect(summaryText(measure as never, 'en', en)).toBe('Sources differ: 4 to 5.');
	});
	it('takes who says it and where from the excerpt, and the caveat in the locale', () => {
		const measures = localizeFigures(
			buildFigures(figures, excerpts, sources),
			'sr-Latn',
			sr,
			(d) => d.value
		);
		const uk = measures.flatMap((m) => m.figures).find((f) => f.excerpt === 'caspian-uk-150')!;
		expect(uk).toMatchObject({
			claimant: 'The Caspian Times',
			outlet: 'The Caspian Times',
			words: '150 troops'
		});
		expect(uk.contradicted).toMatch(/Ministarstvo odbrane/);
		const byPlace = figuresOfPlace(measures, 'kfor-reinforcement-north');
		expect(
			byPlace.flatMap((m) => m.figures).every((f) => f.places.includes('kfor-reinforcement-north'))
		).toBe(true);
		expect(byPlace.map((m) => m.id)).toEqual(['nato-additional-troops', 'uk-troops']);
	});
});
