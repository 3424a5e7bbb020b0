/** The source registry and the excerpts: every quote verbatim in its archived article. */
import type { Archive } from './archive';
import { ptr, type Complain } from './errors';
import { ELISION, explainMismatch, findQuote, fold } from './quotes';
import { hasText, checkLocales } from './local-text';
import { checkCorrections, checkDate, isText, KEBAB, oneOf } from './schema';
import { SIDES, STANCES, type Excerpt, type Source } from '../../src/shared/contract';

/** Excerpts are short by rule: the project quotes, it never republishes. */
export const MAX_EXCERPT_WORDS = 60;

const SOURCE_KEYS = [
	'id',
	'outlet',
	'title',
	'date',
	'language',
	'archiveFile',
	'archiveSha256',
	'reliability',
	'note',
	'corrections'
];
const EXCERPT_KEYS = [
	'id',
	'source',
	'exact',
	'prefix',
	'suffix',
	'claimant',
	'side',
	'stance',
	'note',
	'corrections'
];

/** Unknown fields are refused: a misspelt `corrections` would otherwise hide a correction. */
function checkKeys(
	entry: unknown,
	allowed: readonly string[],
	at: string,
	id: string,
	complain: Complain
) {
	if (!entry || typeof entry !== 'object') return;
	for (const key of Object.keys(entry)) {
		if (!allowed.includes(key))
			complain(id, `${at}/${key}`, 'unknown property', key, `only ${allowed.join(', ')}`);
	}
}

export function checkSources(
	value: unknown,
	archive: Archive | null,
	complain: Complain,
	today: string
): Map<string, Source> {
	const byId = new Map<string, Source>();
	const list = (value as { sources?: unknown })?.sources;
	if (!Array.isArray(list)) {
		complain(null, '/sources', 'no sources array', list, '{ "sources": [ … ] }');
		return byId;
	}
	list.forEach((s: Source, i) => {
		const at = ptr('sources', i);
		const id = typeof s?.id === 'string' ? s.id : `#${i}`;
		if (!KEBAB.test(s?.id ?? ''))
			complain(id, `${at}/id`, 'id is not kebab-case', s?.id, 'a kebab-case id');
		if (byId.has(id)) complain(id, `${at}/id`, 'duplicate source id', id, 'an id used once');
		byId.set(id, s);
		checkKeys(s, SOURCE_KEYS, at, id, complain);
		checkCorrections(s?.corrections, `${at}/corrections`, id, complain, today);
		for (const key of ['outlet', 'title', 'language', 'archiveFile'] as const) {
			if (!hasText(s?.[key]))
				complain(id, `${at}/${key}`, `source has no ${key}`, s?.[key], 'a non-empty string');
		}
		// A proper name (an outlet, a headline) is the same in every language; a description of ours is not.
		for (const key of ['outlet', 'title'] as const) {
			if (hasText(s?.[key]))
				checkLocales(s[key], `${at}/${key}`, id, complain, `source ${key}`, true);
		}
		for (const [key, value] of [
			['note', s?.note],
			['reliability', s?.reliability],
			['date/note', s?.date?.note]
		] as const) {
			if (value === undefined) continue;
			if (!hasText(value))
				complain(id, `${at}/${key}`, `source ${key} is empty`, value, 'a text, or no field');
			else checkLocales(value, `${at}/${key}`, id, complain, `source ${key}`);
		}
		checkDate(s?.date, `${at}/date`, id, complain, false);
		if (!/^[0-9a-f]{64}$/.test(s?.archiveSha256 ?? '')) {
			complain(
				id,
				`${at}/archiveSha256`,
				'archive hash is not a SHA-256',
				s?.archiveSha256,
				'64 lowercase hex digits'
			);
		}
		if (!archive || !isText(s?.archiveFile)) return;
		const text = archive.read(s.archiveFile);
		if (!text) {
			complain(
				id,
				`${at}/archiveFile`,
				`archived article not found in ${archive.dir}`,
				s.archiveFile,
				'a file of the source archive'
			);
		} else if (text.sha256 !== s.archiveSha256) {
			complain(
				id,
				`${at}/archiveSha256`,
				`archived article ${s.archiveFile} has changed`,
				s.archiveSha256,
				text.sha256
			);
		}
	});
	return byId;
}

export function checkExcerpts(
	value: unknown,
	sources: ReadonlyMap<string, Source>,
	archive: Archive | null,
	complain: Complain,
	today: string
): Map<string, Excerpt> {
	const byId = new Map<string, Excerpt>();
	const list = (value as { excerpts?: unknown })?.excerpts;
	if (!Array.isArray(list)) {
		complain(null, '/excerpts', 'no excerpts array', list, '{ "excerpts": [ … ] }');
		return byId;
	}
	list.forEach((e: Excerpt, i) => {
		const at = ptr('excerpts', i);
		const id = typeof e?.id === 'string' ? e.id : `#${i}`;
		if (!KEBAB.test(e?.id ?? ''))
			complain(id, `${at}/id`, 'id is not kebab-case', e?.id, 'a kebab-case id');
		if (byId.has(id)) complain(id, `${at}/id`, 'duplicate excerpt id', id, 'an id used once');
		byId.set(id, e);
		checkKeys(e, EXCERPT_KEYS, at, id, complain);
		checkCorrections(e?.corrections, `${at}/corrections`, id, complain, today);
		if (!hasText(e?.claimant))
			complain(
				id,
				`${at}/claimant`,
				'excerpt does not say who makes the claim',
				e?.claimant,
				'the claimant, as "Kosovo Police" or "John Kirby, White House"'
			);
		// A claimant may be a bare name (an outlet's); a description is in every language.
		else checkLocales(e.claimant, `${at}/claimant`, id, complain, 'claimant', true);
		if (e?.note !== undefined) {
			if (!hasText(e.note))
				complain(id, `${at}/note`, 'excerpt note is empty', e.note, 'a text, or no field');
			else checkLocales(e.note, `${at}/note`, id, complain, 'excerpt note');
		}
		if (!(SIDES as readonly string[]).includes(e?.side))
			complain(id, `${at}/side`, 'unknown side', e?.side, oneOf(SIDES));
		if (!(STANCES as readonly string[]).includes(e?.stance))
			complain(id, `${at}/stance`, 'unknown stance', e?.stance, oneOf(STANCES));
		for (const key of ['prefix', 'suffix'] as const) {
			if (typeof e?.[key] !== 'string')
				complain(
					id,
					`${at}/${key}`,
					`excerpt has no ${key} (TextQuoteSelector context)`,
					e?.[key],
					'the words just before and after the quote, from npm run geo:quote'
				);
		}
		if (!isText(e?.exact)) {
			complain(
				id,
				`${at}/exact`,
				'excerpt has no quote',
				e?.exact,
				'the exact words of the source'
			);
			return;
		}
		const words = e.exact.split(/\s+/).length;
		if (words > MAX_EXCERPT_WORDS)
			complain(
				id,
				`${at}/exact`,
				`excerpt is ${words} words long`,
				e.exact,
				`at most ${MAX_EXCERPT_WORDS} words: quote, do not copy`
			);
		const source = sources.get(e.source);
		if (!source) {
			complain(
				id,
				`${at}/source`,
				'unknown source id',
				e.source,
				`one of ${oneOf([...sources.keys()])}`
			);
			return;
		}
		const text = archive?.read(source.archiveFile);
		if (!text) return;
		const verbatim = e.exact.split(ELISION).every((part) => text.folded.includes(fold(part)));
		const anchored = verbatim && findQuote(text.folded, e.exact, e.prefix ?? '', e.suffix ?? '');
		if (!verbatim) {
			const bad = e.exact.split(ELISION).find((part) => !text.folded.includes(fold(part)))!;
			complain(
				id,
				`${at}/exact`,
				`quote is not verbatim in ${source.archiveFile} (${explainMismatch(text.folded, bad)})`,
				e.exact,
				'the exact words of the source, under the folding rules of the archive README'
			);
		} else if (!findQuote(text.folded, e.exact)) {
			complain(
				id,
				`${at}/exact`,
				`the parts of the quote are not in order in ${source.archiveFile}`,
				e.exact,
				'elided parts (“ … ”) in the order of the source'
			);
		} else if (!anchored) {
			complain(
				id,
				`${at}/prefix`,
				`quote is in ${source.archiveFile} but not between its prefix and suffix`,
				{ prefix: e.prefix, suffix: e.suffix },
				'the context printed by npm run geo:quote'
			);
		}
	});
	return byId;
}
