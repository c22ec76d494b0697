import { STATUSES, type Claim, type Evidence, type Ledger } from '../../schema/index.js';
import type { FormatOptions, Formatter } from '../types.js';
import { countByStatus, groupBySection, isFailing, isLinkable, reportClaims, sectionLabel } from '../claims.js';
import { escapeMarkdown, markdownUrl } from '../escape.js';
import { decisionOfClaims } from '../decision/index.js';
import { decisionMarkdown } from '../decision/markdown.js';

/** Link text for an evidence item: its title, else its URL without the scheme. */
function evidenceLink(evidence: Evidence): string {
  const label = escapeMarkdown(evidence.title ?? evidence.url.replace(/^https?:\/\//iu, ''));
  const stance = evidence.stance === 'supports' ? '' : ` (${evidence.stance})`;
  // Only http(s) URLs become links; anything else (a hand-edited `javascript:` URL) is shown as text.
  const link = isLinkable(evidence.url) ? `[${label}](${markdownUrl(evidence.url)})` : `${label} ${escapeMarkdown(`<${evidence.url}>`)}`;
  return link + stance;
}

function statusCell(claim: Claim): string {
  const tags = [...(claim.origin === 'reviewer' ? [`reviewer${claim.reviewer ? ` ${claim.reviewer}` : ''}`] : []), ...(claim.stale === true ? ['stale'] : [])];
  const status = isFailing(claim) ? `**${claim.status}**` : claim.status;
  return tags.length > 0 ? `${status} (${escapeMarkdown(tags.join(', '))})` : status;
}

function reasonCell(claim: Claim): string {
  const parts: string[] = [];
  const finding = claim.findings[0];
  if (finding) parts.push(`${escapeMarkdown(finding.message)} (${escapeMarkdown(finding.checker)})`);
  if (claim.findings.length > 1) parts.push(`+${claim.findings.length - 1} more`);
  if (claim.note) parts.push(`Note: ${escapeMarkdown(claim.note)}`);
  return parts.join(' · ');
}

function claimRow(claim: Claim): string {
  const cells = [`\`${claim.id}\``, `${claim.span.line}:${claim.span.column}`, statusCell(claim), escapeMarkdown(claim.text), claim.evidence.map(evidenceLink).join(', '), reasonCell(claim)];
  return `| ${cells.join(' | ')} |`;
}

function summaryTable(claims: readonly Claim[]): string[] {
  const counts = countByStatus(claims);
  const checkworthy = claims.filter((c) => c.checkworthy).length;
  return ['| Status | Claims |', '| :-- | --: |', ...STATUSES.map((s) => `| ${s} | ${counts[s]} |`), `| **total** (${checkworthy} checkworthy) | **${claims.length}** |`];
}

function render(ledger: Ledger, options: FormatOptions): string {
  const all = reportClaims(ledger);
  const shown = options.quiet === true ? all.filter(isFailing) : all;
  const sources = ledger.sources.map((s) => (s.commit ? `${s.name}@${s.commit}` : s.name)).join(', ');
  const out: string[] = [
    `# claimcheck report: ${escapeMarkdown(ledger.title ?? ledger.article)}`,
    '',
    `Article ${escapeMarkdown(ledger.article)} · checked ${escapeMarkdown(ledger.checkedAt)}` +
      (sources ? ` · sources: ${escapeMarkdown(sources)}` : '') +
      ` · claimcheck ${escapeMarkdown(options.toolVersion)}`,
    // The decision summary (issue 11), above the counts.
    ...(all.length > 0 ? decisionMarkdown(decisionOfClaims(all)) : []),
    '',
    '## Summary',
    '',
    ...summaryTable(all),
  ];
  for (const group of groupBySection(shown)) {
    out.push('', `## ${escapeMarkdown(sectionLabel(group.path))}`, '');
    out.push('| Id | Line | Status | Claim | Evidence | Reason |', '| :-- | --: | :-- | :-- | :-- | :-- |');
    for (const claim of group.claims) out.push(claimRow(claim));
  }
  if (options.quiet === true && shown.length < all.length) {
    out.push('', `_Only unverified and contradicted claims are listed (${shown.length} of ${all.length})._`);
  }
  return `${out.join('\n')}\n`;
}

/** `--format markdown`: a summary table, then one table per section. */
export const markdownFormatter: Formatter = { name: 'markdown', render };
