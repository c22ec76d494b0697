/**
 * What a user runs: one `claimcheck` process per command, timed by the CPU time it uses (bench/cpu-probe.mjs),
 * each beside its floor measured in the same run, interleaved run by run so a busy machine stretches both:
 * - `--version` and a one-shot `check` of the bundled article, each ÷ `node -e 0` (targets: `--version` ≤ 2×);
 * - `check` of the article repeated 16 times ÷ `check` of the article once (target ≤ 17×).
 * The docs index is CLAIMCHECK_INDEX or .claimcheck/index.sqlite when present, else the committed packs alone.
 * CLAIMCHECK_BENCH_BASE=<another built checkout> adds its `--version` and `check` to the same runs (before/after).
 * Run alone: node --import tsx bench/cli.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { BenchRow } from './row.js';

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');
const probe = join(root, 'bench', 'cpu-probe.mjs');
const article = join(root, 'sources', 'azure-latch-codes.md');
const indexPath = resolve(root, process.env['CLAIMCHECK_INDEX'] ?? '.claimcheck/index.sqlite');
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
const STARTUP_RUNS = 7;
const CHECK_RUNS = 3;

interface Sample {
  cpuMs: number;
  maxRssMb: number;
  wallMs: number;
}

/** One process under the probe; exit codes 0 and 1 (claims matched --fail-on) both count as a run. */
function once(args: string[], probeFile: string): Sample {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', probe, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, CLAIMCHECK_CPU_PROBE: probeFile } });
  const wallMs = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const last = readFileSync(probeFile, 'utf8').trim().split('\n').pop() ?? '{}';
  return { ...(JSON.parse(last) as Omit<Sample, 'wallMs'>), wallMs };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const cpu = (xs: Sample[]): number => median(xs.map((x) => x.cpuMs));
const rss = (xs: Sample[]): number => median(xs.map((x) => x.maxRssMb));
const ms = (x: number): string => `${x.toFixed(0)} ms`;

export async function run(): Promise<BenchRow[]> {
  const work = mkdtempSync(join(tmpdir(), 'claimcheck-cli-bench-'));
  const probeFile = join(work, 'probe.jsonl');
  try {
    const bins: Array<[string, string]> = [['', join(root, 'bin', 'claimcheck.js')]];
    const base = process.env['CLAIMCHECK_BENCH_BASE'];
    if (base) bins.push([' (base)', join(resolve(base), 'bin', 'claimcheck.js')]);
    const useIndex = existsSync(indexPath);
    const checkArgs = (bin: string, file: string): string[] => [bin, 'check', file, '--no-ledger', '--format', 'json', '--as-of', '2026-12-01', ...(useIndex ? ['--index', indexPath] : [])];
    const text = readFileSync(article, 'utf8');
    const body = text.replace(FRONT_MATTER, '');
    const big = join(work, 'azure-latch-codes-16x.md');
    writeFileSync(big, `${text}${`\n\n${body}`.repeat(15)}`);

    const floor: Sample[] = [];
    const version = new Map<string, Sample[]>(bins.map(([k]) => [k, []]));
    for (let i = 0; i < STARTUP_RUNS; i++) {
      floor.push(once(['-e', '0'], probeFile));
      for (const [k, bin] of bins) version.get(k)?.push(once([bin, '--version'], probeFile));
    }
    const checks = new Map<string, Sample[]>(bins.map(([k]) => [k, []]));
    for (let i = 0; i < CHECK_RUNS; i++) {
      floor.push(once(['-e', '0'], probeFile));
      for (const [k, bin] of bins) checks.get(k)?.push(once(checkArgs(bin, article), probeFile));
    }
    const sixteen = once(checkArgs(bins[0]?.[1] ?? '', big), probeFile);

    const f = cpu(floor);
    const rows: BenchRow[] = [{ name: 'startup floor: node -e 0', value: +f.toFixed(0), unit: 'ms CPU', note: `median of ${floor.length}` }];
    for (const [k] of bins) {
      const v = cpu(version.get(k) ?? []);
      const c = cpu(checks.get(k) ?? []);
      rows.push({ name: `claimcheck --version${k} ÷ node -e 0`, value: +(v / f).toFixed(2), unit: '×', target: k ? '' : '≤ 2', note: `${ms(v)} vs ${ms(f)} CPU, median of ${STARTUP_RUNS}` });
      rows.push({
        name: `one-shot check, bundled article${k}: CPU`,
        value: +(c / 1000).toFixed(2),
        unit: 's',
        note: `${useIndex ? `index ${indexPath}` : 'no index: committed packs only'}; median of ${CHECK_RUNS}`,
      });
      rows.push({ name: `one-shot check, bundled article${k} ÷ node -e 0`, value: +(c / f).toFixed(1), unit: '×', note: `${ms(c)} vs ${ms(f)} CPU` });
      rows.push({ name: `one-shot check, bundled article${k}: peak RSS`, value: +rss(checks.get(k) ?? []).toFixed(0), unit: 'MB', target: k ? '' : '< 300' });
    }
    const one = cpu(checks.get('') ?? []);
    rows.push({
      name: 'one-shot check, article ×16 ÷ ×1',
      value: +(sixteen.cpuMs / one).toFixed(1),
      unit: '×',
      target: '≤ 17',
      note: `${ms(sixteen.cpuMs)} vs ${ms(one)} CPU; peak RSS ${sixteen.maxRssMb.toFixed(0)} MB`,
    });
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === here) console.table(await run());
