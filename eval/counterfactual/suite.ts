/**
 * The counterfactual suite: seeds → probe articles → one CLI run per article → scores by kind, printed and
 * written to eval/counterfactual/results.json. `eval/run.ts` and `eval/counterfactual/run.ts` both call it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JsonReport } from '../../src/schema/report.js';
import { REPO } from '../sets.js';
import { DISTORTION_KINDS, type DistortionKind } from './distort.js';
import { loadSeeds } from './gold.js';
import { buildArticles, countStillTrue, type ProbeArticle } from './probes.js';
import { OUTCOMES, scoreProbe, tally, type ProbeResult, type Row } from './score.js';

const run = promisify(execFile);
const CLI = join(REPO, 'bin/claimcheck.js');
export const RESULTS = join(REPO, 'eval/counterfactual/results.json');
/** How many verified distortions the printout and results.json list as examples. */
const EXAMPLES = 15;

export interface SuiteOptions {
  index: string | undefined;
  asOf: string;
  /** Distortions of each kind per seed (default 1). */
  perKind: number;
  /** Only these kinds (default all). */
  kinds?: readonly DistortionKind[];
  /** Where eval-real's gold keys are (default ../shared/eval-real/gold). */
  realDir?: string;
  /** Results file (default eval/counterfactual/results.json). */
  out?: string;
  /** Print the table (default true). */
  print?: boolean;
}

export interface SuiteSummary {
  verified: number;
  probes: number;
  byKind: Record<string, Row>;
  total: Row;
}

async function checkArticle(dir: string, article: ProbeArticle, index: string | undefined, asOf: string): Promise<ProbeResult[]> {
  const file = join(dir, `${article.name}.md`);
  writeFileSync(file, article.text);
  const args = [CLI, 'check', file, '--no-ledger', '--format', 'json', '--fail-on', 'none', '--as-of', asOf];
  if (index) args.push('--index', index);
  const { stdout } = await run(process.execPath, args, { cwd: REPO, maxBuffer: 256 * 1024 * 1024 });
  const report = JsonReport.parse(JSON.parse(stdout));
  return article.probes.map((p) => scoreProbe(p, report.claims));
}

/** Up to `n` results taken in turn from each kind, so the examples show every kind that failed. */
function spreadByKind(results: readonly ProbeResult[], n: number): ProbeResult[] {
  const queues = DISTORTION_KINDS.map((k) => results.filter((r) => r.probe.kind === k));
  const out: ProbeResult[] = [];
  for (let i = 0; out.length < n && queues.some((q) => q.length > i); i++) {
    for (const q of queues) {
      const r = q[i];
      if (r && out.length < n) out.push(r);
    }
  }
  return out;
}

async function gitCommit(): Promise<string> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO });
    return stdout.trim();
  } catch {
    return 'unknown';
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const cut = (s: string, n = 150): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function tableLines(byKind: Record<string, Row>, total: Row): string[] {
  const head = ['kind'.padEnd(16), 'probes', 'VERIFIED', 'partly', 'contra', 'flagged', 'unver', 'n-chk', 'none', 'catch', 'orig-v', 'leak'];
  const counts = (r: Row): number[] => [r.probes, r.verified, r['partly-verified'], r.contradicted, r.flagged, r.unverified, r['not-checkable'], r.none];
  const line = (name: string, r: Row): string =>
    [
      name.padEnd(16),
      ...counts(r).map((v, i) => String(v).padStart((head[i + 1] ?? '').length)),
      pct(r.flagged, r.probes),
      String(r.originalVerified).padStart(6),
      pct(r.leaked, r.originalVerified),
    ].join(' ');
  return [head.join(' '), ...DISTORTION_KINDS.map((k) => line(k, byKind[k] as Row)), line('TOTAL', total)];
}

/** Runs the suite; the caller decides the exit code from `verified`. */
export async function runSuite(opts: SuiteOptions): Promise<SuiteSummary> {
  const t0 = performance.now();
  const { seeds, skipped } = loadSeeds(opts.realDir);
  for (const s of skipped) process.stdout.write(`counterfactual: skipped ${s}\n`);
  const articles = buildArticles(seeds, opts.perKind, opts.kinds);
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-cf-'));
  let results: ProbeResult[] = [];
  try {
    for (const a of articles) results = results.concat(await checkArticle(dir, a, opts.index, opts.asOf));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const control = results.filter((r) => r.probe.kind === 'control');
  const probes = results.filter((r) => r.probe.kind !== 'control');
  const verifiedOriginals = new Set(control.filter((r) => r.outcome === 'verified').map((r) => r.probe.original));
  const originalOutcome = new Map(control.map((r) => [r.probe.original, r.outcome]));
  const { byKind, total } = tally(probes, verifiedOriginals);
  const controlRow = Object.fromEntries(OUTCOMES.map((o) => [o, control.filter((r) => r.outcome === o).length]));
  const verified = probes.filter((r) => r.outcome === 'verified');
  const examples = spreadByKind(verified, EXAMPLES);
  const example = (r: ProbeResult) => ({ kind: r.probe.kind, set: r.probe.set, detail: r.probe.detail, original: r.probe.original, distorted: r.probe.sentence });
  const setNames = [...new Set(seeds.map((s) => s.set))];
  const bySet = Object.fromEntries(setNames.map((set) => [set, seeds.filter((s) => s.set === set).length]));
  const verifiedBySet = Object.fromEntries(
    setNames.map((set) => {
      const ofSet = probes.filter((r) => r.probe.set === set);
      return [set, { probes: ofSet.length, verified: ofSet.filter((r) => r.outcome === 'verified').length }];
    }),
  );
  const summary = {
    generatedAt: new Date().toISOString(),
    commit: await gitCommit(),
    index: opts.index ?? 'default',
    asOf: opts.asOf,
    perKind: opts.perKind,
    kinds: opts.kinds ?? DISTORTION_KINDS,
    seeds: { total: seeds.length, bySet, skipped },
    leftOutAsStillTrue: countStillTrue(seeds),
    control: { total: control.length, ...controlRow },
    byKind,
    total,
    bySet: verifiedBySet,
    runtimeMs: Math.round(performance.now() - t0),
    verifiedExamples: examples.map(example),
    probes: probes.map((r) => ({
      ...example(r),
      id: r.probe.id,
      changed: r.probe.changed,
      outcome: r.outcome,
      originalOutcome: originalOutcome.get(r.probe.original) ?? 'none',
      flagged: r.flagged,
      statuses: r.statuses,
      findings: r.findings,
    })),
  };
  writeFileSync(opts.out ?? RESULTS, `${JSON.stringify(summary, null, 2)}\n`);
  if (opts.print ?? true) {
    const out = [
      '',
      `counterfactual suite — ${seeds.length} verified gold claims (${Object.entries(bySet)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}), ${probes.length} distortions, index ${summary.index}, as-of ${opts.asOf}`,
      '',
      ...tableLines(byKind, total),
      '',
      `control (undistorted originals): verified ${controlRow['verified']} / partly ${controlRow['partly-verified']} / total ${control.length}`,
      `verified by gold set: ${Object.entries(verifiedBySet)
        .map(([k, v]) => `${k} ${v.verified}/${v.probes}`)
        .join(', ')}`,
      `left out: ${summary.leftOutAsStillTrue} generated distortion(s) reviewed as still true (eval/counterfactual/reviewed.ts)`,
      'flagged: contradicted, or a finding of a claim over the change names a changed word or a conflict; catch = flagged / probes',
      'orig-v: distortions whose undistorted original came back verified; leak: share of those whose distortion came back verified too',
    ];
    if (verified.length) {
      out.push('', `distortions that came back verified (${verified.length}; ${examples.length} examples across kinds):`);
      for (const r of examples) out.push(`  [${r.probe.kind}] ${r.probe.detail}`, `      ${cut(r.probe.sentence)}`);
    }
    out.push('', `runtime ${summary.runtimeMs} ms; results in ${opts.out ?? RESULTS}`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return { verified: verified.length, probes: probes.length, byKind, total };
}
