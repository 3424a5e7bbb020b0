/**
 * A copy of the project with one more layer, for tests/e2e/layer-fixture.e2e.ts: the files git
 * knows (tracked and new, as in the working tree) are copied into a temporary folder, the
 * fixture's layer module goes into src/shared/layers/, its data into geo/data/ and its words at
 * the end of each messages file. Nothing else is written: the copy then builds and serves as
 * the project does (npm run build, npm run serve:nginx).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where each of the fixture's files goes in the project, relative to the fixture's folder. */
export interface FixtureLayer {
	dir: string;
	/** The module, `<id>.layer.ts`. */
	module: string;
	/** Its data files, under `data/` (as in geo/data/). */
	data: string[];
	/** messages/<locale>.json: keys added at the end of the project's file of that locale. */
	messages: string[];
}

export function readFixture(dir: string): FixtureLayer {
	return {
		dir,
		module: readdirSync(dir).find((f) => f.endsWith('.layer.ts'))!,
		data: readdirSync(path.join(dir, 'data')),
		messages: readdirSync(path.join(dir, 'messages'))
	};
}

/** The project's files as git sees the working tree: tracked or new, not ignored, not deleted. */
function projectFiles(): string[] {
	return execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	})
		.split('\0')
		.filter((f) => f && existsSync(path.join(ROOT, f)));
}

/** The project's files the copy lacks or holds with other contents, and the files only it has. */
export function changedFiles(ws: string): {
	missing: string[];
	changed: string[];
	added: string[];
} {
	const files = projectFiles();
	const missing = files.filter((f) => !existsSync(path.join(ws, f)));
	const changed = files.filter(
		(f) =>
			!missing.includes(f) &&
			!readFileSync(path.join(ws, f)).equals(readFileSync(path.join(ROOT, f)))
	);
	const known = new Set(files);
	const added: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(path.join(ws, dir), { withFileTypes: true })) {
			const f = path.posix.join(dir, entry.name);
			if (entry.isDirectory()) walk(f);
			else if (!known.has(f)) added.push(f);
		}
	};
	// The folders a layer's files go in; the build's outputs are elsewhere or ignored by git.
	for (const dir of ['src/shared/layers', 'geo/data', 'messages']) walk(dir);
	return { missing, changed, added: added.filter((f) => f !== 'messages/sr-Cyrl.json') };
}

/** Makes the copy and adds the layer; returns its folder. */
export function makeWorkspace(fixture: FixtureLayer): string {
	const ws = mkdtempSync(path.join(os.tmpdir(), 'nkm-layer-fixture-'));
	for (const f of projectFiles()) {
		mkdirSync(path.dirname(path.join(ws, f)), { recursive: true });
		copyFileSync(path.join(ROOT, f), path.join(ws, f));
	}
	// The dependencies are the project's own, unchanged.
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(ws, 'node_modules'));

	copyFileSync(
		path.join(fixture.dir, fixture.module),
		path.join(ws, 'src/shared/layers', fixture.module)
	);
	for (const f of fixture.data) {
		copyFileSync(path.join(fixture.dir, 'data', f), path.join(ws, 'geo/data', f));
	}
	for (const f of fixture.messages) {
		const file = path.join(ws, 'messages', f);
		const words = {
			...JSON.parse(readFileSync(file, 'utf8')),
			...JSON.parse(readFileSync(path.join(fixture.dir, 'messages', f), 'utf8'))
		};
		writeFileSync(file, `${JSON.stringify(words, null, '\t')}\n`);
	}
	return ws;
}

/** The environment of the copy's commands: the same archive of sources as the project's. */
export function workspaceEnv(): NodeJS.ProcessEnv {
	return {
		...process.env,
		NKM_SOURCES_DIR: path.resolve(ROOT, process.env.NKM_SOURCES_DIR ?? '../shared/sources'),
		APP_VERSION: 'layer-fixture'
	};
}

/** Runs a command in the copy; resolves with its status and output (stdout and stderr). */
export function run(
	ws: string,
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv = {}
): Promise<{ status: number; output: string }> {
	return new Promise((done) => {
		const proc = spawn(command, args, { cwd: ws, env: { ...workspaceEnv(), ...env } });
		let output = '';
		proc.stdout.on('data', (d) => (output += d));
		proc.stderr.on('data', (d) => (output += d));
		proc.on('exit', (code) => done({ status: code ?? 1, output }));
	});
}

/** Serves the copy's build with the project's nginx config; resolves once it answers. */
export async function serve(ws: string, port: number): Promise<ChildProcess> {
	const server = spawn('node', ['--import', 'tsx', 'deploy/serve-nginx.ts'], {
		cwd: ws,
		env: { ...workspaceEnv(), PORT: String(port) },
		// Its own process group, so that stopping it stops nginx too.
		detached: true,
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
		} catch {
			// Not up yet.
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	stop(server);
	throw new Error(`the copy's nginx did not answer on port ${port}`);
}

export function stop(server: ChildProcess | undefined) {
	if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
}

export function removeWorkspace(ws: string | undefined) {
	if (ws) rmSync(ws, { recursive: true, force: true });
}
