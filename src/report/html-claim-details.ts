import { keptQuote, type Claim, type Evidence, type Status } from '../schema/index.js';
import { isLinkable } from './claims.js';
import { escapeHtml } from './escape.js';
import { toInline, truncate } from './text.js';

/** The text and icon cue of each status, so colour is never the only signal (WCAG 1.4.1). */
export const STATUS_CUE: Readonly<Record<Status, { icon: string; label: string }>> = {
  verified: { icon: '✓', label: 'verified' },
  'partly-verified': { icon: '◐', label: 'partly verified' },
  contradicted: { icon: '✗', label: 'contradicted' },
  unverified: { icon: '?', label: 'unverified' },
  'not-checkable': { icon: '–', label: 'not checkable' },
};

/** `✓ verified` as a badge: the icon is decoration, the word is read. */
export function statusBadge(status: Status): string {
  const cue = STATUS_CUE[status];
  return `<span class="badge s-${status}" data-role="status" data-status="${status}"><span class="icon" aria-hidden="true">${cue.icon}</span> ${cue.label}</span>`;
}

/** An evidence link, http(s) only; any other URL is shown as text and said to be no web link. */
function evidenceItem(e: Evidence): string {
  const label = escapeHtml(e.title ?? e.url);
  const link = isLinkable(e.url) ? `<a href="${escapeHtml(e.url)}" target="_blank" rel="noopener noreferrer">${label}</a>` : `<span>${label} &lt;${escapeHtml(e.url)}&gt; (not a web link)</span>`;
  const meta = [e.stance, e.source, ...(e.matched && e.matched.length > 0 ? [`matched: ${e.matched.join(', ')}`] : [])].join(' · ');
  const passage = e.passage ? `<blockquote class="passage" data-role="passage">${escapeHtml(e.passage)}</blockquote>` : '';
  return `<li class="ev-${e.stance}">${link}<div class="sub">${escapeHtml(meta)}</div>${passage}</li>`;
}

function row(term: string, value: string | undefined): string {
  return value === undefined || value === '' ? '' : `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`;
}

/** Everything about one claim, rendered on the server so it reads without JavaScript. */
export function claimBody(c: Claim): string {
  const tags = [...(c.origin === 'reviewer' ? [`reviewer${c.reviewer ? ` ${c.reviewer}` : ''}`] : []), ...(c.stale === true ? ['stale'] : [])];
  const quote = keptQuote(c);
  const parts = [
    `<p class="head">${statusBadge(c.status)}${tags.length > 0 ? ` <span class="sub">${escapeHtml(tags.join(' · '))}</span>` : ''}</p>`,
    `<p class="ctext" data-role="claim-text">${escapeHtml(c.text)}</p>`,
    quote !== c.text ? `<blockquote class="quote">${escapeHtml(quote)}</blockquote>` : '',
    c.note ? `<p class="note"><b>Reviewer note:</b> <span data-role="note">${escapeHtml(c.note)}</span></p>` : '',
    `<h3>Evidence (${c.evidence.length})</h3>`,
    c.evidence.length === 0 ? '<p class="sub">No evidence recorded.</p>' : `<ul data-role="evidence">${c.evidence.map(evidenceItem).join('')}</ul>`,
    `<h3>Findings (${c.findings.length})</h3>`,
    c.findings.length === 0
      ? '<p class="sub">No findings.</p>'
      : `<ul data-role="findings">${c.findings.map((f) => `<li>${escapeHtml(f.message)}<div class="sub">${escapeHtml(`${f.severity} · ${f.checker} · ${f.messageId}`)}</div></li>`).join('')}</ul>`,
    `<dl>${row('Origin', c.origin === 'reviewer' ? `reviewer${c.reviewer ? ` ${c.reviewer}` : ''}` : c.origin)}${row('Reviewed', c.reviewedAt)}${row('Section', c.section.join(' › '))}${row(
      'Position',
      `line ${c.span.line}, column ${c.span.column}`,
    )}${row('Kind', `${c.kind}${c.checkworthy ? '' : ' (not checkworthy)'}`)}${row('Id', c.id)}</dl>`,
  ];
  return `<div class="cbody s-${c.status}">${parts.join('')}</div>`;
}

/** One claim of the list: a <details> that opens in place (without JavaScript too); the script also shows it in the panel. */
export function claimDetails(c: Claim, unplaced: boolean): string {
  const cue = STATUS_CUE[c.status];
  const missing = unplaced ? ' <span class="sub">(not found in the article text)</span>' : '';
  return `<li class="s-${c.status}" data-id="${escapeHtml(c.id)}"><details id="d-${escapeHtml(c.id)}"><summary><span class="tag s-${c.status}"><span class="icon" aria-hidden="true">${cue.icon}</span> ${cue.label}</span> <span class="pos">${c.span.line}:${c.span.column}</span> ${escapeHtml(truncate(toInline(c.text), 160))}${missing}</summary>${claimBody(c)}</details></li>`;
}
