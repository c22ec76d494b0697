/**
 * Extraction throughput (ingest + extract) on what users give it, each beside remark-parse alone on the same
 * input cut into the same chunks extraction parses (the floor): the bundled article; real docs pages from
 * ../shared/corpus concatenated to 1 MB and 5 MB; generated 5 MB markdown and plain text. Targets: ≥ 1 MB/s,
 * ≤ 1.5× remark alone, peak RSS < 300 MB at 5 MB; 20 MB of real pages peaks < 600 MB.
 * Times are CPU times of a pass after a warm-up (JIT, regex compilation) on the input's first 200 KB, in three
 * paired runs per large input (extraction, then remark alone), the median pair reported; the figure
 * beside is the wall time of the same pass (extraction runs on one thread). Peak RSS is that of one pass in a
 * fresh process with no warm-up, as the CLI runs it; the warmed process's peak is in the note. 20 MB of real
 * pages is measured for its peak RSS (one pass) by default; CLAIMCHECK_BENCH_20MB=1 adds its throughput and floor.
 * Each measurement runs in its own child process (bench/extract-child.mjs, over the built dist/ as the CLI runs it).
 * Run alone: node --import tsx bench/extract.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { BenchRow } from './row.js';
import { realMarkdown, realPagesMissing } from './real-markdown.js';

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');
const MB = 1024 * 1024;
/** Paired runs (extraction, then remark alone) per large input; CLAIMCHECK_BENCH_PAIRS sets another count. */
const PAIRS = Math.max(1, Number(process.env['CLAIMCHECK_BENCH_PAIRS'] ?? 3));

/** A large article with the shapes extraction meets: headings, bullets, glued sentences, identifiers, numbers. */
export function generateArticle(bytes: number, seed = 7, format: 'markdown' | 'text' = 'markdown'): string {
  // a 32-bit linear congruential generator, its high bits taken (in doubles, `x * 1103515245` lost its low bits
  // and the low bits of the state cycled: three of the twelve words made up nearly all the text)
  let x = seed >>> 0;
  const rnd = (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 16) % n;
  };
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

interface Input {
  text: string;
  path: string;
}

/** `seed`, `real:<MB>`, `md:<MB>` or `text:<MB>`. */
function input(kind: string): Input {
  const [what, size] = kind.split(':');
  const bytes = Number(size ?? 0) * MB;
  if (what === 'seed') return { text: readFileSync(join(root, 'sources', 'azure-latch-codes.md'), 'utf8'), path: 'sources/azure-latch-codes.md' };
  if (what === 'real') return { text: realMarkdown(bytes), path: 'docs-pages.md' };
  return what === 'text' ? { text: generateArticle(bytes, 7, 'text'), path: 'generated.txt' } : { text: generateArticle(bytes, 7, 'markdown'), path: 'generated.md' };
}

interface ChildResult {
  bytes: number;
  ms: number;
  wallMs: number;
  claims: number;
  maxRssMb: number;
  tagger: boolean;
}

/** One measurement in its own process (bench/extract-child.mjs, over dist/), the input passed in a temp file. */
function measure(mode: string, kind: string, work: string): ChildResult {
  const { text, path } = input(kind);
  const file = join(work, `${kind.replace(':', '-')}.input`);
  writeFileSync(file, text);
  const reps = kind === 'seed' ? 20 : 1;
  const r = spawnSync(process.execPath, [join(root, 'bench', 'extract-child.mjs'), mode, file, path, String(reps)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`extract bench child (${mode} ${kind}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const missing = realPagesMissing();
  const cases: Array<[string, string]> = [['seed', 'bundled article']];
  const full20 = process.env['CLAIMCHECK_BENCH_20MB'] === '1';
  if (missing) rows.push({ name: 'extract real docs pages', value: Number.NaN, unit: 'MB/s', note: `skipped: ${missing}` });
  else {
    cases.push(['real:1', 'real docs pages 1 MB'], ['real:5', 'real docs pages 5 MB']);
    if (full20) cases.push(['real:20', 'real docs pages 20 MB']);
  }
  cases.push(['md:5', 'generated 5 MB markdown'], ['text:5', 'generated 5 MB plain text']);
  let tagger = false;
  const work = mkdtempSync(join(tmpdir(), 'claimcheck-extract-bench-'));
  try {
    for (const [kind, label] of cases) {
      const big = kind !== 'seed';
      // paired runs, extraction then its floor, each pair in the same moment of a shared machine's load: the ratio is
      // the median of the pairs' ratios, the times those of the median pair (one pair swung 1.27–1.61× on plain text)
      const pairs = Array.from({ length: big ? PAIRS : 1 }, () => ({ m: measure('extract', kind, work), floor: measure('remark', kind, work) }));
      const ratios = pairs.map((p) => p.m.ms / p.floor.ms);
      const median = [...pairs].sort((a, b) => a.m.ms / a.floor.ms - b.m.ms / b.floor.ms)[Math.floor(pairs.length / 2)] ?? pairs[0];
      if (!median) continue;
      const { m, floor } = median;
      const spread = pairs.length > 1 ? `; median of ${pairs.length} paired runs (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)` : '';
      const cold = big ? measure('extract-cold', kind, work) : m;
      if (cold.claims !== m.claims) throw new Error(`extract ${label}: ${cold.claims} claims in one pass, ${m.claims} after a warm-up`);
      tagger ||= m.tagger;
      const mbps = m.bytes / MB / (m.ms / 1000);
      const rssTarget = kind === 'real:20' ? '< 600' : '< 300';
      rows.push({
        name: `extract ${label}: throughput`,
        value: +mbps.toFixed(2),
        unit: 'MB/s',
        ...(big ? { target: '≥ 1' } : {}),
        note: `CPU time; wall ${(m.bytes / MB / (m.wallMs / 1000)).toFixed(2)} MB/s; remark-parse alone ${(floor.bytes / MB / (floor.ms / 1000)).toFixed(2)} MB/s`,
      });
      rows.push({
        name: `extract ${label}: time ÷ remark alone`,
        value: +(m.ms / floor.ms).toFixed(2),
        unit: '×',
        ...(big ? { target: '≤ 1.5' } : {}),
        note: `CPU ${m.ms.toFixed(0)} ms vs ${floor.ms.toFixed(0)} ms (wall ${m.wallMs.toFixed(0)} / ${floor.wallMs.toFixed(0)})${spread}; ${m.claims} claims, ${(m.bytes / 1024).toFixed(0)} KiB`,
      });
      rows.push({
        name: `extract ${label}: peak RSS`,
        value: +cold.maxRssMb.toFixed(0),
        unit: 'MB',
        ...(big ? { target: rssTarget } : {}),
        note: `${big ? 'one pass, as the CLI runs it; after a warm-up ' : ''}${m.maxRssMb.toFixed(0)} MB; remark alone ${floor.maxRssMb.toFixed(0)} MB`,
      });
    }
    if (!missing && !full20) {
      // the 20 MB memory target, from one pass as the CLI runs it (its throughput and floor need CLAIMCHECK_BENCH_20MB=1)
      const cold = measure('extract-cold', 'real:20', work);
      rows.push({
        name: 'extract real docs pages 20 MB: peak RSS',
        value: +cold.maxRssMb.toFixed(0),
        unit: 'MB',
        target: '< 600',
        note: `one pass, as the CLI runs it: CPU ${(cold.ms / 1000).toFixed(1)} s (${(cold.bytes / MB / (cold.ms / 1000)).toFixed(2)} MB/s), ${cold.claims} claims; throughput beside remark alone: CLAIMCHECK_BENCH_20MB=1`,
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  rows.push({
    name: 'extract: NLP tagger in the loop',
    value: tagger ? 1 : 0,
    unit: 'yes=1',
    note: tagger
      ? 'extraction called src/lang/nlp.ts (wink-nlp); its cost is in the figures above'
      : 'extraction does not call src/lang/nlp.ts (wink-nlp) yet: the figures above do not include tagging',
  });
  return rows;
}

if (process.argv[1] === here) console.table(await run());
