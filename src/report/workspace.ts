import { maskControls, maskControlsDeep } from '../errors.js';
import pc from 'picocolors';
import type { Ledger, Status } from '../schema/index.js';
import { STATUSES } from '../schema/index.js';
import { ClaimcheckError } from '../errors.js';
import { countByStatus, reportClaims } from './claims.js';
import { conceptKey, decisionOfClaims } from './decision/index.js';
import { toJsonReport } from './json-report.js';
import { getFormatter } from './index.js';
import { toInline, truncate } from './text.js';
import type { FormatOptions, Formatter } from './types.js';

/**
 * Reports over many articles (issue 19): one workspace decision summary first, then each article as its
 * own formatter renders it; JSON and SARIF gather every article into one document. The per-article
 * formatters are used as they are; this module only adds the outer layer.
 */

/** One article of a workspace report: its ledger and what its formatter needs to know. */
export interface WorkspaceArticle {
  ledger: Ledger;
  options: Partial<FormatOptions>;
  /** What this run changed in its ledger (absent for `report`, which changes nothing). */
  changes?: { added: number; stale: number; removed: number };
}

export interface WorkspaceSummary {
  articles: number;
  claims: number;
  checkworthy: number;
  byStatus: Record<Status, number>;
  /** Articles whose verdict is "mostly supported". */
  safe: string[];
  /** Other articles with their one-sentence verdict. */
  notSafe: Array<{ article: string; verdict: string; rule: string }>;
  /** Concepts no source names, with the articles that use them (by first spelling seen). */
  undocumented: Array<{ name: string; articles: string[]; claims: number }>;
  reused: number;
  suppressed: number;
  changes?: { added: number; stale: number; removed: number };
}

export function workspaceSummary(articles: readonly WorkspaceArticle[]): WorkspaceSummary {
  const all = articles.flatMap((a) => reportClaims(a.ledger));
  const safe: string[] = [];
  const notSafe: WorkspaceSummary['notSafe'] = [];
  const concepts = new Map<string, { name: string; articles: Set<string>; claims: number }>();
  for (const a of articles) {
    const d = decisionOfClaims(reportClaims(a.ledger));
    if (d.verdict.rule === 'mostly-verified') safe.push(a.ledger.article);
    else notSafe.push({ article: a.ledger.article, verdict: d.verdict.text, rule: d.verdict.rule });
    for (const k of d.unknownConcepts) {
      const key = conceptKey(k.name);
      const entry = concepts.get(key) ?? { name: k.name, articles: new Set<string>(), claims: 0 };
      entry.articles.add(a.ledger.article);
      entry.claims += k.dependents.length;
      concepts.set(key, entry);
    }
  }
  const undocumented = [...concepts.values()]
    .map((k) => ({ name: k.name, articles: [...k.articles].sort(), claims: k.claims }))
    .sort((x, y) => y.articles.length - x.articles.length || y.claims - x.claims || (x.name < y.name ? -1 : 1));
  const out: WorkspaceSummary = {
    articles: articles.length,
    claims: all.length,
    checkworthy: all.filter((c) => c.checkworthy).length,
    byStatus: countByStatus(all.filter((c) => !c.suppressed)),
    safe,
    notSafe,
    undocumented,
    reused: all.filter((c) => c.origin === 'reused').length,
    suppressed: all.filter((c) => c.suppressed).length,
  };
  const changed = articles.filter((a) => a.changes);
  if (changed.length > 0) {
    out.changes = changed.reduce((s, a) => ({ added: s.added + (a.changes?.added ?? 0), stale: s.stale + (a.changes?.stale ?? 0), removed: s.removed + (a.changes?.removed ?? 0) }), {
      added: 0,
      stale: 0,
      removed: 0,
    });
  }
  return out;
}

/** How many not-yet-safe articles the summary names before it says "and N more". */
const NOT_SAFE_SHOWN = 10;

const plural = (k: number, one: string, many = `${one}s`): string => `${k} ${k === 1 ? one : many}`;

/** The workspace block printed before the articles in the terminal and markdown reports. */
export function workspaceLines(s: WorkspaceSummary, width: number, color: boolean): string[] {
  const c = pc.createColors(color);
  const out = [c.bold(c.underline(`Workspace: ${plural(s.articles, 'article')}, ${plural(s.claims, 'claim')} (${s.checkworthy} checkworthy)`))];
  const counts = STATUSES.filter((st) => s.byStatus[st] > 0).map((st) => `${s.byStatus[st]} ${st}`);
  if (counts.length > 0) out.push(c.dim(truncate(counts.join(' · '), width)));
  out.push(`${c.bold('Safe to build on:')} ${s.safe.length === 0 ? 'no article is mostly supported by the documentation' : truncate(s.safe.join(', '), width - 18)}`);
  for (const a of s.notSafe.slice(0, NOT_SAFE_SHOWN)) out.push(truncate(`  ${a.article}: ${toInline(a.verdict)}`, width));
  if (s.notSafe.length > NOT_SAFE_SHOWN) out.push(c.dim(`  … and ${plural(s.notSafe.length - NOT_SAFE_SHOWN, 'more article')} (each verdict is in its own report below)`));
  if (s.undocumented.length > 0) {
    const items = s.undocumented.slice(0, 8).map((k) => `${toInline(k.name)} (${plural(k.articles.length, 'article')})`);
    const more = s.undocumented.length > 8 ? `, … and ${s.undocumented.length - 8} more` : '';
    out.push(truncate(`${c.bold('Undocumented across articles:')} ${items.join(', ')}${more}`, width));
  }
  if (s.changes) out.push(`${c.bold('Changed this run:')} ${plural(s.changes.added, 'claim')} added, ${s.changes.stale} stale, ${s.changes.removed} removed`);
  if (s.reused > 0 || s.suppressed > 0) {
    out.push(c.dim(`${plural(s.reused, 'verdict')} reused from other articles (not reviewed until confirmed with \`claimcheck review\`) · ${s.suppressed} suppressed`));
  }
  return out;
}

function renderOne(formatter: Formatter, a: WorkspaceArticle, base: FormatOptions): string {
  return formatter.render(a.ledger, { ...base, ...a.options });
}

/** SARIF: one run, every article an artifact, every result pointing at its article (rules merged by id). */
function mergeSarif(articles: readonly WorkspaceArticle[], base: FormatOptions): string {
  interface Run {
    tool: { driver: { rules: Array<{ id: string }> } & Record<string, unknown> };
    artifacts: unknown[];
    results: Array<{ ruleId: string; ruleIndex: number; locations: Array<{ physicalLocation: { artifactLocation: { index: number } } }> }>;
  }
  const logs = articles.map((a) => JSON.parse(renderOne(getFormatter('sarif'), a, base)) as { runs: Run[] } & Record<string, unknown>);
  const first = logs[0];
  const firstRun = first?.runs[0];
  if (!first || !firstRun) return `${JSON.stringify({ version: '2.1.0', runs: [] }, null, 2)}\n`;
  const rules = new Map<string, { id: string }>();
  for (const log of logs) for (const r of log.runs[0]?.tool.driver.rules ?? []) if (!rules.has(r.id)) rules.set(r.id, r);
  const ruleIds = [...rules.keys()].sort();
  const artifacts: unknown[] = [];
  const results: Run['results'] = [];
  for (const log of logs) {
    const run = log.runs[0];
    if (!run) continue;
    const offset = artifacts.length;
    artifacts.push(...run.artifacts);
    for (const r of run.results) {
      for (const loc of r.locations) loc.physicalLocation.artifactLocation.index += offset;
      results.push({ ...r, ruleIndex: ruleIds.indexOf(r.ruleId) });
    }
  }
  const run = { ...firstRun, tool: { driver: { ...firstRun.tool.driver, rules: ruleIds.map((id) => rules.get(id)) } }, artifacts, results };
  return `${JSON.stringify({ ...first, runs: [run] }, null, 2)}\n`;
}

/**
 * Render a report over many articles. One article renders exactly as it always has (the single-article
 * JSON and SARIF shapes stay); more than one gets the workspace layer.
 */
export function renderWorkspace(format: Formatter['name'], given: readonly WorkspaceArticle[], base: FormatOptions): string {
  const formatter = getFormatter(format);
  // a terminal shows article text, ledger fields and URLs with their control characters masked
  const articles = format === 'terminal' ? given.map(maskedForTerminal) : given;
  const only = articles[0];
  if (articles.length === 1 && only) return renderOne(formatter, only, base);
  const summary = workspaceSummary(articles);
  switch (format) {
    case 'terminal':
      return [`${workspaceLines(summary, base.width ?? 80, base.color ?? false).join('\n')}\n`, ...articles.map((a) => renderOne(formatter, a, base))].join('\n');
    case 'markdown':
      return [
        `# Workspace\n\n${workspaceLines(summary, 10_000, false)
          .map((l, i) => (i === 0 ? `**${l}**` : `- ${l.trim()}`))
          .join('\n')}\n`,
        ...articles.map((a) => renderOne(formatter, a, base)),
      ].join('\n');
    case 'json':
      return `${JSON.stringify({ tool: { name: 'claimcheck', version: base.toolVersion }, workspace: summary, articles: articles.map((a) => toJsonReport(a.ledger, base.toolVersion)) }, null, 2)}\n`;
    case 'sarif':
      return mergeSarif(articles, base);
    case 'claimreview':
      return `${JSON.stringify(
        articles.map((a) => JSON.parse(renderOne(formatter, a, base)) as unknown),
        null,
        2,
      )}\n`;
    case 'html':
      throw new ClaimcheckError('EUSAGE', 'the html report shows one article; this run has many', {
        hint: 'use --format json, sarif, markdown or terminal for a workspace, or one `claimcheck report <article> --format html` per article',
      });
  }
}

/** An article with every control character of its ledger and text masked one for one (spans stay right). */
function maskedForTerminal(a: WorkspaceArticle): WorkspaceArticle {
  const text = a.options.articleText;
  return { ...a, ledger: maskControlsDeep(a.ledger), options: { ...a.options, ...(text !== undefined ? { articleText: maskControls(text) } : {}) } };
}
