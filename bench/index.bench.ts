/**
 * Docs index benchmark over the unpacked Microsoft Graph docs tarball of ../shared/corpus:
 * index build time and peak RSS (target ≤ 15 s, < 400 MB), then 1,000 identifier lookups and
 * 1,000 phrase lookups (p50/p95) against a `rg -F` baseline (`grep -rF` when rg is missing).
 * Each index build runs in a child process so that its peak RSS is its own.
 * Run alone: node --import tsx bench/index.bench.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './row.js';

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');
const tarball = resolve(root, '../shared/corpus/microsoft-graph-docs-2021.tar.gz');

interface BuildResult {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  files: number;
  sections: number;
}

/** Child: index one tree into one index file, report time and peak RSS. */
async function child(dir: string, indexPath: string, mode: string): Promise<void> {
  const { DocsIndex } = await import('../src/evidence/docs-index/docs-index.js');
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const index = DocsIndex.open(indexPath, { create: true, rebuild: true });
  // 'all' indexes every markdown file (includes and snippets too) through a URL template.
  const r =
    mode === 'all' ? index.add({ dir, preset: 'graph-all', urlTemplate: 'https://example.invalid/{path}', progress: false }) : index.add({ dir, preset: 'microsoft-graph-docs', progress: false });
  index.close();
  const counts = r.kind === 'docs' ? r.counts : { files: 0, sections: 0 };
  const cpu = process.cpuUsage(cpu0);
  const out: BuildResult = { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, files: counts.files, sections: counts.sections };
  process.stdout.write(JSON.stringify(out));
}

function build(dir: string, indexPath: string, mode: 'preset' | 'all'): BuildResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', here, '--child', dir, indexPath, mode], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`index bench child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as BuildResult;
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

/** A small deterministic generator so every run samples the same terms. */
function sampler(seed = 11) {
  let x = seed;
  return <T>(xs: T[]): T | undefined => xs[(x = (x * 1103515245 + 12345) % 2147483648) % xs.length];
}

function baselineTool(): { cmd: string; args: (term: string, dir: string) => string[]; label: string } {
  const hasRg = spawnSync('rg', ['--version'], { encoding: 'utf8' }).status === 0;
  return hasRg ? { cmd: 'rg', args: (t, d) => ['-F', '-l', '--', t, d], label: 'rg -F' } : { cmd: 'grep', args: (t, d) => ['-rFl', '--', t, d], label: 'grep -rF (rg not installed)' };
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(tarball)) {
    console.warn(`index bench skipped: ${tarball} is absent`);
    return [];
  }
  const work = mkdtempSync(join(tmpdir(), 'claimcheck-index-bench-'));
  const rows: BenchRow[] = [];
  try {
    execFileSync('tar', ['xzf', tarball, '-C', work]);
    const docs = join(work, 'microsoft-graph-docs');
    const all = build(docs, join(work, 'all.sqlite'), 'all');
    rows.push({ name: 'index Graph docs, every .md: time', value: +(all.ms / 1000).toFixed(1), unit: 's', target: '≤ 15', note: `${all.files} files, ${all.sections} sections` });
    rows.push({ name: 'index Graph docs, every .md: CPU time', value: +(all.cpuMs / 1000).toFixed(1), unit: 's', note: 'wall time stretches on a busy machine; CPU time does not' });
    rows.push({ name: 'index Graph docs, every .md: peak RSS', value: +all.maxRssMb.toFixed(0), unit: 'MB', target: '< 400' });
    const pages = build(docs, join(work, 'pages.sqlite'), 'preset');
    rows.push({ name: 'index Graph docs, published pages (preset): time', value: +(pages.ms / 1000).toFixed(1), unit: 's', note: `${pages.files} pages (includes/snippets have no URL)` });
    rows.push({ name: 'index Graph docs, published pages (preset): CPU time', value: +(pages.cpuMs / 1000).toFixed(1), unit: 's' });
    rows.push({ name: 'index Graph docs, published pages (preset): peak RSS', value: +pages.maxRssMb.toFixed(0), unit: 'MB' });

    const { DocsIndex } = await import('../src/evidence/docs-index/docs-index.js');
    const index = DocsIndex.open(join(work, 'pages.sqlite'), { readonly: true });
    const source = index.sources()[0];
    if (!source) throw new Error('bench index has no source');
    const pick = sampler();
    const terms = (index.db.prepare('SELECT DISTINCT term FROM identifiers WHERE length(term) BETWEEN 4 AND 40 LIMIT 20000').all() as Array<{ term: string }>).map((r) => r.term);
    const headings = (index.db.prepare("SELECT heading FROM sections WHERE heading LIKE '% % %' LIMIT 20000").all() as Array<{ heading: string }>).map((r) => r.heading);
    const idQueries = Array.from({ length: 1000 }, (_, i) => (i % 10 === 9 ? `absentIdentifier${i}` : (pick(terms) ?? 'user')));
    const phraseQueries = Array.from({ length: 1000 }, () => (pick(headings) ?? 'list users').split(' ').slice(0, 3).join(' '));

    const time = async (qs: string[]): Promise<number[]> => {
      const out: number[] = [];
      for (const q of qs) {
        const t0 = performance.now();
        await source.findTerm(q);
        out.push(performance.now() - t0);
      }
      return out;
    };
    const ids = await time(idQueries);
    const phrases = await time(phraseQueries);
    index.close();

    // Baseline: a fixed-string scan of the same tree; 20 lookups (1,000 would take many minutes).
    const tool = baselineTool();
    const base: number[] = [];
    for (const q of idQueries.slice(0, 20)) {
      const t0 = performance.now();
      spawnSync(tool.cmd, tool.args(q, docs), { encoding: 'utf8', maxBuffer: 64 << 20 });
      base.push(performance.now() - t0);
    }
    const b50 = pct(base, 50);
    for (const [label, xs] of [
      ['identifier lookup', ids],
      ['phrase lookup', phrases],
    ] as const) {
      rows.push({ name: `${label} (1,000): p50`, value: +pct(xs, 50).toFixed(2), unit: 'ms' });
      rows.push({ name: `${label} (1,000): p95`, value: +pct(xs, 95).toFixed(2), unit: 'ms' });
      rows.push({ name: `${label}: speed-up vs ${tool.label} (p50)`, value: +(b50 / Math.max(pct(xs, 50), 0.001)).toFixed(0), unit: '×', target: '≥ 100' });
    }
    rows.push({ name: `${tool.label} over the tree (20 lookups): p50`, value: +b50.toFixed(0), unit: 'ms' });
    rows.push({ name: `${tool.label} over the tree (20 lookups): p95`, value: +pct(base, 95).toFixed(0), unit: 'ms' });
    rows.push({ name: 'load average (1 min) during the run', value: +(loadavg()[0] ?? 0).toFixed(1), unit: '', note: `${cpus().length} CPUs` });
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] ?? '.', process.argv[4] ?? 'bench.sqlite', process.argv[5] ?? 'preset');
else if (process.argv[1] === here) console.table(await run());
