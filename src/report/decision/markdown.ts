import type { Claim } from '../../schema/index.js';
import { isLinkable } from '../claims.js';
import { escapeMarkdown, markdownUrl } from '../escape.js';
import { truncate } from '../text.js';
import type { DecisionSummary } from './index.js';
import { readingList, type ReadingPage } from './buckets.js';

const n = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
const SPACE_RUNS = /\s+/gu;

/** A claim reference: id, position and the start of its text (plain text; the tables below carry the ids). */
function claimRef(c: Claim): string {
  return `${c.id} (line ${c.span.line}): ${escapeMarkdown(truncate(c.text.replace(SPACE_RUNS, ' '), 100))}`;
}

const HTTP_SCHEME = /^https?:\/\//iu;

function pageLink(p: ReadingPage): string {
  const label = escapeMarkdown(p.title ?? p.url.replace(HTTP_SCHEME, ''));
  return isLinkable(p.url) ? `[${label}](${markdownUrl(p.url)})` : `${label} ${escapeMarkdown(`<${p.url}>`)}`;
}

const REASON: Record<string, string> = { stale: 'stale verdict', 'reviewer-warning': 'reviewer verdict with a warning', 'partly-verified': 'partly verified' };

/**
 * The decision block of the Markdown report: bold labels and lists (no headings or tables, so the
 * report's heading outline and its tables stay the per-section ones), every string escaped.
 */
export function decisionMarkdown(d: DecisionSummary): string[] {
  const out: string[] = ['', `**Decision:** ${escapeMarkdown(d.verdict.text)}`];
  if (d.evidenceChanged.length > 0) {
    out.push('', `**What we built on has changed** (${n(d.evidenceChanged.length, 'claim')}; the documentation moved since the verdict was recorded):`, '');
    for (const c of d.evidenceChanged) out.push(`- ${claimRef(c)}: ${escapeMarkdown(c.evidenceChanged?.what ?? '')}`);
  }
  if (d.unknownConcepts.length > 0) {
    out.push('', `**Not in the documentation** (${n(d.unknownConcepts.length, 'concept')} no source names, with the claims that rest on them):`, '');
    for (const k of d.unknownConcepts) out.push(`- ${escapeMarkdown(k.name)}: ${n(k.dependents.length, 'claim')}`);
  }
  out.push('');
  if (d.buildOn.length === 0) {
    out.push('**Build on:** nothing; no claim is verified against the documentation.');
  } else {
    out.push(`**Build on** (${n(d.verified.length, 'verified claim')} on ${n(d.buildOn.length, 'page')}; read these instead of the article):`, '');
    for (const p of d.buildOn) out.push(`- ${pageLink(p)}: ${n(p.claims.length, 'claim')} (${p.claims.map((c) => c.id).join(', ')})`);
  }
  out.push('');
  if (d.checkBeforeUse.length === 0) {
    out.push('**Check before use:** nothing.');
  } else {
    out.push(`**Check before use** (${n(d.checkBeforeUse.length, 'claim')}):`, '');
    for (const { claim, reason } of d.checkBeforeUse) out.push(`- ${REASON[reason] ?? reason}: ${claimRef(claim)}`);
    const pages = readingList(d.checkBeforeUse.map((x) => x.claim));
    if (pages.length > 0) out.push(`- pages that support them in part: ${pages.map((p) => `${pageLink(p)} (${n(p.claims.length, 'claim')})`).join(', ')}`);
  }
  out.push('');
  const none = d.contradicted.length + d.onUnknownConcepts.length + d.unsourcedDatesAndStatistics.length === 0;
  if (none) {
    out.push('**Do not build on:** nothing flagged.');
  } else {
    out.push('**Do not build on:**', '');
    if (d.contradicted.length > 0) {
      out.push(`- ${n(d.contradicted.length, 'contradicted claim')}:`);
      for (const c of d.contradicted) out.push(`  - ${claimRef(c)}`);
    }
    if (d.onUnknownConcepts.length > 0) {
      out.push(
        `- ${n(d.onUnknownConcepts.length, 'unverified claim')} about concepts not in the documentation: ${d.unknownConcepts.map((k) => `${escapeMarkdown(k.name)} (${n(k.dependents.length, 'claim')})`).join(', ')}`,
      );
    }
    if (d.unsourcedDatesAndStatistics.length > 0) {
      out.push(`- ${n(d.unsourcedDatesAndStatistics.length, 'date or statistic', 'dates and statistics')} without a source:`);
      for (const c of d.unsourcedDatesAndStatistics) out.push(`  - ${claimRef(c)}`);
    }
  }
  return out;
}
