/** npm run geo:docs — writes the exported files' field lists into geo/README.md (see there). */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withFieldDocs } from '../lib/exports/docs';
import { registry } from '../lib/layers';
import { GEO_DIR } from '../lib/paths';

const file = path.join(GEO_DIR, 'README.md');
writeFileSync(file, withFieldDocs(readFileSync(file, 'utf8'), registry));
console.log('geo:docs: wrote the field lists of “Get the data” in geo/README.md');
