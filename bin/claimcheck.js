#!/usr/bin/env node
// Tiny launcher: runs the compiled CLI (built by `npm run build`, which `npm install` runs via `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('claimcheck: the compiled CLI is missing (dist/cli/main.js). Run `npm install` or `npm run build` first.\n');
  process.exit(2);
}
await import(pathToFileURL(entry).href);
