import { createHash } from 'node:crypto';
import { STATUSES, type Claim, type Ledger } from '../../schema/index.js';
import type { FormatOptions, Formatter } from '../types.js';
import { countByStatus, reportClaims } from '../claims.js';
import { escapeHtml } from '../escape.js';
import { ingestText } from '../../ingest/index.js';
import { articleView } from '../html-article.js';
import { claimDetails, STATUS_CUE } from '../html-claim-details.js';
import { markdownTree, renderArticle, textTree } from '../html-render-article.js';
import { CSS } from '../html-style.js';
import { SCRIPT } from '../html-script.js';
import { decisionOfClaims } from '../decision/index.js';
import { decisionHtml } from '../decision/html.js';

const BLANK_LINES = /\n{2,}/gu;

function summaryBar(claims: readonly Claim[]): string {
  const counts = countByStatus(claims);
  const chips = STATUSES.map(
    (s) =>
      `<label class="chip s-${s}"><input type="checkbox" checked data-filter="${s}"><span class="icon" aria-hidden="true">${STATUS_CUE[s].icon}</span> ${STATUS_CUE[s].label} <b data-count="${s}">${counts[s]}</b></label>`,
  ).join('\n');
  const checkworthy = claims.filter((c) => c.checkworthy).length;
  return `<fieldset class="summary">
<legend>Show claims that are</legend>
${chips}
<span class="total" data-count="total">${claims.length} claims, ${checkworthy} checkworthy</span>
</fieldset>`;
}

/** Blocks for text rebuilt from the claims' quotes: one paragraph per blank-line-separated run. */
function rebuiltBlocks(text: string): Array<{ type: 'paragraph'; start: number; end: number }> {
  const blocks: Array<{ type: 'paragraph'; start: number; end: number }> = [];
  let start = 0;
  for (const m of text.matchAll(BLANK_LINES)) {
    if (m.index > start) blocks.push({ type: 'paragraph', start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) blocks.push({ type: 'paragraph', start, end: text.length });
  return blocks;
}

/** The article as HTML: Markdown through remark → rehype → sanitise; plain text through the blocks ingest finds. */
function articleHtml(claims: readonly Claim[], ledger: Ledger, articleText: string | undefined): { html: string; unplaced: Set<Claim>; reconstructed: boolean } {
  const view = articleView(claims, articleText);
  const doc = view.reconstructed ? undefined : ingestText(view.text, ledger.article);
  const tree = doc === undefined ? textTree(view.text, rebuiltBlocks(view.text)) : doc.format === 'markdown' ? markdownTree(view.text) : textTree(view.text, doc.blocks);
  return { html: renderArticle(tree, view.text, view.placed), unplaced: new Set(view.unplaced), reconstructed: view.reconstructed };
}

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('base64');

function render(ledger: Ledger, options: FormatOptions): string {
  const claims = reportClaims(ledger);
  const article = articleHtml(claims, ledger, options.articleText);
  const title = ledger.title ?? ledger.article;
  const sources = ledger.sources.map((s) => (s.commit ? `${s.name}@${s.commit}` : s.name)).join(', ');
  // CSP: nothing may be fetched; the one style and the one script apply by their hashes, so nothing injected would.
  const csp = `default-src 'none'; style-src 'sha256-${sha256(CSS)}'; script-src 'sha256-${sha256(SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const notice = article.reconstructed ? '<p class="notice">The article text was not available; this page shows the claims\' quotes, section by section.</p>\n' : '';
  const list = claims.map((c) => claimDetails(c, article.unplaced.has(c))).join('\n');
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
<p class="brand">claimcheck report</p>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(ledger.article)} · checked ${escapeHtml(ledger.checkedAt)}${sources ? ` against ${escapeHtml(sources)}` : ''}</p>
<nav class="jump" aria-label="On this page"><a href="#article">The article, claims highlighted ↓</a> <a href="#claims-title">All ${claims.length} claims with evidence ↓</a></nav>
</header>
${claims.length > 0 ? `${decisionHtml(decisionOfClaims(claims))}\n` : ''}<div class="bar" role="region" aria-label="Filter claims by status">${summaryBar(claims)}
<p class="keys">Select a highlighted claim to see its evidence. Keys: Tab moves between claims, Enter opens one, ↓/↑ (or j/k) go to the next or previous claim, Esc closes.</p></div>
<div class="layout">
<main>
${notice}<article class="article" id="article" tabindex="-1" aria-label="The article, with each claim highlighted by status">${article.html}</article>
<section class="claims" aria-labelledby="claims-title"><h2 id="claims-title">All claims, with their evidence</h2>
<ol>
${list}
</ol></section>
</main>
<aside class="panel" id="panel" aria-live="polite" aria-label="Claim details" tabindex="-1" hidden></aside>
</div>
<div hidden>${STATUSES.map((s) => `<span id="user-content-status-${s}">${STATUS_CUE[s].label} claim</span>`).join('')}</div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** `--format html`: one self-contained page (inline CSS and JS, no network, strict CSP); every claim's details readable without JavaScript. */
export const htmlFormatter: Formatter = { name: 'html', render };
