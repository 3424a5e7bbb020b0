import { describe, expect, it } from 'vitest';
import { fold, search, searchIndex } from './search';

const index = searchIndex([
	{
		id: 'zvecan',
		label: 'Zvečan',
		names: ['Zvečan', 'Zvečan', 'Звечан', 'Zveçani'],
		kind: 'place'
	},
	{
		id: 'zvecan-clashes',
		label: 'Zvečan clashes',
		names: ['Zvečan clashes', 'Sukobi u Zvečanu', 'Сукоби у Звечану', 'Përleshjet në Zveçan'],
		kind: 'place'
	},
	{
		id: 'north-mitrovica',
		label: 'North Mitrovica',
		names: ['North Mitrovica', 'Severna Mitrovica', 'Северна Митровица', 'Mitrovica e Veriut'],
		kind: 'place'
	},
	{
		id: 'south-mitrovica',
		label: 'South Mitrovica',
		names: ['South Mitrovica', 'Južna Mitrovica', 'Јужна Митровица', 'Mitrovica e Jugut'],
		kind: 'town'
	},
	{
		id: 'novi-pazar',
		label: 'Novi Pazar',
		names: ['Novi Pazar', 'Нови Пазар', 'Pazari i Ri'],
		kind: 'town'
	}
]);
const ids = (q: string) => search(index, q).map((r) => r.id);

describe('fold', () => {
	it('gives every script and spelling of a name the same form', () => {
		expect(new Set(['Zvečan', 'Zvecan', 'Zveçan', 'ZVEČAN', 'Звечан'].map(fold))).toEqual(
			new Set(['zvecan'])
		);
		expect(fold('Đakovica')).toBe('djakovica');
		expect(fold('Љубљана')).toBe('ljubljana');
	});
});

describe('search', () => {
	it('finds a place whatever script, diacritics or language the reader types', () => {
		for (const q of ['Zvečan', 'Zvecan', 'Zveçan', 'Zveçani', 'Звечан', 'zve']) {
			expect(ids(q)[0], q).toBe('zvecan');
		}
	});
	it('finds both Mitrovicas, and the place before the town', () => {
		expect(ids('Mitrovica')).toEqual(['north-mitrovica', 'south-mitrovica']);
		expect(ids('Митровица')).toEqual(['north-mitrovica', 'south-mitrovica']);
	});
	it('needs every word of the query, each at the start of a word', () => {
		expect(ids('mitrovica veri')).toEqual(['north-mitrovica']);
		expect(ids('itrovica')).toEqual([]);
		expect(ids('pazari ri')).toEqual(['novi-pazar']);
	});
	it('puts a name that is the query first', () => {
		expect(ids('zvecan')).toEqual(['zvecan', 'zvecan-clashes']);
	});
	it('finds nothing for nothing', () => {
		expect(ids('  ')).toEqual([]);
		expect(ids('—')).toEqual([]);
	});
});
