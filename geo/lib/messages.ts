/**
 * The interface's words, from the files translators edit (messages/en.json, sr-Latn.json,
 * sq.json): the Serbian Cyrillic file is generated from the Latin one (src/shared/i18n/cyrillic.ts),
 * then Paraglide compiles one module per locale into src/shared/paraglide/, which the pages load
 * for their own locale only and the build reads for the static picture.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile } from '@inlang/paraglide-js';
import { toCyrillic } from '../../src/shared/i18n/cyrillic';
import type { Locale } from '../../src/shared/i18n/locales';
import type { Messages } from '../../src/shared/i18n/messages';
import { ROOT } from './paths';

export const MESSAGES_DIR = path.join(ROOT, 'messages');
export const PARAGLIDE_DIR = path.join(ROOT, 'src/shared/paraglide');

type MessageValue =
	string | { declarations?: string[]; selectors?: string[]; match: Record<string, string> }[];

/** Only the words change: keys, {placeholders}, declarations and match keys stay as they are. */
function cyrillicValue(value: MessageValue): MessageValue {
	if (typeof value === 'string') return toCyrillic(value);
	return value.map((variant) => ({
		...variant,
		match: Object.fromEntries(Object.entries(variant.match).map(([k, s]) => [k, toCyrillic(s)]))
	}));
}

export function writeCyrillicMessages(dir = MESSAGES_DIR) {
	const latin = JSON.parse(readFileSync(path.join(dir, 'sr-Latn.json'), 'utf8')) as Record<
		string,
		MessageValue
	>;
	const cyrillic = Object.fromEntries(
		Object.entries(latin).map(([key, value]) => [
			key,
			key === '$schema' ? value : cyrillicValue(value)
		])
	);
	writeFileSync(path.join(dir, 'sr-Cyrl.json'), `${JSON.stringify(cyrillic, null, '\t')}\n`);
}

export async function compileMessages() {
	writeCyrillicMessages();
	await compile({
		project: path.join(ROOT, 'project.inlang'),
		outdir: PARAGLIDE_DIR,
		// Each page loads its own locale's module: no URL, cookie or storage strategy in the browser.
		strategy: ['baseLocale'],
		outputStructure: 'locale-modules',
		emitReadme: false,
		emitGitIgnore: false,
		emitPrettierIgnore: false
	});
}

/** A locale's compiled messages, for what the build writes in words (the static picture). */
export async function messagesOf(locale: Locale): Promise<Messages> {
	const file = path.join(PARAGLIDE_DIR, 'messages', `${locale}.js`);
	return (await import(pathToFileURL(file).href)) as Messages;
}
