/**
 * npm run serve:nginx — serves build/ with the repo's nginx config (deploy/nginx/) on
 * 127.0.0.1:$PORT (default 8080), in the foreground, without root: nginx's pid, temp files and
 * logs go to .nginx/<port>/. Builds first when build/ is missing or older than the sources.
 * SIGTERM or SIGINT stops nginx and then this script.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`bad PORT ${port}`);

/** What a build is made from; src/lib/generated/ is left out, as geo:build rewrites it from geo/. */
const SOURCES = [
	'src',
	'geo',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package.json',
	'deploy/precompress.ts'
];
const SKIP = new Set(['src/lib/generated']);

function newest(file: string): number {
	if (SKIP.has(path.relative(ROOT, file))) return 0;
	const stat = statSync(file);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

let child: { proc: ChildProcess; group: boolean } | null = null;
let stopping = false;
function stop() {
	stopping = true;
	// The build runs in a process group of its own, so that all of it stops; nginx stops its workers.
	const pid = child?.proc.pid;
	if (pid) process.kill(child!.group ? -pid : pid, 'SIGTERM');
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, stop);
// npm hands a signal to its shell and not on to this script: when the shell is gone, stop too.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stop(), 500).unref();

/** Runs a command to its end and returns its exit status; exits at once if it was stopped. */
async function run(command: string, args: string[], group = false): Promise<number> {
	if (stopping) process.exit(0);
	const proc = spawn(command, args, { cwd: ROOT, stdio: 'inherit', detached: group });
	child = { proc, group };
	const status = await new Promise<number>((done) => proc.on('exit', (code) => done(code ?? 1)));
	if (stopping) process.exit(0);
	return status;
}

const built = path.join(ROOT, 'build/index.html');
const sources = Math.max(
	...SOURCES.map((s) => path.join(ROOT, s))
		.filter(existsSync)
		.map(newest)
);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
	console.log('serve:nginx: build/ is missing or older than the sources; building');
	const status = await run('npm', ['run', 'build'], true);
	if (status !== 0) process.exit(status);
}
if (!existsSync(NGINX)) {
	console.error(`serve:nginx: no nginx at ${NGINX} (apt-get install nginx, or set NGINX)`);
	process.exit(1);
}

const work = path.join(ROOT, '.nginx', String(port));
mkdirSync(work, { recursive: true });
const q = (p: string) => {
	if (/["\\$]/.test(p)) throw new Error(`serve:nginx: cannot quote the path ${p}`);
	return `"${p}"`;
};
const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
	.map((t) => `\t${t}_temp_path ${q(path.join(work, t))};\n`)
	.join('');
// Run as root, nginx would hand the requests to "nobody", who may not read the checkout; as
// anyone else it cannot switch users and serves as the one who started it (like vite preview).
const user = userInfo().uid === 0 ? `user ${userInfo().username};\n` : '';
const conf = path.join(work, 'nginx.conf');
writeFileSync(
	conf,
	`# Written by deploy/serve-nginx.ts for npm run serve:nginx. The site's config is deploy/nginx/.
${user}worker_processes auto;
pid ${q(path.join(work, 'nginx.pid'))};
error_log stderr warn;
events {
	worker_connections 1024;
}
http {
	access_log ${q(path.join(work, 'access.log'))} combined buffer=64k flush=1s;
${temp}	sendfile on;
	tcp_nopush on;
	include ${q(path.join(ROOT, 'deploy/nginx/headers.conf'))};
	server {
		listen 127.0.0.1:${port};
		root ${q(path.join(ROOT, 'build'))};
		include ${q(path.join(ROOT, 'deploy/nginx/site.conf'))};
	}
}
`
);

console.log(`serve:nginx: http://127.0.0.1:${port}/ (nginx, ${conf})`);
process.exit(await run(NGINX, ['-p', work, '-c', conf, '-e', 'stderr', '-g', 'daemon off;']));
