/**
 * npm run geo:check — refuses bad data before anything is built. Prints one line per error
 * (file, feature id, JSON path, value seen, what was expected) and exits non-zero.
 *   --fast  skip re-running the derivations (the build's pre-check in watch mode only)
 */
import path from 'node:path';
import { checkGeoData, formatErrors } from '../lib/check';
import { archiveDir, GEO_DIR } from '../lib/paths';

const started = Date.now();
const root = process.env.NKM_GEO_ROOT ? path.resolve(process.env.NKM_GEO_ROOT) : GEO_DIR;
const result = checkGeoData({
	root,
	overlay: process.env.NKM_GEO_OVERLAY ? path.resolve(process.env.NKM_GEO_OVERLAY) : undefined,
	archiveDir: archiveDir(),
	ci: process.env.CI === 'true',
	recompute: !process.argv.includes('--fast'),
	basemap: !process.env.NKM_GEO_ROOT
});
for (const w of result.warnings) console.warn(`\n!!! ${w}\n`);
for (const line of formatErrors(result)) console.error(line);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (result.errors.length > 0) {
	console.error(
		`geo:check: ${result.errors.length} error(s) — nothing may be built from this data.`
	);
	process.exit(1);
}
if (result.archiveChecked) {
	console.log(
		`geo:check: ${result.features.length} features, all sources and excerpts verified, in ${seconds} s`
	);
} else {
	// Outside CI a missing archive is not an error, but nothing may say the quotes were verified.
	console.warn(
		`geo:check: ${result.features.length} features checked in ${seconds} s, but the QUOTES WERE NOT CHECKED: no source archive at ${archiveDir()}, so no quote was compared with its article and no article's SHA-256 was verified. Set NKM_SOURCES_DIR to the archive and run again.`
	);
}
