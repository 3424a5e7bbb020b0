/** app.html's inline flag script, as the pages carry it, run against a fake document. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withQueryRule } from '../../src/shared/query-rule.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The flag script of app.html, with the query rule written in. */
export function flagScript(): string {
	const html = withQueryRule(read('src/app.html'), read('src/shared/query-rule.js'));
	const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1]!)
		.find((s) => s.includes("'flag-'"));
	if (!script) throw new Error('no flag script in app.html');
	return script;
}

type FlagScript = (document: unknown, location: unknown) => void;
let compiled: FlagScript | undefined;

/** The classes the flag script gives <html> for this URL, sorted. */
export function inlineFlags(pathname: string, search: string): string[] {
	compiled ??= new Function('document', 'location', flagScript()) as FlagScript;
	const classes = new Set<string>();
	const root = { classList: { add: (c: string) => classes.add(c) } };
	compiled({ documentElement: root }, { pathname, search });
	return [...classes].sort();
}
