/**
 * Warm `check` of the bundled article against the docs index (target ≤ 2 s of CPU, peak RSS < 300 MB):
 * the pipeline runs twice in one child process (the first run warms SQLite's page cache and the JIT), and the
 * second is timed. The target is on CPU time, the work the check does; the wall time beside it stretches
 * whenever other processes share the machine's cores. Needs an index (CLAIMCHECK_INDEX or .claimcheck/index.sqlite); skips with a reason otherwise.
 * The child (bench/check-child.mjs) runs the built dist/, as the CLI does.
 * Run alone: node --import tsx bench/check.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { BenchRow } from './row.js';

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');
const indexPath = resolve(root, process.env['CLAIMCHECK_INDEX'] ?? '.claimcheck/index.sqlite');

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(indexPath)) {
    return [{ name: 'check bundled article (warm)', value: Number.NaN, unit: 's', note: `skipped: no docs index at ${indexPath} (build one with corpus add, see src/evidence/README.md)` }];
  }
  type Out = { cold: number; warm: number; coldCpu: number; warmCpu: number; maxRssMb: number; counts: Record<string, number> };
  const measure = (mode: string): Out => {
    const r = spawnSync(process.execPath, [join(root, 'bench', 'check-child.mjs'), mode, indexPath, join(root, 'sources', 'azure-latch-codes.md')], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`check bench child failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as Out;
  };
  const m = measure('twice'); // timing: the second run in a warm process
  const once = measure('once'); // memory: one check, as the CLI runs it
  const statuses = Object.entries(m.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    { name: 'check bundled article: first run', value: +(m.coldCpu / 1000).toFixed(2), unit: 's CPU', note: `wall ${(m.cold / 1000).toFixed(2)} s` },
    {
      name: 'check bundled article: warm run',
      value: +(m.warmCpu / 1000).toFixed(2),
      unit: 's CPU',
      target: '≤ 2',
      note: `wall ${(m.warm / 1000).toFixed(2)} s (stretches on a busy machine); ${statuses}`,
    },
    { name: 'check bundled article: peak RSS (one check)', value: +once.maxRssMb.toFixed(0), unit: 'MB', target: '< 300' },
  ];
}

if (process.argv[1] === here) console.table(await run());
