/**
 * Verbatim-quote matching under the folding rules of `../shared/sources/README.md`:
 * NFC; every run of white space (no-break spaces and line breaks included) becomes one space;
 * curly quotes and apostrophes become straight ones. Nothing else is folded.
 * An elision inside an excerpt is written ` … ` and its parts must appear in order.
 */

const CURLY = /[\u2018\u2019\u201C\u201D]/g;
const STRAIGHT: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201C': '"',
	'\u201D': '"'
};

export const ELISION = ' … ';

export function fold(text: string): string {
	return text
		.normalize('NFC')
		.replace(/\s+/gu, ' ')
		.replace(CURLY, (c) => STRAIGHT[c] ?? c);
}

export interface QuoteMatch {
	/** Offsets into the folded text of each part of the quote. */
	parts: { start: number; end: number }[];
}

/** Finds the parts of an excerpt, in order, anchored by prefix and suffix when given. */
export function findQuote(
	foldedText: string,
	exact: string,
	prefix = '',
	suffix = ''
): QuoteMatch | null {
	const parts = exact.split(ELISION).map(fold);
	const fPrefix = fold(prefix);
	const fSuffix = fold(suffix);
	let from = 0;
	for (;;) {
		const first = foldedText.indexOf(fPrefix + parts[0], from);
		if (first < 0) return null;
		const found = matchPartsFrom(foldedText, parts, first + fPrefix.length);
		if (found) {
			const last = found.at(-1)!;
			if (foldedText.startsWith(fSuffix, last.end)) return { parts: found };
		}
		from = first + 1;
	}
}

function matchPartsFrom(text: string, parts: string[], start: number) {
	const found: { start: number; end: number }[] = [];
	let at = start;
	for (const [i, part] of parts.entries()) {
		const idx = i === 0 ? (text.startsWith(part, at) ? at : -1) : text.indexOf(part, at);
		if (idx < 0) return null;
		found.push({ start: idx, end: idx + part.length });
		at = idx + part.length;
	}
	return found;
}

/**
 * Explains why a quote part is not in the text: how much of it matches, and where it departs.
 * "the first 41 characters match; then the quote has “four police” where the source has “one police”".
 */
export function explainMismatch(foldedText: string, quotePart: string): string {
	const part = fold(quotePart);
	let lo = 0;
	let hi = part.length;
	// Longest prefix of the quote that occurs somewhere in the text (monotone, so bisect).
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (foldedText.includes(part.slice(0, mid))) lo = mid;
		else hi = mid - 1;
	}
	if (lo < 12) return `no run of 12 or more characters from its start occurs in the source`;
	const matched = part.slice(0, lo);
	const at = foldedText.indexOf(matched) + lo;
	const theirs = foldedText.slice(at, at + 16);
	const ours = part.slice(lo, lo + 16);
	return `the first ${lo} characters match; then the quote has “${ours}” where the source has “${theirs}”`;
}

/** The context to store with a new quote: up to `size` characters either side, cut at word starts. */
export function contextFor(foldedText: string, match: QuoteMatch, size = 32) {
	const first = match.parts[0]!;
	const last = match.parts.at(-1)!;
	let prefix = foldedText.slice(Math.max(0, first.start - size), first.start);
	const cut = prefix.indexOf(' ');
	if (first.start > size && cut >= 0 && cut < prefix.length - 1) prefix = prefix.slice(cut + 1);
	let suffix = foldedText.slice(last.end, last.end + size);
	const end = suffix.lastIndexOf(' ');
	if (last.end + size < foldedText.length && end > 0) suffix = suffix.slice(0, end + 1);
	return { prefix, suffix };
}
