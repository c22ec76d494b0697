/**
 * Quote similarity for the merge: Jaccard over the sets of normalised word tokens.
 * Tokens keep identifier punctuation inside them (`v2.0`, `X-Ms-Foo`, `/v1.0/users`), so a changed
 * version number or identifier counts as a changed word, not as a shared one.
 */
const TOKEN = /\/?[\p{L}\p{N}]+(?:[._\-/:][\p{L}\p{N}]+)*/gu;

export function tokenSet(text: string): Set<string> {
  return new Set(text.normalize('NFKC').toLowerCase().match(TOKEN) ?? []);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Same words in the same order, ignoring case, spacing and punctuation between words. */
export function sameNormalisedText(a: string, b: string): boolean {
  return normaliseText(a) === normaliseText(b);
}

/** The words of a text, lower-cased and NFKC-normalised, joined by single spaces (the key of verdict reuse). */
export function normaliseText(text: string): string {
  return (text.normalize('NFKC').toLowerCase().match(TOKEN) ?? []).join(' ');
}

/**
 * Threshold for "the same claim, lightly edited". One changed word in a 5-word sentence scores 4/6 = 0.67,
 * one in 10 words 9/11 = 0.82, two in 10 words 8/12 = 0.67. Among the 88 distinct sentences of the seed
 * article (sources/azure-latch-codes.md) the most similar pair of different sentences scores 0.625 (two short
 * FAQ headings), the next 0.53 (measured in test/ledger/similarity.test.ts). 0.65 sits between the two.
 */
export const SIMILARITY_THRESHOLD = 0.65;

export interface Candidate {
  /** index into the "previous" list */
  prev: number;
  /** index into the "fresh" list */
  fresh: number;
  score: number;
  /** tie-breaker: how far apart the two are in the article (characters) */
  distance: number;
}

/**
 * One-to-one greedy best-first matching: take the highest-scoring pair (then the closest one),
 * drop both sides, repeat. Pairs under the threshold never match.
 */
export function greedyMatch(candidates: Candidate[], threshold = SIMILARITY_THRESHOLD): Candidate[] {
  const sorted = candidates.filter((c) => c.score >= threshold).sort((x, y) => y.score - x.score || x.distance - y.distance || x.prev - y.prev || x.fresh - y.fresh);
  const usedPrev = new Set<number>();
  const usedFresh = new Set<number>();
  const out: Candidate[] = [];
  for (const c of sorted) {
    if (usedPrev.has(c.prev) || usedFresh.has(c.fresh)) continue;
    usedPrev.add(c.prev);
    usedFresh.add(c.fresh);
    out.push(c);
  }
  return out;
}
