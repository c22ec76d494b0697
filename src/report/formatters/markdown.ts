import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import { STATUSES, type Claim, type Evidence, type Ledger } from '../../schema/index.js';
import type { FormatOptions, Formatter } from '../types.js';
import { countByStatus, groupBySection, isFailing, reportClaims, sectionLabel } from '../claims.js';
import { decisionOfClaims } from '../decision/index.js';
import { decisionMarkdown } from '../decision/markdown.js';
import { blockquote, code, emphasis, heading, joined, link, list, paragraph, strong, stringifyMarkdown, table, text } from '../markdown-tree.js';

const SCHEME = /^https?:\/\//iu;

/** An evidence item: a link titled by its page (else its URL without the scheme), with the stance when it is not "supports". */
function evidenceLink(evidence: Evidence): PhrasingContent[] {
  const stance = evidence.stance === 'supports' ? [] : [text(` (${evidence.stance})`)];
  return [...link(evidence.url, evidence.title ?? evidence.url.replace(SCHEME, '')), ...stance];
}

function statusCell(claim: Claim): PhrasingContent[] {
  const tags = [...(claim.origin === 'reviewer' ? [`reviewer${claim.reviewer ? ` ${claim.reviewer}` : ''}`] : []), ...(claim.stale === true ? ['stale'] : [])];
  const status = isFailing(claim) ? strong(text(claim.status)) : text(claim.status);
  return tags.length > 0 ? [status, text(` (${tags.join(', ')})`)] : [status];
}

function reasonCell(claim: Claim): PhrasingContent[] {
  const parts: PhrasingContent[][] = [];
  const finding = claim.findings[0];
  if (finding) parts.push([text(`${finding.message} (${finding.checker})`)]);
  if (claim.findings.length > 1) parts.push([text(`+${claim.findings.length - 1} more`)]);
  if (claim.note) parts.push([text(`Note: ${claim.note}`)]);
  return joined(parts, ' · ');
}

function claimRow(claim: Claim): PhrasingContent[][] {
  return [[code(claim.id)], [text(`${claim.span.line}:${claim.span.column}`)], statusCell(claim), [text(claim.text)], joined(claim.evidence.map(evidenceLink), ', '), reasonCell(claim)];
}

function summaryTable(claims: readonly Claim[]): RootContent {
  const counts = countByStatus(claims);
  const checkworthy = claims.filter((c) => c.checkworthy).length;
  return table(
    ['left', 'right'],
    [
      [[text('Status')], [text('Claims')]],
      ...STATUSES.map((s) => [[text(s)], [text(String(counts[s]))]]),
      [[strong(text('total')), text(` (${checkworthy} checkworthy)`)], [strong(text(String(claims.length)))]],
    ],
  );
}

/** Under a section's table: each claim's evidence with the documentation passage it rests on, when the ledger keeps one. */
function passageList(claims: readonly Claim[]): RootContent[] {
  const items: BlockContent[][] = [];
  for (const claim of claims) {
    for (const e of claim.evidence) {
      if (e.passage === undefined || e.passage.trim() === '') continue;
      items.push([{ type: 'paragraph', children: [code(claim.id), text(' '), ...evidenceLink(e)] }, blockquote(text(e.passage))]);
    }
  }
  return items.length > 0 ? [paragraph(strong(text('Passages'))), list(items)] : [];
}

function render(ledger: Ledger, options: FormatOptions): string {
  const all = reportClaims(ledger);
  const shown = options.quiet === true ? all.filter(isFailing) : all;
  const sources = ledger.sources.map((s) => (s.commit ? `${s.name}@${s.commit}` : s.name)).join(', ');
  const head = stringifyMarkdown([
    heading(1, text(`claimcheck report: ${ledger.title ?? ledger.article}`)),
    paragraph(text(`Article ${ledger.article} · checked ${ledger.checkedAt}${sources ? ` · sources: ${sources}` : ''} · claimcheck ${options.toolVersion}`)),
  ]);
  const body: RootContent[] = [heading(2, text('Summary')), summaryTable(all)];
  for (const group of groupBySection(shown)) {
    body.push(heading(2, text(sectionLabel(group.path))));
    body.push(table(['left', 'right', 'left', 'left', 'left', 'left'], [['Id', 'Line', 'Status', 'Claim', 'Evidence', 'Reason'].map((h) => [text(h)]), ...group.claims.map(claimRow)]));
    body.push(...passageList(group.claims));
  }
  if (options.quiet === true && shown.length < all.length) {
    body.push(paragraph(emphasis(text(`Only unverified and contradicted claims are listed (${shown.length} of ${all.length}).`))));
  }
  // The decision summary (issue 11), above the counts; its own module writes it as Markdown lines.
  const decision = all.length > 0 ? `${decisionMarkdown(decisionOfClaims(all)).join('\n').trim()}\n\n` : '';
  return `${head}\n${decision}${stringifyMarkdown(body)}`;
}

/** `--format markdown`: a summary table, then one table per section, with evidence links and passages. */
export const markdownFormatter: Formatter = { name: 'markdown', render };
