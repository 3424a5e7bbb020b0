/** The translators' files: every key of English, the same placeholders, no empty words, the right script. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Value = string | { match: Record<string, string> }[];
const read = (locale: string): Record<string, Value> => {
	const { $schema: _, ...messages } = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
	return messages;
};
/** Every text of a message: the string, or each variant of a plural. */
const texts = (v: Value): string[] =>
	typeof v === 'string' ? [v] : v.flatMap((x) => Object.values(x.match));
const placeholders = (v: Value) =>
	[...new Set(texts(v).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

const en = read('en');

describe.each(['sr-Latn', 'sq'])('messages/%s.json', (locale) => {
	const other = read(locale);
	it('has every key of en.json, and no other', () => {
		expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
	});
	it('keeps each message’s placeholders', () => {
		for (const key of Object.keys(en)) {
			expect(placeholders(other[key]!), key).toEqual(placeholders(en[key]!));
		}
	});
	it('has no empty text', () => {
		for (const [key, v] of Object.entries(other))
			for (const t of texts(v)) expect(t.trim().length, key).toBeGreaterThan(0);
	});
});

it('Serbian is typed in Latin script only: the Cyrillic is generated from it', () => {
	for (const [key, v] of Object.entries(read('sr-Latn'))) {
		// The search hint shows that a Cyrillic spelling is found too.
		if (key === 'search_hint') continue;
		for (const t of texts(v)) expect(t, key).not.toMatch(/[\u0400-\u04ff]/);
	}
});
