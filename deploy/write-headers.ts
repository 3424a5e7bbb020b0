/** npm run deploy:headers — writes the files that carry deploy/headers.ts (see there). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { outputs } from './headers';

const root = path.resolve(import.meta.dirname, '..');
for (const { file, text } of outputs(root)) {
	writeFileSync(path.join(root, file), text);
	console.log(`deploy:headers: wrote ${file}`);
}
