import { claimPieces, type Claim } from '../schema/index.js';
import { groupBySection, sectionLabel } from './claims.js';

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
