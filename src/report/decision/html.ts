import type { Claim } from '../../schema/index.js';
import { isLinkable } from '../claims.js';
import { escapeHtml } from '../escape.js';
import { toInline, truncate } from '../text.js';
import type { DecisionSummary } from './index.js';
import { readingList, type CheckReason, type ReadingPage } from './buckets.js';

const n = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
/** Claim buttons per list; more would crowd the tab order before the article. */
const MAX_BUTTONS = 6;

const REASON: Record<CheckReason, string> = { stale: 'stale verdict', 'reviewer-warning': 'reviewer verdict with a warning', 'partly-verified': 'partly verified' };

/** A button that opens the claim in the side panel (the page script handles `button[data-id]`). */
function claimButton(c: Claim): string {
  return `<button type="button" data-id="${escapeHtml(c.id)}" title="${escapeHtml(truncate(toInline(c.text), 200))}">${c.span.line}:${c.span.column}</button>`;
}

function claimButtons(claims: readonly Claim[]): string {
  const shown = claims.slice(0, MAX_BUTTONS).map(claimButton).join(' ');
  return claims.length > MAX_BUTTONS ? `${shown} <span class="sub">and ${claims.length - MAX_BUTTONS} more</span>` : shown;
}

/** The page title; the script turns `data-link` into a link (http and https only), so the static page holds no href. */
function page(p: ReadingPage): string {
  const title = escapeHtml(p.title ?? p.url);
  const label = isLinkable(p.url) ? `<span class="page" data-link="${escapeHtml(p.url)}">${title}</span>` : `<span class="page">${title}</span>`;
  return `${label} <span class="sub url">${escapeHtml(p.url)}</span>`;
}

function claimItem(c: Claim, lead: string): string {
  return `<li>${lead}${claimButton(c)} ${escapeHtml(truncate(toInline(c.text), 90))}</li>`;
}

function list(items: readonly string[], max = Number.MAX_SAFE_INTEGER): string {
  const more = items.length > max ? `\n<li class="sub">and ${items.length - max} more</li>` : '';
  return `<ul>\n${items.slice(0, max).join('\n')}${more}\n</ul>`;
}

/** The decision panel above the article: verdict, then the four lists. Every ledger string is escaped. */
export function decisionHtml(d: DecisionSummary): string {
  const parts: string[] = [];
  if (d.evidenceChanged.length > 0) {
    parts.push(`<div class="d-box d-changed"><h3>What we built on has changed <span class="count">${n(d.evidenceChanged.length, 'claim')}</span></h3>
${list(
  d.evidenceChanged.map((c, i) => (i < MAX_BUTTONS ? claimItem(c, `${escapeHtml(truncate(c.evidenceChanged?.what ?? '', 120))}: `) : `<li>${escapeHtml(truncate(toInline(c.text), 90))}</li>`)),
  12,
)}</div>`);
  }
  if (d.unknownConcepts.length > 0) {
    parts.push(`<div class="d-box d-unknown"><h3>Not in the documentation</h3>
${list(
  d.unknownConcepts.map((k) => `<li>${escapeHtml(k.name)} <span class="count">${n(k.dependents.length, 'claim')}</span></li>`),
  12,
)}</div>`);
  }
  parts.push(
    d.buildOn.length === 0
      ? '<div class="d-box d-build"><h3>Build on</h3><p class="sub">Nothing: no claim is verified against the documentation.</p></div>'
      : `<div class="d-box d-build"><h3>Build on</h3><p class="sub">${n(d.verified.length, 'verified claim')} on ${n(d.buildOn.length, 'page')}: read these instead of the article.</p>
${list(d.buildOn.map((p) => `<li>${page(p)} <span class="count">${n(p.claims.length, 'claim')}</span> ${claimButtons(p.claims)}</li>`))}</div>`,
  );
  if (d.checkBeforeUse.length === 0) {
    parts.push('<div class="d-box d-check"><h3>Check before use</h3><p class="sub">Nothing.</p></div>');
  } else {
    const pages = readingList(d.checkBeforeUse.map((x) => x.claim));
    const support =
      pages.length > 0
        ? `\n<p class="sub">Supported in part by:</p>\n${list(
            pages.map((p) => `<li>${page(p)} <span class="count">${n(p.claims.length, 'claim')}</span></li>`),
            8,
          )}`
        : '';
    parts.push(`<div class="d-box d-check"><h3>Check before use <span class="count">${n(d.checkBeforeUse.length, 'claim')}</span></h3>
${list(
  d.checkBeforeUse.map((x, i) => (i < MAX_BUTTONS ? claimItem(x.claim, `${REASON[x.reason]}: `) : `<li>${REASON[x.reason]}: ${escapeHtml(truncate(toInline(x.claim.text), 90))}</li>`)),
  12,
)}${support}</div>`);
  }
  const stop: string[] = [];
  if (d.contradicted.length > 0) stop.push(`<li>${n(d.contradicted.length, 'contradicted claim')}: ${claimButtons(d.contradicted)}</li>`);
  if (d.onUnknownConcepts.length > 0) stop.push(`<li>${n(d.onUnknownConcepts.length, 'unverified claim')} about concepts not in the documentation</li>`);
  if (d.unsourcedDatesAndStatistics.length > 0) {
    stop.push(`<li>${n(d.unsourcedDatesAndStatistics.length, 'date or statistic', 'dates and statistics')} without a source: ${claimButtons(d.unsourcedDatesAndStatistics)}</li>`);
  }
  parts.push(`<div class="d-box d-stop"><h3>Do not build on</h3>${stop.length > 0 ? `\n${list(stop)}` : '<p class="sub">Nothing flagged.</p>'}</div>`);
  return `<section class="decision v-${d.verdict.rule}" aria-labelledby="decision-title">
<h2 id="decision-title">What to build on</h2>
<p class="verdict" data-rule="${d.verdict.rule}">${escapeHtml(d.verdict.text)}</p>
<div class="d-grid">
${parts.join('\n')}
</div>
</section>`;
}
