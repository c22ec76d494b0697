/**
 * Extraction throughput (ingest + extract) on what users give it, each beside remark-parse alone on the same
 * input cut into the same chunks extraction parses (the floor): the bundled article; real docs pages from ../shared/corpus concatenated to 1 MB and 5 MB
 * (and 20 MB with CLAIMCHECK_BENCH_20MB=1); generated 5 MB markdown and plain text. Targets: ≥ 1 MB/s,
 * ≤ 1.5× remark alone, peak RSS < 300 MB at 5 MB (< 600 MB at 20 MB).
 * Times are CPU times of the measured pass. Each measurement runs in its own child process (bench/extract-child.mjs,
 * over the built dist/ as the CLI runs it) so that its peak RSS is its own.
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

/** A large article with the shapes extraction meets: headings, bullets, glued sentences, identifiers, numbers. */
export function generateArticle(bytes: number, seed = 7, format: 'markdown' | 'text' = 'markdown'): string {
  let x = seed;
  const rnd = (n: number): number => (x = (x * 1103515245 + 12345) % 2147483648) % n;
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
  if (missing) rows.push({ name: 'extract real docs pages', value: Number.NaN, unit: 'MB/s', note: `skipped: ${missing}` });
  else {
    cases.push(['real:1', 'real docs pages 1 MB'], ['real:5', 'real docs pages 5 MB']);
    if (process.env['CLAIMCHECK_BENCH_20MB'] === '1') cases.push(['real:20', 'real docs pages 20 MB']);
  }
  cases.push(['md:5', 'generated 5 MB markdown'], ['text:5', 'generated 5 MB plain text']);
  let tagger = false;
  const work = mkdtempSync(join(tmpdir(), 'claimcheck-extract-bench-'));
  try {
    for (const [kind, label] of cases) {
      const m = measure('extract', kind, work);
      const floor = measure('remark', kind, work);
      tagger ||= m.tagger;
      const mbps = m.bytes / MB / (m.ms / 1000);
      const big = kind !== 'seed';
      const rssTarget = kind === 'real:20' ? '< 600' : '< 300';
      rows.push({
        name: `extract ${label}: throughput`,
        value: +mbps.toFixed(2),
        unit: 'MB/s',
        ...(big ? { target: '≥ 1' } : {}),
        note: `remark-parse alone ${(floor.bytes / MB / (floor.ms / 1000)).toFixed(2)} MB/s`,
      });
      rows.push({
        name: `extract ${label}: time ÷ remark alone`,
        value: +(m.ms / floor.ms).toFixed(2),
        unit: '×',
        ...(big ? { target: '≤ 1.5' } : {}),
        note: `CPU ${m.ms.toFixed(0)} ms vs ${floor.ms.toFixed(0)} ms (wall ${m.wallMs.toFixed(0)} / ${floor.wallMs.toFixed(0)}); ${m.claims} claims, ${(m.bytes / 1024).toFixed(0)} KiB`,
      });
      rows.push({ name: `extract ${label}: peak RSS`, value: +m.maxRssMb.toFixed(0), unit: 'MB', ...(big ? { target: rssTarget } : {}), note: `remark alone ${floor.maxRssMb.toFixed(0)} MB` });
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
