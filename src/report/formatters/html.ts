import { createHash } from 'node:crypto';
import { STATUSES, keptQuote, type Claim, type Ledger } from '../../schema/index.js';
import type { FormatOptions, Formatter } from '../types.js';
import { countByStatus, reportClaims } from '../claims.js';
import { escapeHtml, jsonForScript } from '../escape.js';
import { articleView, highlight } from '../html-article.js';
import { CSS } from '../html-style.js';
import { SCRIPT } from '../html-script.js';
import { toInline, truncate } from '../text.js';
import { decisionOfClaims } from '../decision/index.js';
import { decisionHtml } from '../decision/html.js';

/** What the page's script needs per claim (no history). */
function claimData(c: Claim): Record<string, unknown> {
  return {
    id: c.id,
    text: c.text,
    quote: keptQuote(c),
    status: c.status,
    origin: c.origin,
    reviewer: c.reviewer,
    reviewedAt: c.reviewedAt,
    note: c.note,
    stale: c.stale === true,
    section: c.section,
    line: c.span.line,
    column: c.span.column,
    kind: c.kind,
    checkworthy: c.checkworthy,
    evidence: c.evidence,
    findings: c.findings,
  };
}

function summaryBar(claims: readonly Claim[]): string {
  const counts = countByStatus(claims);
  const chips = STATUSES.map(
    (s) => `<label class="chip s-${s}"><input type="checkbox" checked data-filter="${s}" aria-label="Show ${s} claims"> ${s} <b data-count="${s}">${counts[s]}</b></label>`,
  ).join('\n');
  const checkworthy = claims.filter((c) => c.checkworthy).length;
  return `<fieldset class="summary" aria-label="Claims by status; untick a status to hide it">
<legend>Show</legend>
${chips}
<span class="total" data-count="total">${claims.length} claims, ${checkworthy} checkworthy</span>
</fieldset>`;
}

/** The list of all claims, in order: a keyboard path to every claim, and the only one for claims not found in the text. */
function claimList(claims: readonly Claim[], unplaced: ReadonlySet<Claim>): string {
  const items = claims.map((c) => {
    const missing = unplaced.has(c) ? ' <span class="sub">(not found in the article text)</span>' : '';
    return `<li class="s-${c.status}"><span class="tag">${c.status}</span> <button type="button" data-id="${escapeHtml(c.id)}">${c.span.line}:${c.span.column} ${escapeHtml(truncate(toInline(c.text), 140))}</button>${missing}</li>`;
  });
  return `<section class="claims" aria-labelledby="claims-title"><h2 id="claims-title">All claims</h2><ol>\n${items.join('\n')}\n</ol></section>`;
}

function render(ledger: Ledger, options: FormatOptions): string {
  const claims = reportClaims(ledger);
  const view = articleView(claims, options.articleText);
  const title = ledger.title ?? ledger.article;
  const sources = ledger.sources.map((s) => (s.commit ? `${s.name}@${s.commit}` : s.name)).join(', ');
  const data = jsonForScript({ claims: claims.map(claimData) });
  // CSP: nothing may be fetched; the one inline script runs by its hash, so any script that escaping let through would not.
  const scriptHash = createHash('sha256').update(SCRIPT, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const notice = view.reconstructed ? '<p class="notice">The article text was not available; this page shows the claims\' quotes, section by section.</p>\n' : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimcheck ${escapeHtml(options.toolVersion)}">
<title>claimcheck: ${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(ledger.article)} · checked ${escapeHtml(ledger.checkedAt)}${sources ? ` against ${escapeHtml(sources)}` : ''}</p>
${summaryBar(claims)}
</header>
${claims.length > 0 ? `${decisionHtml(decisionOfClaims(claims))}\n` : ''}<div class="layout">
<main>
${notice}<div class="article" id="article" aria-label="Article text with highlighted claims">${highlight(view.text, view.placed)}</div>
${claimList(claims, new Set(view.unplaced))}
</main>
<aside class="panel" id="panel" aria-live="polite" aria-labelledby="panel-title" tabindex="-1"></aside>
</div>
<script type="application/json" id="claimcheck-data">${data}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** `--format html`: one self-contained page (inline CSS and JS, no network). */
export const htmlFormatter: Formatter = { name: 'html', render };
