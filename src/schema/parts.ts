import type { Claim, Range } from './claim.js';

/** The least of a claim the piece helpers need: where it stands, and its pieces if any. */
type Placed = { span: Range; parts?: Range[] | undefined };

/** What a claim covers, piece by piece: its `parts`, or its whole span as one piece. */
export function claimPieces(claim: Placed): Range[] {
  return claim.parts ?? [{ start: claim.span.start, end: claim.span.end }];
}

/** The words a claim covers, as shown to a reader: its pieces of the quote joined by " … ". */
export function keptQuote(claim: Placed & Pick<Claim, 'quote'>): string {
  if (!claim.parts) return claim.quote;
  const at = claim.span.start;
  return claim.parts.map((p) => claim.quote.slice(p.start - at, p.end - at).trim()).join(' … ');
}

/** True when the range [start, end) lies inside one of the claim's pieces. */
export function withinPieces(claim: Placed, start: number, end: number): boolean {
  return claimPieces(claim).some((p) => start >= p.start && end <= p.end);
}
