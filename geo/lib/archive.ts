import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fold } from './quotes';

export interface ArchivedText {
	file: string;
	sha256: string;
	folded: string;
}

/** Reads archived articles once each; `null` when the folder or the file is missing. */
export class Archive {
	readonly dir: string;
	private cache = new Map<string, ArchivedText | null>();

	constructor(dir: string) {
		this.dir = dir;
	}

	get present(): boolean {
		return existsSync(this.dir);
	}

	read(file: string): ArchivedText | null {
		if (!this.cache.has(file)) {
			const full = path.join(this.dir, file);
			if (!existsSync(full)) this.cache.set(file, null);
			else {
				const bytes = readFileSync(full);
				this.cache.set(file, {
					file,
					sha256: createHash('sha256').update(bytes).digest('hex'),
					folded: fold(bytes.toString('utf8'))
				});
			}
		}
		return this.cache.get(file)!;
	}
}
