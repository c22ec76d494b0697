import pc from 'picocolors';
import type { Claim, Evidence, Ledger } from '../../schema/index.js';
import type { FormatOptions, Formatter } from '../types.js';
import { checkerOf, groupBySection, isFailing, reasonOf, reportClaims, topEvidence } from '../claims.js';
import { displayWidth, padEnd, toInline, truncate } from '../text.js';
import { fitSection, terminalLink, totalsParts, urlLine } from '../terminal-parts.js';
import { paintStatus, type Colors } from '../status-style.js';
import { decisionOfClaims } from '../decision/index.js';
import { decisionLines } from '../decision/terminal.js';

interface Layout {
  width: number;
  pos: number;
  status: number;
  checker: number;
  text: number;
}

const INDENT = '  ';
const GAP = '  ';
const MIN_TEXT = 24;
/** The "@version" after a checker name. */
const VERSION_SUFFIX = /@.*$/u;

/** The checker column: the checker id, or the evidence source without its `@commit` (the header names the commits). */
function checkerLabel(claim: Claim): string {
  return toInline(checkerOf(claim)).replace(VERSION_SUFFIX, '');
}

/**
 * Column widths over the rows shown. The claim text takes what is left (no more than the longest
 * text needs); the checker column gives way first, and is dropped on very narrow terminals.
 */
/** The position column: `line:col`, with the claim id after it when asked for. */
function posLabel(claim: Claim, showIds: boolean): string {
  return showIds ? `${claim.span.line}:${claim.span.column} ${claim.id}` : `${claim.span.line}:${claim.span.column}`;
}

function layoutFor(claims: readonly Claim[], width: number, showIds: boolean): Layout {
  const pos = Math.max(3, ...claims.map((c) => posLabel(c, showIds).length));
  const status = Math.max(...claims.map((c) => c.status.length));
  const longestText = Math.max(1, ...claims.map((c) => displayWidth(toInline(c.text))));
  let checker = Math.max(1, ...claims.map((c) => displayWidth(checkerLabel(c))));
  const fixed = INDENT.length + pos + GAP.length + status + GAP.length;
  const room = width - fixed;
  if (room - GAP.length - checker < MIN_TEXT) checker = Math.max(0, room - GAP.length - MIN_TEXT);
  if (checker < 8) checker = 0;
  const text = Math.max(1, room - (checker > 0 ? GAP.length + checker : 0));
  return { width, pos, status, checker, text: Math.min(text, longestText) };
}

/** The evidence a row names: the supporting page for (partly) verified claims, the refuting one for contradicted claims. */
function rowEvidence(claim: Claim): Evidence | undefined {
  if (claim.status === 'verified' || claim.status === 'partly-verified') return topEvidence(claim);
  if (claim.status === 'contradicted') return claim.evidence.find((e) => e.stance === 'refutes');
  return undefined;
}

/**
 * The indented lines under a claim: why it failed, and the page that decided it. A URL is never cut:
 * it stays on the detail line when it fits, else it gets a line of its own (see urlLine).
 */
function detailOf(claim: Claim, indent: string, width: number, c: Colors, color: boolean): string[] {
  const arrow = '↳ ';
  const room = width - displayWidth(indent) - arrow.length;
  const tags = [
    ...(claim.suppressed === true ? ['suppressed'] : []),
    ...(claim.stale === true ? ['stale'] : []),
    ...(claim.origin === 'reviewer' ? [`reviewer${claim.reviewer ? ` ${toInline(claim.reviewer)}` : ''}`] : []),
    ...(claim.origin === 'reused' ? [`reused from ${toInline(claim.reusedFrom ?? '?')}, not reviewed`] : []),
  ];
  const evidence = rowEvidence(claim);
  const url = evidence ? toInline(evidence.url) : undefined;
  const passed = claim.status === 'verified' || claim.status === 'partly-verified';
  const lead = [...tags, ...(passed || claim.status === 'not-checkable' ? [] : [toInline(reasonOf(claim) ?? 'no reason recorded')])].join(' · ');
  if (url !== undefined && passed && displayWidth(`${lead ? `${lead} · ` : ''}${url}`) <= room) {
    return [c.dim(`${indent}${arrow}${lead ? `${lead} · ` : ''}`) + c.dim(terminalLink(url, url, color))];
  }
  const lines = lead ? [c.dim(`${indent}${arrow}${truncate(lead, room)}`)] : [];
  if (url !== undefined) lines.push(c.dim(urlLine(url, lines.length === 0 ? `${indent}${arrow}` : `${indent}  `, width, color)));
  return lines;
}

function renderRow(claim: Claim, layout: Layout, c: Colors, color: boolean, showIds: boolean): string[] {
  const paint = paintStatus(c, claim.status);
  const dimRow = claim.status === 'not-checkable';
  const pos = padEnd(posLabel(claim, showIds), layout.pos);
  const text = padEnd(truncate(toInline(claim.text), layout.text), layout.text);
  const checker = layout.checker > 0 ? `${GAP}${c.dim(truncate(checkerLabel(claim), layout.checker))}` : '';
  const row = `${INDENT}${c.dim(pos)}${GAP}${paint(padEnd(claim.status, layout.status))}${GAP}${dimRow ? c.dim(text) : text}${checker}`;
  const indent = INDENT + ' '.repeat(layout.pos) + GAP;
  return [row.trimEnd(), ...detailOf(claim, indent, layout.width, c, color)];
}

function render(ledger: Ledger, options: FormatOptions): string {
  const color = options.color ?? false;
  const c = pc.createColors(color);
  const width = Math.max(40, options.width ?? 80);
  const all = reportClaims(ledger);
  const shown = options.quiet === true ? all.filter(isFailing) : all;

  // Header: the article and what it was checked against.
  const out: string[] = [c.bold(c.underline(truncate(toInline(ledger.article), width)))];
  const sources = ledger.sources.map((s) => (s.commit ? `${s.name}@${s.commit}` : s.name)).join(', ');
  out.push(c.dim(truncate(toInline(`checked ${ledger.checkedAt}${sources ? ` against ${sources}` : ''}`), width)));
  // The decision summary (issue 11): what the article can be built on, before the rows.
  if (all.length > 0) out.push(...decisionLines(decisionOfClaims(all), width, c, color));

  if (shown.length > 0) {
    const showIds = options.showIds === true;
    const layout = layoutFor(shown, width, showIds);
    for (const group of groupBySection(shown)) {
      out.push('', c.bold(fitSection(group.path, width)));
      for (const claim of group.claims) out.push(...renderRow(claim, layout, c, color, showIds));
    }
  } else {
    out.push('', all.length === 0 ? 'no claims in the ledger' : 'no unverified or contradicted claims');
  }

  out.push('');
  for (const line of totalsParts(all, width, c)) out.push(line);
  if (options.quiet === true && shown.length < all.length) {
    out.push(c.dim(`(--quiet: ${shown.length} of ${all.length} claims shown)`));
  }
  return `${out.join('\n')}\n`;
}

/** `--format terminal`: ESLint-stylish rows per section, then totals. */
export const terminalFormatter: Formatter = { name: 'terminal', render };
