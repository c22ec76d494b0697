/**
 * `npm run eval`: run the built CLI on every labelled article in eval/articles, compare the JSON
 * report with eval/gold/<name>.json and print the quality metrics (definitions in eval/README.md).
 * `--set holdout` runs the held-out articles instead (eval/holdout/gold → eval/holdout/results.json),
 * `--set fresh` a second held-out set, written after the first one was used for a fix (eval/fresh/gold →
 * eval/fresh/results.json), `--set all` every set pooled (→ eval/holdout/results-all.json).
 * `--counterfactual` then runs the counterfactual suite (eval/counterfactual/README.md) with the same index;
 * `--build-index` runs it too, so CI fails on a distortion that comes back verified; `--counterfactual-only`
 * runs the suite and nothing else.
 * Exit 1 when any gold unverified/contradicted claim comes back verified, or any distortion does; 2 on a broken setup.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { JsonReport } from '../src/schema/report.js';
import { GoldFile } from './gold-schema.js';
import { GOLD_SETS, GOLD_SET_NAMES, REPO } from './sets.js';
import { GOLD_STATUSES } from './gold-schema.js';
import { TOOL_COLUMNS, overall, scoreArticle, type ArticleMetrics, type ClaimRef, type Ratio, type ToolClaim } from './metrics.js';
import { runSuite } from './counterfactual/suite.js';
import { gate } from './counterfactual/gate.js';

const run = promisify(execFile);
const CLI = join(REPO, 'bin/claimcheck.js');
/** Each gold set of eval/sets.ts with its results file, and `all` (every set, pooled). */
const SETS = {
  main: { goldDirs: [GOLD_SETS.main], results: join(REPO, 'eval/results.json') },
  holdout: { goldDirs: [GOLD_SETS.holdout], results: join(REPO, 'eval/holdout/results.json') },
  fresh: { goldDirs: [GOLD_SETS.fresh], results: join(REPO, 'eval/fresh/results.json') },
  unseen: { goldDirs: [GOLD_SETS.unseen], results: join(REPO, 'eval/unseen/results.json') },
  all: { goldDirs: GOLD_SET_NAMES.map((n) => GOLD_SETS[n]), results: join(REPO, 'eval/holdout/results-all.json') },
} as const;
type SetName = keyof typeof SETS;
const isSetName = (s: string): s is SetName => Object.hasOwn(SETS, s);
const CORPUS = resolve(REPO, '../shared/corpus');
/** The check date the articles were written against; fixed so that date rules give the same answer every run. */
const DEFAULT_AS_OF = '2026-12-01';

const TARGETS = { extractionRecall: 0.9, inventedRecall: 0.9, balancedAgreement: 0.8, documentedRecall: 0.8, urlHit: 0.6 };

interface Options {
  buildIndex: boolean;
  json: boolean;
  article: string | undefined;
  asOf: string;
  set: SetName;
  counterfactual: boolean;
  counterfactualOnly: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      'build-index': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      article: { type: 'string' },
      'as-of': { type: 'string', default: DEFAULT_AS_OF },
      set: { type: 'string', default: 'main' },
      counterfactual: { type: 'boolean', default: false },
      'counterfactual-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(
      'usage: npm run eval -- [--build-index] [--json] [--article <name>] [--as-of YYYY-MM-DD] [--set main|holdout|fresh|unseen|all] [--counterfactual | --counterfactual-only]\n' +
        '  --build-index  index ../shared/corpus into a temporary index first and check with it (runs the counterfactual suite too)\n' +
        '  --counterfactual       after the set, run the counterfactual suite (eval/counterfactual) with the same index\n' +
        '  --counterfactual-only  run only the counterfactual suite\n' +
        '  --json         print eval/results.json content instead of the tables\n' +
        '  --article      only this article (file name, with or without extension)\n' +
        '  --set          main (default: eval/gold), holdout (eval/holdout/gold), fresh (eval/fresh/gold), unseen (eval/unseen/gold, never used for tuning) or all\n',
    );
    process.exit(0);
  }
  const set = values.set ?? 'main';
  if (!isSetName(set)) throw new Error(`--set must be main, holdout, fresh, unseen or all (got "${set}")`);
  const buildIndex = values['build-index'] ?? false;
  const counterfactualOnly = values['counterfactual-only'] ?? false;
  return {
    buildIndex,
    json: values.json ?? false,
    article: values.article,
    asOf: values['as-of'] ?? DEFAULT_AS_OF,
    set,
    counterfactual: counterfactualOnly || buildIndex || (values.counterfactual ?? false),
    counterfactualOnly,
  };
}

async function cli(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [CLI, ...args], { cwd: REPO, maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

interface IndexChoice {
  path: string | undefined;
  origin: string;
  cleanup?: () => void;
  buildMs?: number;
}

async function chooseIndex(opts: Options): Promise<IndexChoice> {
  if (opts.buildIndex) {
    if (!existsSync(CORPUS)) throw new Error(`--build-index needs the corpus at ${CORPUS}`);
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-eval-'));
    const path = join(dir, 'index.sqlite');
    const t0 = performance.now();
    for (const [sub, preset] of [
      ['entra-docs', 'entra-docs'],
      ['memdocs', 'memdocs'],
      ['azure-docs', 'azure-docs'],
      ['msgraph-metadata', 'msgraph-metadata'],
    ] as const) {
      const src = join(CORPUS, sub);
      if (!existsSync(src)) continue;
      await cli(['corpus', 'add', src, '--preset', preset, '--index', path]);
    }
    return { path, origin: `built from ${CORPUS}`, cleanup: () => rmSync(dir, { recursive: true, force: true }), buildMs: performance.now() - t0 };
  }
  const env = process.env['CLAIMCHECK_INDEX'];
  if (env) return { path: resolve(env), origin: 'CLAIMCHECK_INDEX' };
  const def = join(REPO, '.claimcheck/index.sqlite');
  if (existsSync(def)) return { path: def, origin: '.claimcheck/index.sqlite' };
  return { path: undefined, origin: 'none (committed packs only)' };
}

interface Loaded {
  name: string;
  articlePath: string;
  text: string;
  gold: GoldFile;
}

function loadGold(filter: string | undefined, goldDirs: readonly string[]): Loaded[] {
  const files = goldDirs.flatMap((dir) =>
    (existsSync(dir) ? readdirSync(dir) : [])
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ dir, f })),
  );
  const out: Loaded[] = [];
  for (const { dir, f } of files) {
    const gold = GoldFile.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    const articlePath = resolve(REPO, gold.article);
    const name = basename(articlePath);
    if (filter && filter !== name && filter !== basename(f, '.json')) continue;
    const text = readFileSync(articlePath, 'utf8').replace(/^\uFEFF/, '');
    for (const c of gold.claims) if (!text.includes(c.quote)) throw new Error(`${f}: quote not in ${gold.article}: ${JSON.stringify(c.quote)}`);
    out.push({ name, articlePath, text, gold });
  }
  if (filter && out.length === 0) throw new Error(`no gold file for article "${filter}" in ${goldDirs.map((d) => relative(REPO, d)).join(', ')}`);
  return out;
}

async function checkOne(a: Loaded, index: string | undefined, asOf: string): Promise<{ claims: ToolClaim[]; ms: number }> {
  const t0 = performance.now();
  const args = ['check', a.articlePath, '--no-ledger', '--format', 'json', '--fail-on', 'none', '--as-of', asOf];
  if (index) args.push('--index', index);
  const report = JsonReport.parse(JSON.parse(await cli(args)));
  return { claims: report.claims, ms: performance.now() - t0 };
}

async function pool<T, R>(items: readonly T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i] as T);
      }
    }),
  );
  return out;
}

// ---------- printing ----------
const pct = (r: Ratio): string => (r.value === null ? '   n/a' : `${(r.value * 100).toFixed(1).padStart(5)}%`);
const frac = (r: Ratio): string => `${pct(r)} (${r.num}/${r.den})`;
const num = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(3));
const cut = (s: string, n = 110): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function row(name: string, m: Omit<ArticleMetrics, 'article'>): string {
  return [
    name.padEnd(34),
    pct(m.spanIntegrity).padStart(7),
    pct(m.extractionRecall).padStart(7),
    String(m.spurious.count).padStart(5),
    pct(m.statusAgreement).padStart(7),
    num(m.balancedAgreement).padStart(6),
    pct(m.documentedRecall).padStart(7),
    String(m.falseVerified.length).padStart(4),
    pct(m.inventedRecall).padStart(7),
    pct(m.urlHit).padStart(7),
  ].join(' ');
}

function refLine(r: ClaimRef): string {
  const lines = [`  - "${cut(r.quote)}"`, `      gold ${r.gold} → tool ${r.tool}${r.toolQuote && r.toolQuote !== r.quote ? ` (tool span: "${cut(r.toolQuote, 80)}")` : ''}`];
  if (r.toolUrls?.length) lines.push(`      evidence: ${r.toolUrls.slice(0, 2).join(' , ')}`);
  if (r.goldUrl) lines.push(`      gold url: ${r.goldUrl}`);
  for (const f of (r.findings ?? []).slice(0, 3)) lines.push(`      ${cut(f, 140)}`);
  return lines.join('\n');
}

function print(per: ArticleMetrics[], all: Omit<ArticleMetrics, 'article'>, meta: Record<string, unknown>): void {
  const out: string[] = [];
  out.push(`claimcheck eval — set ${String(meta['set'])}, ${per.length} articles, index: ${String(meta['index'])}, as-of ${String(meta['asOf'])}`);
  out.push('');
  out.push(`${'article'.padEnd(34)}   spans  recall  spur  status  balan   docum  f-v   invent  url-hit`);
  for (const m of per) out.push(row(m.article, m));
  out.push(row('OVERALL', all));
  out.push('');
  out.push(`span integrity          ${frac(all.spanIntegrity)}`);
  out.push(`extraction recall       ${frac(all.extractionRecall)}   target ≥ ${TARGETS.extractionRecall}`);
  out.push(`checkworthy agreement   ${frac(all.checkworthyAgreement)}`);
  out.push(`spurious checkworthy    ${all.spurious.count} of ${all.toolCheckworthy} tool checkworthy claims (${pct(all.spurious.rate).trim()})`);
  out.push(`status agreement        ${frac(all.statusAgreement)}`);
  out.push(
    `balanced agreement      ${num(all.balancedAgreement)}   target ≥ ${TARGETS.balancedAgreement}   per status: ${Object.entries(all.perStatusRecall)
      .map(([k, r]) => `${k} ${pct(r as Ratio).trim()}`)
      .join(', ')}`,
  );
  out.push(`documented-fact recall  ${frac(all.documentedRecall)}   target ≥ ${TARGETS.documentedRecall}`);
  out.push(`false verified          ${all.falseVerified.length}   target 0   (false partly-verified: ${all.falsePartlyVerified.length})`);
  out.push(`invented recall         ${frac(all.inventedRecall)}   target ≥ ${TARGETS.inventedRecall}`);
  out.push(`evidence-URL hit        ${frac(all.urlHit)}   target ≥ ${TARGETS.urlHit}   (same anchor too: ${frac(all.urlExactHit)})`);
  out.push('');
  out.push('confusion matrix (rows gold, columns tool)');
  const short: Record<string, string> = { verified: 'verif', 'partly-verified': 'partly', contradicted: 'contra', unverified: 'unver', 'not-checkable': 'n-chk', missing: 'miss' };
  out.push(`${''.padEnd(16)}${TOOL_COLUMNS.map((t) => (short[t] ?? t).padStart(7)).join('')}`);
  for (const g of GOLD_STATUSES) out.push(`${g.padEnd(16)}${TOOL_COLUMNS.map((t) => String(all.confusion[g][t]).padStart(7)).join('')}`);
  if (all.spanIntegrity.broken.length) {
    out.push('', 'broken spans (quote ≠ article slice):');
    for (const b of all.spanIntegrity.broken) out.push(`  - ${b.id} "${cut(b.quote)}"`);
  }
  const section = (title: string, articleRefs: [string, ClaimRef[]][]): void => {
    const n = articleRefs.reduce((k, [, rs]) => k + rs.length, 0);
    if (!n) return;
    out.push('', `${title} (${n}):`);
    for (const [a, rs] of articleRefs)
      if (rs.length) {
        out.push(` ${a}`);
        for (const r of rs) out.push(refLine(r));
      }
  };
  section(
    'FALSE VERIFIED — gold unverified/contradicted, tool verified',
    per.map((m) => [m.article, m.falseVerified]),
  );
  section(
    'false partly-verified — gold unverified/contradicted, tool partly-verified',
    per.map((m) => [m.article, m.falsePartlyVerified]),
  );
  section(
    'worst misses: invented specifics the tool verified',
    per.map((m) => [m.article, m.verifiedInvented]),
  );
  section(
    'worst misses: documented facts the tool did not verify',
    per.map((m) => [m.article, m.missedDocumented]),
  );
  section(
    'evidence-URL misses (both verified, different page)',
    per.map((m) => [m.article, m.urlMisses]),
  );
  const sp = per.filter((m) => m.spurious.count);
  if (sp.length) {
    out.push('', `spurious checkworthy claims (${all.spurious.count}):`);
    for (const m of sp) {
      out.push(` ${m.article}`);
      for (const c of m.spurious.claims) out.push(`  - [${c.status}] "${cut(c.quote)}"`);
    }
  }
  out.push('', `runtime: ${String(meta['runtimeMs'])} ms total${meta['indexBuildMs'] !== undefined ? `, index build ${String(meta['indexBuildMs'])} ms` : ''}; checks ${String(meta['checkMs'])}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

/** The counterfactual suite with the chosen index; 1 when any distortion came back verified. */
async function counterfactual(index: IndexChoice, opts: Options): Promise<number> {
  const summary = await runSuite({ index: index.path, asOf: opts.asOf, perKind: 1, print: !opts.json });
  const verdict = gate(summary.verified, summary.probes);
  process.stderr.write(`${verdict.line} (eval/counterfactual/results.json)\n`);
  return verdict.code;
}

async function main(): Promise<number> {
  const t0 = performance.now();
  const opts = options();
  if (!existsSync(CLI) || !existsSync(join(REPO, 'dist'))) throw new Error('the CLI is not built: run `npm run build` (npm run eval does)');
  if (opts.counterfactualOnly) {
    const index = await chooseIndex(opts);
    try {
      return await counterfactual(index, opts);
    } finally {
      index.cleanup?.();
    }
  }
  const articles = loadGold(opts.article, SETS[opts.set].goldDirs);
  const index = await chooseIndex(opts);
  try {
    const checks = await pool(articles, 3, (a) => checkOne(a, index.path, opts.asOf));
    const per = articles.map((a, i) => scoreArticle(a.name, a.text, a.gold.claims, (checks[i] as { claims: ToolClaim[] }).claims));
    const all = overall(per);
    const meta = {
      generatedAt: new Date().toISOString(),
      set: opts.set,
      asOf: opts.asOf,
      index: index.origin,
      indexBuildMs: index.buildMs === undefined ? undefined : Math.round(index.buildMs),
      runtimeMs: Math.round(performance.now() - t0),
      checkMs: Object.fromEntries(articles.map((a, i) => [a.name, Math.round((checks[i] as { ms: number }).ms)])),
      targets: TARGETS,
    };
    const { pairs: _pairs, ...overallNoPairs } = all;
    const results = { ...meta, overall: overallNoPairs, articles: per };
    writeFileSync(SETS[opts.set].results, `${JSON.stringify(results, null, 2)}\n`);
    if (opts.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    else
      print(per, all, {
        ...meta,
        checkMs: Object.entries(meta.checkMs)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(', '),
      });
    const counterfactualCode = opts.counterfactual ? await counterfactual(index, opts) : 0;
    if (all.falseVerified.length > 0) {
      process.stderr.write(
        `eval: FAIL — ${all.falseVerified.length} claim(s) labelled unverified/contradicted came back verified (a false "verified" is the worst error the tool can make):\n` +
          all.falseVerified.map((r) => `  - "${cut(r.quote)}"${r.toolUrls ? ` (evidence ${r.toolUrls[0]})` : ''}`).join('\n') +
          '\n',
      );
      return 1;
    }
    return counterfactualCode;
  } finally {
    index.cleanup?.();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
