/**
 * npm run load — a load check of the real server: wrk on loopback against npm run serve:nginx,
 * for /embed, / and the largest file in build/_app/immutable, one after the other, each for a
 * fixed time. Prints requests per second, median and p99 latency, and errors, and fails on any
 * socket error (connect, read, write, timeout) or any answer that is not 200.
 *
 *   npm run load              # 20 s a URL, 64 connections (about 70 s)
 *   npm run load -- --quick   # 3 s a URL, 16 connections: what npm test runs (about 15 s)
 *
 * Clients ask for gzip, as browsers do, so nginx sends the build's .gz files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const SECONDS = quick ? 3 : 20;
const CONNECTIONS = quick ? 16 : 64;
const WRK = process.env.WRK ?? 'wrk';
const port = Number(process.env.NKM_LOAD_PORT ?? 4181);
const origin = `http://127.0.0.1:${port}`;

interface Figures {
	requests: number;
	duration_us: number;
	bytes: number;
	connect: number;
	read: number;
	write: number;
	timeout: number;
	status: number;
	p50_us: number;
	p99_us: number;
	max_us: number;
}

/** The largest file the pages load, as a URL path (its .gz and .br are not files of the site). */
function largestAsset(): string {
	const dir = path.join(ROOT, 'build/_app/immutable');
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => !/\.(gz|br)$/.test(f) && statSync(path.join(dir, f)).isFile())
		.sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size);
	return `/_app/immutable/${files[0]}`;
}

async function waitForServer(server: ReturnType<typeof spawn>) {
	// It may build first (serve:nginx builds when build/ is out of date).
	const until = Date.now() + 300_000;
	while (Date.now() < until) {
		if (server.exitCode !== null) throw new Error('load: the server stopped');
		try {
			if ((await fetch(`${origin}/`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error('load: the server did not answer within 5 minutes');
}

function wrk(url: string): Figures {
	const args = [
		'-t2',
		`-c${CONNECTIONS}`,
		`-d${SECONDS}s`,
		'--timeout',
		'2s',
		'-H',
		'Accept-Encoding: gzip',
		'-s',
		path.join(ROOT, 'deploy/wrk-report.lua'),
		url
	];
	const run = spawnSync(WRK, args, { encoding: 'utf8', timeout: (SECONDS + 30) * 1000 });
	if (run.error) throw new Error(`load: ${WRK}: ${run.error.message} (apt-get install wrk)`);
	const line = run.stdout.split('\n').find((l) => l.startsWith('WRK_JSON '));
	if (run.status !== 0 || !line) throw new Error(`load: wrk failed\n${run.stdout}${run.stderr}`);
	return JSON.parse(line.slice('WRK_JSON '.length)) as Figures;
}

const server = spawn('node', ['--import', 'tsx', 'deploy/serve-nginx.ts'], {
	cwd: ROOT,
	env: { ...process.env, PORT: String(port) },
	stdio: ['ignore', 'inherit', 'inherit']
});
let failed = false;
try {
	await waitForServer(server);
	const targets = ['/embed', '/', largestAsset()];
	console.log(
		`load: wrk, 2 threads, ${CONNECTIONS} connections, ${SECONDS} s a URL, on ${origin}\n`
	);
	console.log('| URL | requests/s | MB/s | median | p99 | socket errors | not 200 |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const target of targets) {
		// wrk counts only answers of 400 or more as errors: a 3xx would pass, so check first.
		const first = await fetch(`${origin}${target}`, { headers: { 'accept-encoding': 'gzip' } });
		const f = wrk(`${origin}${target}`);
		const seconds = f.duration_us / 1e6;
		const socket = f.connect + f.read + f.write + f.timeout;
		const notOk = f.status + (first.status === 200 ? 0 : 1);
		if (socket > 0 || notOk > 0 || f.requests === 0) failed = true;
		const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`;
		console.log(
			`| ${target} | ${Math.round(f.requests / seconds).toLocaleString('en')} | ` +
				`${(f.bytes / seconds / 1e6).toFixed(1)} | ${ms(f.p50_us)} | ${ms(f.p99_us)} | ` +
				`${socket} | ${notOk} |`
		);
	}
} finally {
	server.kill('SIGTERM');
	await new Promise((r) => server.once('exit', r));
}
if (failed) {
	console.error('\nload: FAILED: socket errors, answers other than 200, or no requests at all');
	process.exit(1);
}
console.log('\nload: no socket errors, every answer 200');
