import type { Claim } from '../../schema/index.js';
import { displayWidth, toInline, truncate } from '../text.js';
import { fitUrl, terminalLink, urlLine } from '../terminal-parts.js';
import type { Colors } from '../status-style.js';
import type { DecisionSummary } from './index.js';
import { readingList, type CheckReason } from './buckets.js';

const HANG = '  ';
/** Pages listed on the first screen; the other formats list them all. */
const TOP_PAGES = 3;

const n = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
const pos = (c: Claim): string => `${c.span.line}:${c.span.column}`;
/** Up to four positions, then how many more. */
const positions = (claims: readonly Claim[]): string => claims.slice(0, 4).map(pos).join(', ') + (claims.length > 4 ? `, … ${claims.length - 4} more` : '');

/** Greedy word wrap: the first line is `width` wide, the rest are indented by HANG. */
export function wrapHanging(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const room = lines.length === 0 ? width : width - HANG.length;
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && displayWidth(candidate) > room) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines.map((l, i) => (i === 0 ? truncate(l, width) : HANG + truncate(l, width - HANG.length)));
}

/**
 * `label items, …` in at most `maxLines` wrapped lines: as many items as fit, then `… and K more`
 * (K = the items left out, a count over the same list).
 */
function fitList(label: string, items: readonly string[], width: number, maxLines: number, more: (k: number) => string, indent = ''): string[] {
  for (let k = items.length; k >= 0; k--) {
    const rest = items.length - k;
    const shown = items.slice(0, k).join(', ');
    const text = `${label}${shown}${rest > 0 ? `${shown ? ', ' : ''}${more(rest)}` : ''}`;
    const lines = wrapHanging(text, width - indent.length).map((l) => indent + l);
    if (lines.length <= maxLines || k === 0) return lines.slice(0, maxLines);
  }
  return [];
}

const REASON_LABEL: Record<CheckReason, [string, string]> = {
  stale: ['stale verdict', 'stale verdicts'],
  'reviewer-warning': ['reviewer verdict with a warning', 'reviewer verdicts with a warning'],
  'partly-verified': ['partly verified', 'partly verified'],
};

/**
 * The decision block between the header and the rows: the verdict first, then the unknown
 * concepts, the reading list, what to check and what not to build on. Plain text is laid out
 * first (colour codes take no columns), then labels are painted.
 */
export function decisionLines(d: DecisionSummary, width: number, c: Colors, color = false): string[] {
  const out: string[] = [''];
  const paintVerdict = d.verdict.rule === 'mostly-verified' ? c.green : d.verdict.rule === 'nothing-checkworthy' ? c.dim : d.verdict.rule === 'largely-unverified' ? c.yellow : c.red;
  out.push(...wrapHanging(toInline(d.verdict.text), width).map((l) => c.bold(paintVerdict(l))));

  const label =
    (text: string): ((line: string, i: number) => string) =>
    (line, i) =>
      i === 0 && line.startsWith(text) ? c.bold(text) + line.slice(text.length) : line;

  if (d.evidenceChanged.length > 0) {
    const head = 'What we built on has changed: ';
    const kept = d.evidenceChanged.filter((x) => x.origin !== 'auto').length;
    const lead = `${head}${n(d.evidenceChanged.length, 'claim')}${kept > 0 ? ` (${n(kept, 'kept verdict')} to review)` : ''} at `;
    out.push(...fitList(lead, d.evidenceChanged.map(pos), width, 2, (k) => `… ${k} more`).map((l, i) => (i === 0 && l.startsWith(head) ? c.bold(c.yellow(head)) + l.slice(head.length) : l)));
  }

  if (d.unknownConcepts.length > 0) {
    const head = 'Not in the documentation: ';
    const items = d.unknownConcepts.map((k) => `${truncate(toInline(k.name), Math.max(12, width - 40))} (${n(k.dependents.length, 'claim')})`);
    out.push(...fitList(head, items, width, 2, (k) => `… and ${n(k, 'more concept')}`).map(label(head)));
  }

  if (d.buildOn.length === 0) {
    out.push(`${c.bold('Build on:')} nothing; no claim is verified against the documentation`);
  } else {
    const head = 'Build on:';
    out.push(...wrapHanging(`${head} ${n(d.verified.length, 'verified claim')}, supported by ${n(d.buildOn.length, 'page')}`, width).map(label(head)));
    for (const page of d.buildOn.slice(0, TOP_PAGES)) {
      const count = ` (${n(page.claims.length, 'claim')})`;
      const url = toInline(page.url);
      const title = page.title ? toInline(page.title) : '';
      const oneLine = `${title ? `${title} — ` : ''}${url}${count}`;
      // A URL is never cut (issue 20): it stays on the title's line when both fit, else it has a line of its own.
      if (displayWidth(HANG + oneLine) <= width) {
        out.push(`${HANG}${title ? `${title} — ` : ''}${c.dim(terminalLink(url, url, color))}${count}`);
      } else {
        out.push(title ? `${HANG}${truncate(title, width - HANG.length - displayWidth(count))}${count}` : `${HANG}${n(page.claims.length, 'claim')}:`, c.dim(urlLine(url, HANG + HANG, width, color)));
      }
    }
    if (d.buildOn.length > TOP_PAGES) {
      const more = `… and ${n(d.buildOn.length - TOP_PAGES, 'more page')} (all in the markdown, html and json reports)`;
      out.push(...wrapHanging(more, width - HANG.length).map((l) => c.dim(HANG + l)));
    }
  }

  const check = 'Check before use: ';
  if (d.checkBeforeUse.length === 0) {
    out.push(`${c.bold(check.trimEnd())} nothing`);
  } else {
    const reasons = (Object.keys(REASON_LABEL) as CheckReason[]).flatMap((r) => {
      const k = d.checkBeforeUse.filter((x) => x.reason === r).length;
      const [one, many] = REASON_LABEL[r];
      return k > 0 ? [`${k} ${k === 1 ? one : many}`] : [];
    });
    out.push(
      ...fitList(
        `${check}${reasons.join(', ')} at `,
        d.checkBeforeUse.map((x) => pos(x.claim)),
        width,
        2,
        (k) => `… ${k} more`,
      ).map(label(check)),
    );
    const pages = readingList(d.checkBeforeUse.map((x) => x.claim));
    if (pages.length > 0) {
      const items = pages.map((p) => `${truncate(toInline(p.title ?? fitUrl(p.url, 40)), 40)} (${n(p.claims.length, 'claim')})`);
      out.push(...fitList('partly supported by ', items, width, 2, (k) => `… and ${n(k, 'more page')}`, HANG).map((l) => c.dim(l)));
    }
  }

  const stop = 'Do not build on: ';
  const parts = [
    ...(d.contradicted.length > 0 ? [`${n(d.contradicted.length, 'contradicted claim')} (${positions(d.contradicted)})`] : []),
    ...(d.onUnknownConcepts.length > 0 ? [`${n(d.onUnknownConcepts.length, 'unverified claim')} about unknown concepts`] : []),
    ...(d.unsourcedDatesAndStatistics.length > 0 ? [`${n(d.unsourcedDatesAndStatistics.length, 'date or statistic', 'dates and statistics')} without a source`] : []),
  ];
  if (parts.length === 0) out.push(`${c.bold(stop.trimEnd())} nothing flagged`);
  else
    out.push(
      ...wrapHanging(`${stop}${parts.join('; ')}`, width)
        .slice(0, 3)
        .map(label(stop)),
    );
  return out;
}
