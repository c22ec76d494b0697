/**
 * `npm run bench`: every benchmark of bench/*.bench.ts that exports `run()`, gathered into one table and
 * written to bench/results.json. Benchmarks that need ../shared/corpus report why they skipped.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import os from 'node:os';
import type { BenchRow } from './row.js';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
const all: Array<BenchRow & { bench: string }> = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run?: () => Promise<BenchRow[]> };
  if (!mod.run) continue;
  process.stderr.write(`bench: ${f} …\n`);
  try {
    for (const row of await mod.run()) all.push({ bench: f.replace('.bench.ts', ''), ...row });
  } catch (err) {
    all.push({ bench: f.replace('.bench.ts', ''), name: 'failed', value: Number.NaN, unit: '', note: err instanceof Error ? err.message : String(err) });
  }
}
const width = Math.max(...all.map((r) => r.name.length), 10);
console.log(`${'benchmark'.padEnd(width)}  ${'value'.padStart(10)}  unit    target    note`);
for (const r of all) {
  console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(10)}  ${r.unit.padEnd(6)}  ${(r.target ?? '').padEnd(8)}  ${r.note ?? ''}`);
}
const machine = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memGiB: Math.round(os.totalmem() / 2 ** 30) };
// A filtered run (`npm run bench -- index`) replaces only its own benchmarks' rows in the results file.
const file = join(here, 'results.json');
const ran = new Set(all.map((r) => r.bench));
const kept = only.length > 0 && existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { rows?: Array<BenchRow & { bench: string }> }).rows ?? []).filter((r) => !ran.has(r.bench)) : [];
writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), machine, rows: [...kept, ...all] }, null, 2)}\n`);
console.log('\nwritten bench/results.json');
