/**
 * Finding a place by name, whatever script, diacritics or language the reader types: Zvečan,
 * Zvecan, Zveçan, Zveçani and Звечан all reach the same place. Hand-rolled: at a few dozen
 * names a library's index (minisearch, about 7 KB gzip) would cost more than it saves, and the
 * folding below is what matters.
 */

/** Serbian Cyrillic to Latin, letter for letter (the reverse of the build's transliteration). */
const CYRILLIC: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	ђ: 'đ',
	е: 'e',
	ж: 'ž',
	з: 'z',
	и: 'i',
	ј: 'j',
	к: 'k',
	л: 'l',
	љ: 'lj',
	м: 'm',
	н: 'n',
	њ: 'nj',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	ћ: 'ć',
	у: 'u',
	ф: 'f',
	х: 'h',
	ц: 'c',
	ч: 'č',
	џ: 'dž',
	ш: 'š'
};

/** Lower case, Latin script, no diacritics, one space: "Звечан" and "Zveçan" both give "zvecan". */
export function fold(text: string): string {
	return [...text.toLowerCase()]
		.map((c) => CYRILLIC[c] ?? c)
		.join('')
		.replace(/đ/g, 'dj')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export interface Searchable {
	id: string;
	/** What the result shows, in the page's language. */
	label: string;
	/** Every name it may be found by: each language's form, the Cyrillic, other words. */
	names: string[];
	kind: 'place' | 'town';
}

interface Entry extends Searchable {
	folded: string[];
	order: number;
}

export function searchIndex(items: Searchable[]): Entry[] {
	return items.map((item, order) => ({ ...item, folded: item.names.map(fold), order }));
}

/**
 * The entries whose names hold every word of the query at the start of one of their words,
 * best first: a name that is the query, then one that starts with it, then the rest in their
 * editorial order.
 */
export function search(index: Entry[], query: string, limit = 8): Searchable[] {
	const q = fold(query);
	if (!q) return [];
	const words = q.split(' ');
	const score = (e: Entry) => {
		let best = 0;
		for (const name of e.folded) {
			const nameWords = name.split(' ');
			if (!words.every((w) => nameWords.some((n) => n.startsWith(w)))) continue;
			best = Math.max(best, name === q ? 3 : name.startsWith(q) ? 2 : 1);
		}
		return best;
	};
	return index
		.map((e) => ({ e, s: score(e) }))
		.filter((r) => r.s > 0)
		.sort((a, b) => b.s - a.s || a.e.order - b.e.order)
		.slice(0, limit)
		.map(({ e }) => ({ id: e.id, label: e.label, names: e.names, kind: e.kind }));
}
