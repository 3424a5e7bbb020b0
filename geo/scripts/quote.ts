/**
 * Prints a ready-to-paste excerpt for geo/excerpts.json, with its TextQuoteSelector context:
 *   npm run geo:quote -- <source-id> "<exact words, with ' … ' for an elision>"
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Archive } from '../lib/archive';
import { archiveDir, GEO_DIR } from '../lib/paths';
import { contextFor, explainMismatch, findQuote, ELISION } from '../lib/quotes';
import type { SourceRegistry } from '../../src/shared/contract';

const [sourceId, exact] = process.argv.slice(2);
if (!sourceId || !exact) {
	console.error('usage: npm run geo:quote -- <source-id> "<exact words>"');
	process.exit(2);
}
const registry = JSON.parse(
	readFileSync(path.join(GEO_DIR, 'sources.json'), 'utf8')
) as SourceRegistry;
const source = registry.sources.find((s) => s.id === sourceId);
if (!source) {
	console.error(
		`unknown source "${sourceId}"; known: ${registry.sources.map((s) => s.id).join(', ')}`
	);
	process.exit(2);
}
const text = new Archive(archiveDir()).read(source.archiveFile);
if (!text) {
	console.error(`archive file ${source.archiveFile} not found in ${archiveDir()}`);
	process.exit(2);
}
const match = findQuote(text.folded, exact);
if (!match) {
	const bad = exact.split(ELISION).find((p) => !text.folded.includes(p)) ?? exact;
	console.error(`not verbatim: ${explainMismatch(text.folded, bad)}`);
	process.exit(1);
}
const { prefix, suffix } = contextFor(text.folded, match);
console.log(JSON.stringify({ id: '', source: sourceId, exact, prefix, suffix }, null, '\t'));
