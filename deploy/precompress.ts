/**
 * After `vite build`: writes NAME.gz and NAME.br beside each text file in build/ of 1 KB or more,
 * where the compressed file is smaller. nginx sends the .gz as they are (`gzip_static`), so no
 * request pays for compression; Debian's nginx has no brotli module, so the .br are for CDNs and
 * static servers that serve precompressed brotli.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const BUILD = path.resolve(import.meta.dirname, '../build');
const TEXT = /\.(html|js|mjs|css|json|svg|txt|md|xml|geojson|csv|kml)$/;
const MIN_BYTES = 1024;

let count = 0;
const total = { raw: 0, gz: 0, br: 0 };
for (const entry of readdirSync(BUILD, { recursive: true, withFileTypes: true })) {
	if (!entry.isFile() || !TEXT.test(entry.name)) continue;
	const file = path.join(entry.parentPath, entry.name);
	const raw = readFileSync(file);
	if (raw.length < MIN_BYTES) continue;
	const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
	const br = brotliCompressSync(raw, {
		params: {
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
			[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
			[constants.BROTLI_PARAM_SIZE_HINT]: raw.length
		}
	});
	if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
	if (br.length < raw.length) writeFileSync(`${file}.br`, br);
	count++;
	total.raw += raw.length;
	total.gz += Math.min(gz.length, raw.length);
	total.br += Math.min(br.length, raw.length);
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
	`precompress: ${count} files, ${kb(total.raw)} → ${kb(total.gz)} gzip, ${kb(total.br)} brotli`
);
