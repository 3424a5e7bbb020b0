import { describe, expect, it } from 'vitest';
import { contextFor, explainMismatch, findQuote, fold } from '../../geo/lib/quotes';

describe('fold', () => {
	it('turns every run of white space, no-break spaces included, into one space', () => {
		expect(fold('one\u00a0two \n\t three')).toBe('one two three');
	});
	it('straightens curly quotes and apostrophes and nothing else', () => {
		expect(fold('“It’s” ‘fine’ – č…')).toBe("\"It's\" 'fine' – č…");
	});
	it('normalises to NFC, so a decomposed č matches a composed one', () => {
		expect(fold('Zvec\u030Can')).toBe('Zve\u010Dan');
	});
});

describe('findQuote', () => {
	const text = fold(
		'The mayor’s office counted 12\u00a0stranded vehicles on the north bank … and none on the south bank.'
	);
	it('finds elided parts in order', () => {
		expect(findQuote(text, 'counted 12 stranded vehicles … none on the south bank')).not.toBeNull();
	});
	it('refuses elided parts out of order', () => {
		expect(findQuote(text, 'none on the south bank … counted 12 stranded vehicles')).toBeNull();
	});
	it('honours prefix and suffix', () => {
		expect(findQuote(text, 'counted 12', "The mayor's office ", ' stranded')).not.toBeNull();
		expect(findQuote(text, 'counted 12', 'The city office ', ' stranded')).toBeNull();
	});
	it('gives the context to store with a new quote', () => {
		const match = findQuote(text, 'stranded vehicles')!;
		expect(contextFor(text, match, 16)).toEqual({
			prefix: 'counted 12 ',
			suffix: ' on the north '
		});
	});
	it('says when too little of a quote matches to say where it departs', () => {
		expect(explainMismatch(text, 'counted 14 stranded vehicles')).toBe(
			'no run of 12 or more characters from its start occurs in the source'
		);
	});
	it('explains where a changed word departs from the source', () => {
		expect(explainMismatch(text, "The mayor's office counted 14 stranded vehicles")).toBe(
			'the first 28 characters match; then the quote has “4 stranded vehic” where the source has “2 stranded vehic”'
		);
	});
});
