/**
 * Dependency propagation (src/verify/propagate.ts) on the bundled article's claims and on the article repeated
 * 16 times, every product and feature name declared unknown (test/fixtures/verify/unknowns.ts), beside the
 * per-name version it replaced (test/fixtures/verify/propagate-reference.ts) on the same input. CPU times.
 * Run alone: node --import tsx bench/propagate.bench.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { BenchRow } from './row.js';
import type { Claim } from '../src/schema/index.js';
import type { CheckerResult } from '../src/verify/policy.js';

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
const RUNS = 7;

function cpuMs(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export async function run(): Promise<BenchRow[]> {
  const { ingestText } = await import('../src/ingest/index.js');
  const { extractClaims } = await import('../src/extract/index.js');
  const { propagateUnknowns } = await import('../src/verify/propagate.js');
  const { propagateUnknownsReference } = await import('../test/fixtures/verify/propagate-reference.js');
  const { unknownResults } = await import('../test/fixtures/verify/unknowns.js');
  const body = readFileSync(join(root, 'sources', 'azure-latch-codes.md'), 'utf8').replace(FRONT_MATTER, '');
  const inputs = [1, 16].map((copies) => {
    const claims = extractClaims(ingestText(Array(copies).fill(body).join('\n\n'), 'article.md'));
    return { copies, claims, results: unknownResults(claims) };
  });
  const time = (f: (c: readonly Claim[], r: Map<string, CheckerResult[]>) => unknown, i: (typeof inputs)[number]): number => {
    f(i.claims, i.results); // warm-up
    // the least of several runs: at 1× a run takes ~15 ms, where one collection or JIT pass doubles it
    return Math.min(...Array.from({ length: RUNS }, () => cpuMs(() => f(i.claims, i.results))));
  };
  const rows: BenchRow[] = [];
  const now: number[] = [];
  for (const i of inputs) {
    const t = time(propagateUnknowns, i);
    const ref = i.copies === 1 || process.env['CLAIMCHECK_BENCH_SLOW'] === '1' ? time(propagateUnknownsReference, i) : undefined;
    now.push(t);
    rows.push({
      name: `propagateUnknowns, article ×${i.copies}`,
      value: +t.toFixed(1),
      unit: 'ms CPU',
      note: `${i.claims.length} claims${ref !== undefined ? `; per-name version ${ref.toFixed(0)} ms` : ''}`,
    });
  }
  rows.push({ name: 'propagateUnknowns, ×16 ÷ ×1', value: +((now[1] ?? 0) / (now[0] ?? 1)).toFixed(1), unit: '×', target: '≤ 17' });
  return rows;
}

if (process.argv[1] === here) console.table(await run());
