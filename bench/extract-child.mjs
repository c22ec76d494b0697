// One measurement of bench/extract.bench.ts, in its own process so that its peak RSS is its own, and in plain
// JavaScript over the built dist/ (what the CLI runs) so that no TypeScript loader adds its own memory or CPU.
// usage: node bench/extract-child.mjs <extract|extract-cold|remark> <input file> <path the article is read as> <repeats>
// `extract-cold` skips the warm-up pass: one pass in a fresh process, as the CLI runs it, for its peak RSS (the
// warm-up's own garbage and heap growth are not what a user's one run meets).
import { readFileSync } from 'node:fs';

const [mode = 'extract', file = '', path = 'article.md', repeats = '1'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const reps = Number(repeats);
/** Large inputs warm the JIT on their first bytes only, so the measured pass is the first full one. */
const WARM_CHARS = 200_000;
const warm = text.length > WARM_CHARS ? text.slice(0, WARM_CHARS) : text;

let run;
let tagger = () => false;
if (mode === 'remark') {
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const { chunks } = await import('../dist/ingest/markdown-blocks.js');
  const parser = unified().use(remarkParse);
  // the same pieces extraction parses (remark on a multi-megabyte string at once is far slower than in pieces)
  run = () => chunks(text).reduce((n, [s, e]) => n + parser.parse(text.slice(s, e)).children.length, 0);
  parser.parse(warm);
} else {
  const { ingestText } = await import('../dist/ingest/index.js');
  const { extractClaims } = await import('../dist/extract/index.js');
  tagger = (await import('../dist/lang/nlp.js')).taggerLoaded;
  run = () => extractClaims(ingestText(text, path)).length;
  if (mode !== 'extract-cold') extractClaims(ingestText(warm, path)); // JIT, regex compilation
}
// CPU time, not wall time: the machine is shared, and a busy neighbour stretches only the wall clock
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let claims = 0;
for (let i = 0; i < reps; i++) claims = run();
const cpu = process.cpuUsage(cpu0);
process.stdout.write(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    ms: (cpu.user + cpu.system) / 1000 / reps,
    wallMs: (performance.now() - t0) / reps,
    claims,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    tagger: tagger(),
  }),
);
