import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project root, whatever the working directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const GEO_DIR = path.join(ROOT, 'geo');

/** The archived articles: `NKM_SOURCES_DIR`, else `../shared/sources` beside the project. */
export function archiveDir(env: NodeJS.ProcessEnv = process.env): string {
	return path.resolve(ROOT, env.NKM_SOURCES_DIR ?? '../shared/sources');
}

/** Paths in messages are relative to the project root, as a reader would type them. */
export function rel(file: string): string {
	const r = path.relative(ROOT, file);
	return r.startsWith('..') ? file : r.split(path.sep).join('/');
}
