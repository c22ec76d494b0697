import { claimPieces, type Claim } from '../schema/index.js';
import { groupBySection, sectionLabel } from './claims.js';
import { escapeHtml } from './escape.js';
import { truncate, toInline } from './text.js';

/** A claim placed in the text the page shows: [start, end) offsets into that text. */
export interface Placed {
  claim: Claim;
  start: number;
  end: number;
  /** A later piece of a claim with `parts` (not focusable: the first piece stands for the claim). */
  later?: boolean;
}

export interface ArticleView {
  text: string;
  /** True when the text was rebuilt from the claims' quotes (no article text was given). */
  reconstructed: boolean;
  placed: Placed[];
  /** Claims whose span no longer matches the text (the article changed since the check), or are empty. */
  unplaced: Claim[];
}

/**
 * The text to show and where each claim sits in it. With the article text a claim is placed by
 * its span only if `text.slice(start, end) === quote` still holds; without it the text is rebuilt
 * from the quotes, section by section, one paragraph per section.
 */
export function articleView(claims: readonly Claim[], articleText: string | undefined): ArticleView {
  if (articleText !== undefined) {
    const placed: Placed[] = [];
    const unplaced: Claim[] = [];
    for (const claim of claims) {
      const { start, end } = claim.span;
      if (!(start < end && articleText.slice(start, end) === claim.quote)) unplaced.push(claim);
      else for (const [i, p] of claimPieces(claim).entries()) placed.push({ claim, start: p.start, end: p.end, ...(i > 0 ? { later: true } : {}) });
    }
    return { text: articleText, reconstructed: false, placed, unplaced };
  }
  let text = '';
  const placed: Placed[] = [];
  const unplaced: Claim[] = [];
  for (const group of groupBySection(claims)) {
    text += `${text === '' ? '' : '\n\n'}${sectionLabel(group.path)}\n\n`;
    let first = true;
    for (const claim of group.claims) {
      if (claim.quote === '') {
        unplaced.push(claim);
        continue;
      }
      if (!first) text += ' ';
      first = false;
      placed.push({ claim, start: text.length, end: text.length + claim.quote.length });
      text += claim.quote;
    }
  }
  return { text, reconstructed: true, placed, unplaced };
}

function openTag(p: Placed, first: boolean): string {
  const { claim } = p;
  const common = `class="claim s-${claim.status}${first && !p.later ? '' : ' cont'}" data-id="${escapeHtml(claim.id)}" data-status="${claim.status}"`;
  if (!first || p.later) return `<mark ${common}>`;
  const label = `${claim.status} claim, line ${claim.span.line}: ${truncate(toInline(claim.text), 100)}`;
  return `<mark ${common} tabindex="0" role="button" aria-controls="panel" aria-label="${escapeHtml(label)}">`;
}

/**
 * HTML for `text` with every placed claim wrapped in <mark>. Nested spans nest; a span that crosses
 * another's end is closed there and reopened as a continuation fragment (class `cont`, not focusable),
 * so the markup is always well formed and each claim has exactly one focusable first fragment.
 */
export function highlight(text: string, placed: readonly Placed[]): string {
  const points = [...new Set([0, text.length, ...placed.flatMap((p) => [p.start, p.end])])].sort((a, b) => a - b);
  // Outer (longer) spans open first so that inner ones nest inside them.
  const startsAt = new Map<number, Placed[]>();
  for (const p of [...placed].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const list = startsAt.get(p.start) ?? [];
    list.push(p);
    startsAt.set(p.start, list);
  }
  const stack: Placed[] = [];
  let out = '';
  let prev = 0;
  for (const point of points) {
    out += escapeHtml(text.slice(prev, point));
    prev = point;
    const lowest = stack.findIndex((p) => p.end === point);
    if (lowest >= 0) {
      const above = stack.splice(lowest);
      out += '</mark>'.repeat(above.length);
      for (const p of above) {
        if (p.end === point) continue;
        stack.push(p);
        out += openTag(p, false);
      }
    }
    for (const p of startsAt.get(point) ?? []) {
      stack.push(p);
      out += openTag(p, true);
    }
  }
  return out + '</mark>'.repeat(stack.length);
}
