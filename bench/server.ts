/**
 * The benchmark's static server: serves the built site and the benchmark's own pages from one
 * origin, gzipped as a CDN would, and counts what it sends. Counting on the server sees every
 * byte, the MapLibre worker included (CDP reports only a worker's headers).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

export interface Sent {
	path: string;
	/** Body bytes as sent (after gzip where the file is compressible). */
	bytes: number;
	type: string;
	at: number;
}

export interface BenchServer {
	origin: string;
	/** Everything sent since the last `reset()`. */
	sent(): Sent[];
	reset(): void;
	close(): Promise<void>;
}

/**
 * `mounts` maps a URL prefix to a folder (longest prefix wins) or, for a single file, to a file
 * path. Folders resolve `/x` to `x`, `x.html` or `x/index.html`, as static hosts do.
 */
export function serve(mounts: Record<string, string>, port: number): Promise<BenchServer> {
	const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
	const gzipped = new Map<string, Buffer>();
	let log: Sent[] = [];

	function resolveFile(urlPath: string): string | null {
		for (const prefix of prefixes) {
			if (!urlPath.startsWith(prefix)) continue;
			const target = mounts[prefix]!;
			if (existsSync(target) && statSync(target).isFile())
				return urlPath === prefix ? target : null;
			const rest = decodeURIComponent(urlPath.slice(prefix.length)).replace(/^\/+/, '');
			const base = path.resolve(target, rest);
			if (!base.startsWith(path.resolve(target))) return null;
			for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
				if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
			}
			return null;
		}
		return null;
	}

	const server: Server = createServer((req, res) => {
		const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
		const file = resolveFile(urlPath);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const ext = path.extname(file);
		const type = TYPES[ext] ?? 'application/octet-stream';
		let body: Buffer = readFileSync(file);
		const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			let packed = gzipped.get(file);
			if (!packed) gzipped.set(file, (packed = gzipSync(body, { level: 6 })));
			body = packed;
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = String(body.length);
		log.push({ path: urlPath, bytes: body.length, type, at: Date.now() });
		res.writeHead(200, headers).end(body);
	});

	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () =>
			done({
				origin: `http://127.0.0.1:${port}`,
				sent: () => [...log],
				reset: () => {
					log = [];
				},
				close: () => new Promise((closed) => server.close(() => closed()))
			})
		);
	});
}
