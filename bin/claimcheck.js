#!/usr/bin/env node
// Tiny launcher: runs the bundled CLI (dist/bundle/main.js) when the build made one, else the compiled files
// (dist/cli/main.js). `npm run build` makes both; `npm install` runs it via `prepare`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'bundle', 'main.js');
const entry = existsSync(bundle) ? bundle : join(root, 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('claimcheck: the compiled CLI is missing (dist/cli/main.js). Run `npm install` or `npm run build` first.\n');
  process.exit(2);
}
await import(pathToFileURL(entry).href);
