import type { Claim } from '../schema/claim.js';
import type { Ledger, SourceInfo } from '../schema/ledger.js';
import { greedyMatch, jaccard, sameNormalisedText, tokenSet, type Candidate } from './similarity.js';

export interface MergeMeta {
  article: string;
  articleSha256: string;
  title?: string;
  checkedAt: string;
  sources: SourceInfo[];
}

export interface MergeStats {
  /** reviewer verdicts carried onto a live claim of the fresh extraction */
  kept: number;
  /** previous claims matched to a fresh claim with the same id */
  matchedById: number;
  /** previous claims matched to a fresh claim by quote similarity */
  matchedBySimilarity: number;
  /** claims this merge marked stale (a reviewer verdict now sits on changed text) */
  stale: number;
  /** fresh claims with no previous counterpart */
  added: number;
  /** claims in the output flagged `removed` (kept for their verdict until `status --prune`) */
  removed: number;
  /** previous auto claims with nothing human in them whose text vanished: dropped */
  dropped: number;
}

export interface MergeResult {
  ledger: Ledger;
  stats: MergeStats;
}

/** Something a person wrote lives on this claim: it must never be dropped silently. */
export function isHumanTouched(c: Claim): boolean {
  return c.origin === 'reviewer' || c.note !== undefined || c.reviewer !== undefined || c.history.length > 0;
}

/** The fresh claim's position and wording with the previous claim's verdict fields. */
function carryVerdict(prev: Claim, fresh: Claim, stale: boolean): Claim {
  const out: Claim = { ...fresh, status: prev.status, origin: prev.origin, evidence: prev.evidence, history: prev.history };
  delete out.removed;
  delete out.stale;
  if (prev.note !== undefined) out.note = prev.note;
  if (prev.reviewer !== undefined) out.reviewer = prev.reviewer;
  if (prev.reviewedAt !== undefined) out.reviewedAt = prev.reviewedAt;
  // what a kept verdict rested on changed (set by `recheck`): flagged until a reviewer looks again
  if (prev.evidenceChanged !== undefined) out.evidenceChanged = prev.evidenceChanged;
  if (stale || prev.stale) out.stale = true;
  return out;
}

/** Auto claims take the fresh version; hand-written note/history on them are kept (fresh ones have none). */
function refreshAuto(prev: Claim, fresh: Claim): Claim {
  const out: Claim = { ...fresh };
  delete out.removed;
  if (prev.note !== undefined && out.note === undefined) out.note = prev.note;
  if (prev.history.length > 0 && out.history.length === 0) out.history = prev.history;
  return out;
}

function similarityCandidates(prev: Claim[], fresh: Claim[]): Candidate[] {
  const prevTokens = prev.map((c) => [tokenSet(c.quote), tokenSet(c.text)] as const);
  const freshTokens = fresh.map((c) => [tokenSet(c.quote), tokenSet(c.text)] as const);
  const out: Candidate[] = [];
  prev.forEach((p, i) => {
    const [pq, pt] = prevTokens[i] ?? [new Set<string>(), new Set<string>()];
    fresh.forEach((f, j) => {
      const [fq, ft] = freshTokens[j] ?? [new Set<string>(), new Set<string>()];
      const score = Math.max(jaccard(pq, fq), jaccard(pt, ft));
      out.push({ prev: i, fresh: j, score, distance: Math.abs(p.span.start - f.span.start) });
    });
  });
  return out;
}

/**
 * Merge a fresh extraction into the previous ledger (rules in docs of this stage, DESIGN §2):
 * 1. match by id; 2. match the rest by quote similarity (greedy, one-to-one, ≥ threshold);
 * 3. reviewer verdicts ride along (stale when the text changed); auto claims take the fresh version;
 * 4. unmatched previous claims: human-touched → kept with `removed: true`, plain auto → dropped;
 * 5. unmatched fresh claims are added. Live claims in span order, removed ones at the end.
 */
export function mergeLedger(previous: Ledger | undefined, fresh: Claim[], meta: MergeMeta): MergeResult {
  const prevClaims = previous?.claims ?? [];
  const stats: MergeStats = { kept: 0, matchedById: 0, matchedBySimilarity: 0, stale: 0, added: 0, removed: 0, dropped: 0 };
  const freshToPrev = new Map<number, { prev: number; byId: boolean }>();
  const matchedPrev = new Set<number>();

  const prevById = new Map<string, number>();
  prevClaims.forEach((c, i) => {
    prevById.set(c.id, i);
  });
  fresh.forEach((f, j) => {
    const i = prevById.get(f.id);
    if (i === undefined || matchedPrev.has(i)) return;
    matchedPrev.add(i);
    freshToPrev.set(j, { prev: i, byId: true });
  });

  const restPrev = prevClaims.map((_, i) => i).filter((i) => !matchedPrev.has(i));
  const restFresh = fresh.map((_, j) => j).filter((j) => !freshToPrev.has(j));
  const pairs = greedyMatch(
    similarityCandidates(
      restPrev.flatMap((i) => prevClaims[i] ?? []),
      restFresh.flatMap((j) => fresh[j] ?? []),
    ),
  );
  for (const pair of pairs) {
    const i = restPrev[pair.prev];
    const j = restFresh[pair.fresh];
    if (i === undefined || j === undefined) continue;
    matchedPrev.add(i);
    freshToPrev.set(j, { prev: i, byId: false });
  }

  const live: Claim[] = fresh.map((f, j) => {
    const match = freshToPrev.get(j);
    if (!match) {
      stats.added++;
      return f;
    }
    const prev = prevClaims[match.prev];
    if (!prev) {
      stats.added++;
      return f;
    }
    if (match.byId) stats.matchedById++;
    else stats.matchedBySimilarity++;
    if (prev.origin !== 'reviewer') return refreshAuto(prev, f);
    stats.kept++;
    const changed = !match.byId && !sameNormalisedText(prev.quote, f.quote);
    if (changed && !prev.stale) stats.stale++;
    return carryVerdict(prev, f, changed);
  });
  live.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.id < b.id ? -1 : 1));

  const removed: Claim[] = [];
  prevClaims.forEach((c, i) => {
    if (matchedPrev.has(i)) return;
    if (!isHumanTouched(c)) {
      stats.dropped++;
      return;
    }
    removed.push({ ...c, removed: true });
  });
  stats.removed = removed.length;

  const ledger: Ledger = {
    article: meta.article,
    articleSha256: meta.articleSha256,
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    checkedAt: meta.checkedAt,
    sources: meta.sources,
    claims: [...live, ...removed],
  };
  return { ledger, stats };
}
