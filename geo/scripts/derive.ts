/**
 * npm run geo:derive — recomputes every dataset and derived geometry from its recipe and writes
 * it into the curated files; a file geo/inputs/<feature-id>.geojson replaces that feature's shape.
 */
import path from 'node:path';
import { deriveFiles } from '../lib/derive-files';
import { GEO_DIR } from '../lib/paths';

const root = process.env.NKM_GEO_ROOT ? path.resolve(process.env.NKM_GEO_ROOT) : GEO_DIR;
const { files, features, changed } = deriveFiles(root, console.log);
console.log(`geo:derive: ${features} features in ${files} files, ${changed} geometries changed`);
