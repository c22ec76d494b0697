/**
 * Extraction throughput (ingest + extract): the bundled article, and generated 5 MB articles in plain text
 * (the bundled article's form) and in markdown (target ≥ 1 MB/s, peak RSS < 300 MB).
 * Each measurement runs in a child process so that its peak RSS is its own.
 * Run alone: node --import tsx bench/extract.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { BenchRow } from './row.js';

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');

/** A large article with the shapes extraction meets: headings, bullets, glued sentences, identifiers, numbers. */
export function generateArticle(bytes: number, seed = 7, format: 'markdown' | 'text' = 'markdown'): string {
  let x = seed;
  const rnd = (n: number): number => ((x = (x * 1103515245 + 12345) % 2147483648) % n);
  const words = ['token', 'tenant', 'policy', 'service', 'principal', 'session', 'claim', 'issuer', 'audience', 'scope', 'consent', 'device'];
  const ident = (): string => `${words[rnd(12)]}${(words[rnd(12)] ?? 'x').replace(/^./, (c) => c.toUpperCase())}`;
  const sentence = (): string => {
    const w = Array.from({ length: 8 + rnd(14) }, () => words[rnd(12)]).join(' ');
    const extra = [` via \`${ident()}()\``, ` at /v1.0/${ident()}/{id}`, ` within ${1 + rnd(60)} minutes`, ` in ${rnd(100)}.${rnd(10)}% of tenants`, ', and the service also rotates keys', ''][rnd(6)];
    return `The ${w}${extra}.`;
  };
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const heading = format === 'markdown' ? `## Section ${ident()}` : `Section ${ident()}`;
    const bullet = format === 'markdown' ? '- ' : '  • ';
    const p = rnd(10) === 0 ? heading : rnd(5) === 0 ? `${bullet}${sentence()}` : Array.from({ length: 2 + rnd(4) }, sentence).join(rnd(8) === 0 ? '' : ' ');
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

interface ChildResult { bytes: number; ms: number; claims: number; maxRssMb: number }

async function child(kind: string): Promise<void> {
  const { ingestText } = await import('../src/ingest/index.js');
  const { extractClaims } = await import('../src/extract/index.js');
  const text = kind === 'seed' ? readFileSync(join(root, 'sources', 'azure-latch-codes.md'), 'utf8') : generateArticle(5 * 1024 * 1024, 7, kind === 'large-text' ? 'text' : 'markdown');
  const path = kind === 'seed' ? 'sources/azure-latch-codes.md' : kind === 'large-text' ? 'generated.txt' : 'generated.md';
  const reps = kind === 'seed' ? 20 : 1;
  extractClaims(ingestText(text, path)); // warm-up (JIT, regex compilation)
  const t0 = performance.now();
  let claims = 0;
  for (let i = 0; i < reps; i++) claims = extractClaims(ingestText(text, path)).length;
  const ms = (performance.now() - t0) / reps;
  const out: ChildResult = { bytes: Buffer.byteLength(text), ms, claims, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(out));
}

function measure(kind: string): ChildResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', here, '--child', kind], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`extract bench child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cases = [['seed', 'bundled article'], ['large-text', 'generated 5 MB plain text'], ['large-md', 'generated 5 MB markdown']] as const;
  for (const [kind, label] of cases) {
    const m = measure(kind);
    const mbps = m.bytes / 1024 / 1024 / (m.ms / 1000);
    rows.push({ name: `extract ${label}: throughput`, value: +mbps.toFixed(2), unit: 'MB/s', ...(kind !== 'seed' ? { target: '≥ 1' } : {}) });
    rows.push({ name: `extract ${label}: time`, value: +m.ms.toFixed(1), unit: 'ms', note: `${m.claims} claims, ${(m.bytes / 1024).toFixed(0)} KiB` });
    rows.push({ name: `extract ${label}: peak RSS`, value: +m.maxRssMb.toFixed(0), unit: 'MB', ...(kind !== 'seed' ? { target: '< 300' } : {}) });
  }
  return rows;
}

if (process.argv[2] === '--child') await child(process.argv[3] ?? 'seed');
else if (process.argv[1] === here) console.table(await run());
