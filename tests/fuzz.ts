/**
 * Seeded random query strings for the URL parsers, shared by the property test
 * (tests/unit/url-fuzz.test.ts) and the browser sweep (tests/e2e/query.e2e.ts). fast-check is
 * not a dependency of the project; this small generator is seeded, so a failure names its seed
 * and case and replays exactly.
 */

/** mulberry32: a tiny, fast, well-mixed 32-bit generator. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

/** Characters that break naive parsers: delimiters, escapes, controls, bidi, astral, lone halves. */
const NASTY = [
	'&',
	'=',
	'?',
	'#',
	'+',
	'%',
	'%zz',
	'%E2%80',
	'%00',
	'%2C',
	',',
	';',
	' ',
	'\t',
	'\n',
	'\u0000',
	'\u001f',
	'\u007f',
	'\u00a0',
	'\u200b',
	'\u202e',
	'\u2066',
	'\u2069',
	'\ufeff',
	'\ud800',
	'\udfff',
	'😀',
	'İ',
	'ſ',
	'K',
	'<',
	'>',
	'"',
	"'",
	'`',
	'\\',
	'/',
	'..',
	'-',
	'.',
	'e',
	'E',
	'0',
	'1',
	'9',
	'x'
] as const;

const NAMES = [
	'layers',
	'place',
	'view',
	'dark',
	'plain',
	'static',
	'title',
	'childId',
	'from',
	'to',
	'lang',
	'locale',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'',
	'LAYERS',
	'Place',
	'view[]',
	'dark ',
	' plain',
	'plain%00'
] as const;

export interface Vocabulary {
	layerIds: readonly string[];
	placeIds: readonly string[];
	/** [west, south, east, north]: views are drawn around and inside it. */
	bounds: readonly [number, number, number, number];
}

function nastyText(r: Rand, max: number): string {
	let s = '';
	const n = int(r, max);
	for (let i = 0; i < n; i++) {
		s += r() < 0.5 ? pick(r, NASTY) : String.fromCharCode(32 + int(r, 95));
	}
	return s;
}

function number(r: Rand, lo: number, hi: number): string {
	// Mostly a number in range, as a link would carry it; else one of the ways it goes wrong.
	if (r() < 0.75) return (lo + r() * (hi - lo)).toFixed(int(r, 9));
	const wrong = [
		() => (lo + r() * (hi - lo)).toFixed(9 + int(r, 4)),
		() => String(lo - 1 - r() * 50),
		() => String(hi + r() * 50),
		() => pick(r, ['NaN', 'Infinity', '-Infinity', '1e2', '-0', '0x10', '', ' ', '00020.5', '.5']),
		() => '9'.repeat(1 + int(r, 400))
	];
	return pick(r, wrong)();
}

/** One value for a parameter: mostly plausible, often hostile. */
function value(r: Rand, name: string, v: Vocabulary): string {
	const [w, s, e, n] = v.bounds;
	switch (name) {
		case 'layers': {
			const ids = Array.from({ length: int(r, 5) }, () =>
				r() < 0.7 ? pick(r, v.layerIds) : nastyText(r, 8)
			);
			return ids.join(pick(r, [',', ',', ', ', ',,', ';']));
		}
		case 'place':
			return r() < 0.6 ? pick(r, v.placeIds) : nastyText(r, 20);
		case 'view':
			return [number(r, w, e), number(r, s, n), number(r, 6, 15)]
				.slice(0, r() < 0.9 ? 3 : int(r, 5))
				.join(',');
		case 'dark':
			return pick(r, ['true', 'false', 'auto', 'TRUE', '1', '', 'yes', 'dark', nastyText(r, 5)]);
		case 'plain':
		case 'static':
			return pick(r, ['', '1', 'true', 'yes', 'no', '0', 'TrUe', 'YES', 'false', nastyText(r, 5)]);
		case 'title':
			return r() < 0.1 ? 'T'.repeat(100 + int(r, 400)) : nastyText(r, 40);
		case 'from':
		case 'to': {
			const y = String(1890 + int(r, 220));
			const mo = String(int(r, 14)).padStart(2, '0');
			const d = String(int(r, 33)).padStart(2, '0');
			return pick(r, [
				y,
				`${y}-${mo}`,
				`${y}-${mo}-${d}`,
				'2023-09',
				'2023-05-26',
				nastyText(r, 10)
			]);
		}
		default:
			return nastyText(r, 12);
	}
}

const encode = (r: Rand, s: string) => {
	// Encoded, raw, or half of each: the parsers must take all of them.
	const roll = r();
	if (roll < 0.4) return s;
	try {
		if (roll < 0.8) return encodeURIComponent(s);
	} catch {
		return s; // a lone surrogate
	}
	return s.replace(/[&=]/g, (c) => encodeURIComponent(c));
};

/** A query string that might have been written by a person, a CMS or an attacker. */
export function randomQuery(r: Rand, v: Vocabulary): string {
	const pairs: string[] = [];
	const count = int(r, 8);
	for (let i = 0; i < count; i++) {
		const name = r() < 0.85 ? pick(r, NAMES.slice(0, 10)) : pick(r, NAMES);
		const form = r();
		if (form < 0.08) pairs.push(encode(r, name));
		else pairs.push(`${encode(r, name)}=${encode(r, value(r, name, v))}`);
	}
	return mutate(r, pairs.join('&'));
}

/** Small damage to a query: a character in or out, a part doubled, a percent sign loose. */
export function mutate(r: Rand, q: string): string {
	let out = q;
	const times = int(r, 4);
	for (let i = 0; i < times; i++) {
		const at = int(r, out.length + 1);
		switch (int(r, 6)) {
			case 0:
				out = out.slice(0, at) + pick(r, NASTY) + out.slice(at);
				break;
			case 1:
				out = out.slice(0, at) + out.slice(at + 1 + int(r, 5));
				break;
			case 2:
				out = out + '&' + out.slice(at, at + int(r, 30));
				break;
			case 3:
				out = out.slice(0, at) + '%' + out.slice(at);
				break;
			case 4:
				out = out.toUpperCase();
				break;
			default:
				out = out.replace('=', '==');
		}
	}
	return out;
}
