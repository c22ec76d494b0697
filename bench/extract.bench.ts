/**
 * Extraction throughput (ingest + extract) on what users give it, each beside remark-parse alone on the same
 * input cut into the same chunks extraction parses (the floor): the bundled article; real docs pages from ../shared/corpus concatenated to 1 MB and 5 MB
 * (and 20 MB with CLAIMCHECK_BENCH_20MB=1); generated 5 MB markdown and plain text. Targets: ≥ 1 MB/s,
 * ≤ 1.5× remark alone, peak RSS < 300 MB at 5 MB (< 600 MB at 20 MB).
 * Times are CPU times of the measured pass. Each measurement runs in its own child process so that its peak RSS is its own.
 * Run alone: node --import tsx bench/extract.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { BenchRow } from './row.js';
import { realMarkdown, realPagesMissing } from './real-markdown.js';

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');
const MB = 1024 * 1024;
/** Large inputs warm the JIT on their first bytes only, so the measured pass is the first full one. */
const WARM_CHARS = 200_000;

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

async function child(mode: string, kind: string): Promise<void> {
  const { text, path } = input(kind);
  const reps = kind === 'seed' ? 20 : 1;
  const warm = text.length > WARM_CHARS ? text.slice(0, WARM_CHARS) : text;
  let run: () => number;
  let tagger = (): boolean => false;
  if (mode === 'remark') {
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const { chunks } = await import('../src/ingest/markdown-blocks.js');
    const parser = unified().use(remarkParse);
    // the same pieces extraction parses (remark on a multi-megabyte string at once is far slower than in pieces)
    run = () => chunks(text).reduce((n, [s, e]) => n + parser.parse(text.slice(s, e)).children.length, 0);
    parser.parse(warm);
  } else {
    const { ingestText } = await import('../src/ingest/index.js');
    const { extractClaims } = await import('../src/extract/index.js');
    tagger = (await import('../src/lang/nlp.js')).taggerLoaded;
    run = () => extractClaims(ingestText(text, path)).length;
    extractClaims(ingestText(warm, path)); // JIT, regex compilation
  }
  // CPU time, not wall time: the machine is shared, and a busy neighbour stretches only the wall clock
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let claims = 0;
  for (let i = 0; i < reps; i++) claims = run();
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000 / reps;
  const out: ChildResult = { bytes: Buffer.byteLength(text), ms, wallMs: (performance.now() - t0) / reps, claims, maxRssMb: process.resourceUsage().maxRSS / 1024, tagger: tagger() };
  process.stdout.write(JSON.stringify(out));
}

function measure(mode: string, kind: string): ChildResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', here, '--child', mode, kind], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
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
  for (const [kind, label] of cases) {
    const m = measure('extract', kind);
    const floor = measure('remark', kind);
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

if (process.argv[2] === '--child') await child(process.argv[3] ?? 'extract', process.argv[4] ?? 'seed');
else if (process.argv[1] === here) console.table(await run());
