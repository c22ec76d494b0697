/**
 * Issue 19: one `claimcheck check` over the 20-article workspace fixture against 20 separate runs, one per
 * article (what a shell loop over the files did before). Both sides write ledgers into their own copy of the
 * fixture, use the same sources (the docs index when present, else the committed packs) and the same date;
 * they alternate run by run so a busy machine stretches both. CPU time (bench/cpu-probe.mjs, summed over the
 * processes) and wall time; the target is a ratio of at least 3× in CPU time.
 * Run alone: node --import tsx bench/workspace.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { BenchRow } from './row.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const bin = join(root, 'bin', 'claimcheck.js');
const probe = join(root, 'bench', 'cpu-probe.mjs');
const fixture = join(root, 'test', 'fixtures', 'workspace');
const indexPath = resolve(root, process.env['CLAIMCHECK_INDEX'] ?? '.claimcheck/index.sqlite');
const ROUNDS = 2;

interface Sample {
  cpuMs: number;
  wallMs: number;
}

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-ws-bench-'));
  cpSync(fixture, dir, { recursive: true });
  renameSync(join(dir, 'dot-gitignore'), join(dir, '.gitignore'));
  return dir;
}

/** Processes run one after another in `cwd`; CPU summed from the probe file, wall time around all of them. */
function time(cwd: string, runs: string[][]): Sample {
  const probeFile = join(cwd, 'probe.jsonl.tmp');
  rmSync(probeFile, { force: true });
  const t0 = performance.now();
  for (const args of runs) {
    const r = spawnSync(process.execPath, ['--import', probe, bin, ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, CLAIMCHECK_CPU_PROBE: probeFile, NO_COLOR: '1' },
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  const wallMs = performance.now() - t0;
  const cpuMs = readFileSync(probeFile, 'utf8')
    .trim()
    .split('\n')
    .reduce((s, l) => s + (JSON.parse(l) as { cpuMs: number }).cpuMs, 0);
  return { cpuMs, wallMs };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

export async function run(): Promise<BenchRow[]> {
  const extra = ['--as-of', '2026-12-01', '--format', 'json', ...(existsSync(indexPath) ? ['--index', indexPath] : [])];
  const listDir = copy();
  const listing = spawnSync(process.execPath, [bin, 'check', '.', '--no-ledger', '--format', 'json', ...extra.slice(0, 2)], { cwd: listDir, encoding: 'utf8' });
  const articles = (JSON.parse(listing.stdout) as { articles: Array<{ article: { path: string } }> }).articles.map((a) => a.article.path);
  rmSync(listDir, { recursive: true, force: true });
  if (articles.length !== 20) throw new Error(`the fixture should give 20 articles, got ${articles.length}`);

  const one: Sample[] = [];
  const many: Sample[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const a = copy();
    const b = copy();
    try {
      one.push(time(a, [['check', '.', ...extra]]));
      many.push(
        time(
          b,
          articles.map((p) => ['check', p, ...extra]),
        ),
      );
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  }
  const cpuRatio = median(many.map((s) => s.cpuMs)) / median(one.map((s) => s.cpuMs));
  const wallRatio = median(many.map((s) => s.wallMs)) / median(one.map((s) => s.wallMs));
  const sources = existsSync(indexPath) ? 'docs index + packs' : 'committed packs only';
  return [
    { name: 'workspace: one run over 20 articles (CPU)', value: Math.round(median(one.map((s) => s.cpuMs))), unit: 'ms', note: `${sources}; median of ${ROUNDS}` },
    { name: 'workspace: 20 separate runs (CPU)', value: Math.round(median(many.map((s) => s.cpuMs))), unit: 'ms', note: `${sources}; median of ${ROUNDS}` },
    { name: 'workspace: 20 runs ÷ one run (CPU)', value: Number(cpuRatio.toFixed(1)), unit: '×', target: '≥ 3×' },
    {
      name: 'workspace: 20 runs ÷ one run (wall)',
      value: Number(wallRatio.toFixed(1)),
      unit: '×',
      note: `one run ${Math.round(median(one.map((s) => s.wallMs)))} ms, 20 runs ${Math.round(median(many.map((s) => s.wallMs)))} ms`,
    },
  ];
}
