import pc from 'picocolors';
import type { Claim, Ledger } from '../../schema/index.js';
import type { FormatOptions, Formatter } from '../types.js';
import { checkerOf, groupBySection, isFailing, isLinkable, reasonOf, reportClaims, topEvidence } from '../claims.js';
import { displayWidth, padEnd, toInline, truncate } from '../text.js';
import { fitSection, fitUrl, totalsParts } from '../terminal-parts.js';
import { paintStatus, type Colors } from '../status-style.js';
import { decisionOfClaims } from '../decision/index.js';
import { decisionLines } from '../decision/terminal.js';

/** A terminal hyperlink (OSC 8); zero columns wide, ignored by terminals that do not know it. Only with colour on. */
function hyperlink(url: string, text: string, color: boolean): string {
  return color && isLinkable(url) ? `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\` : text;
}

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

/** The checker column: the checker id, or the evidence source without its `@commit` (the header names the commits). */
function checkerLabel(claim: Claim): string {
  return toInline(checkerOf(claim)).replace(/@.*$/u, '');
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

/** The one indented line under a claim: why it failed, or where it is documented. */
function detailOf(claim: Claim, room: number, color: boolean): string | undefined {
  const tags = [
    ...(claim.suppressed === true ? ['suppressed'] : []),
    ...(claim.stale === true ? ['stale'] : []),
    ...(claim.origin === 'reviewer' ? [`reviewer${claim.reviewer ? ` ${toInline(claim.reviewer)}` : ''}`] : []),
    ...(claim.origin === 'reused' ? [`reused from ${toInline(claim.reusedFrom ?? '?')}, not reviewed`] : []),
  ];
  const prefix = tags.length > 0 ? `${tags.join(', ')} · ` : '';
  if (claim.status === 'verified' || claim.status === 'partly-verified') {
    const evidence = topEvidence(claim);
    if (!evidence) return prefix ? truncate(prefix.slice(0, -3), room) : undefined;
    const url = fitUrl(toInline(evidence.url), room - displayWidth(prefix));
    return truncate(prefix, room) + hyperlink(evidence.url, url, color);
  }
  if (claim.status === 'not-checkable') return prefix ? truncate(prefix.slice(0, -3), room) : undefined;
  return truncate(prefix + toInline(reasonOf(claim) ?? 'no reason recorded'), room);
}

function renderRow(claim: Claim, layout: Layout, c: Colors, color: boolean, showIds: boolean): string[] {
  const paint = paintStatus(c, claim.status);
  const dimRow = claim.status === 'not-checkable';
  const pos = padEnd(posLabel(claim, showIds), layout.pos);
  const text = padEnd(truncate(toInline(claim.text), layout.text), layout.text);
  const checker = layout.checker > 0 ? `${GAP}${c.dim(truncate(checkerLabel(claim), layout.checker))}` : '';
  const row = `${INDENT}${c.dim(pos)}${GAP}${paint(padEnd(claim.status, layout.status))}${GAP}${dimRow ? c.dim(text) : text}${checker}`;
  const lines = [row.trimEnd()];
  const indent = INDENT + ' '.repeat(layout.pos) + GAP;
  const arrow = '↳ ';
  const detail = detailOf(claim, layout.width - indent.length - arrow.length, color);
  if (detail !== undefined) lines.push(c.dim(`${indent}${arrow}${detail}`));
  return lines;
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
  if (all.length > 0) out.push(...decisionLines(decisionOfClaims(all), width, c));

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
