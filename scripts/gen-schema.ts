/**
 * Writes schemas/landscape.schema.json from src/core/schema/landscape-schema.ts, the one
 * definition of the format's structure. `--check` exits 1 when the file is stale (a test runs it).
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { LANDSCAPE_SCHEMA } from '../src/core/schema/landscape-schema';

const file = path.resolve(__dirname, '..', 'schemas', 'landscape.schema.json');
const content = `${JSON.stringify(LANDSCAPE_SCHEMA, null, 2)}\n`;
const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
if (process.argv.includes('--check')) {
  if (current !== content) {
    console.error('schemas/landscape.schema.json is stale. Run: npm run docs');
    process.exit(1);
  }
} else if (current !== content) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log('Updated schemas/landscape.schema.json');
}
