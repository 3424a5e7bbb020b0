// `npm ci` refuses a lock file in which a package's optional dependency has no entry, even one
// for another platform. `npm install` writes such a lock when the registry lacks the optional
// package (this network's mirror has no @lix-js/sdk-darwin-arm64@0.17.0), so CI would fail at
// install, before any test: this catches it on the machine that wrote the lock.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
	version?: string;
	optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
	packages: Record<string, LockEntry>;
};

function hasEntry(from: string, name: string): boolean {
	// Node's resolution: the nearest node_modules folder up from the dependent package.
	let base = from;
	for (;;) {
		if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
		if (!base) return false;
		const at = base.lastIndexOf('node_modules/');
		base = at <= 0 ? '' : base.slice(0, at - 1);
	}
}

describe('package-lock.json', () => {
	it('has an entry for every optional dependency, so npm ci accepts it', () => {
		const missing: string[] = [];
		for (const [path, entry] of Object.entries(lock.packages)) {
			for (const name of Object.keys(entry.optionalDependencies ?? {})) {
				if (!hasEntry(path, name)) missing.push(`${path || '(root)'} → ${name}`);
			}
		}
		expect(missing).toEqual([]);
	});
});
