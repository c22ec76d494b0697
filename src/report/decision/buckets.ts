import type { Claim } from '../../schema/index.js';
import type { Concept } from './concepts.js';

/** A page that supports verified claims: the reading list entry. */
export interface ReadingPage {
  /** The evidence URL without its `#anchor`. */
  url: string;
  title?: string;
  claims: Claim[];
}

/** Why a claim needs a second look (one reason per claim, first that applies). */
export type CheckReason = 'stale' | 'reviewer-warning' | 'partly-verified';

export interface Buckets {
  /** Claims whose evidence changed in the documentation since it was recorded (`recheck`): listed first. */
  evidenceChanged: Claim[];
  /** Verified, not stale, no reviewer verdict in question: what to build on. */
  verified: Claim[];
  /** Those claims grouped by supporting page, most claims first, then first mention. */
  buildOn: ReadingPage[];
  checkBeforeUse: Array<{ claim: Claim; reason: CheckReason }>;
  contradicted: Claim[];
  /** Unknown concepts that some checkworthy claim rests on. */
  unknownConcepts: Concept[];
  /** Unverified checkworthy claims that rest on at least one unknown concept. */
  onUnknownConcepts: Claim[];
  /** date-roadmap and statistic claims with no supporting evidence (contradicted ones are listed as contradicted). */
  unsourcedDatesAndStatistics: Claim[];
}

const hasSupport = (c: Claim): boolean => c.evidence.some((e) => e.stance === 'supports');

/** A reviewer's verified verdict that some finding now questions (warning or error). */
/**
 * A reviewer's verified is in question only when the verdict policy says the evidence now points the
 * other way (its reviewer-disagrees warning); a checker that merely found less than the reviewer read
 * does not put it in question.
 */
function reviewerInQuestion(c: Claim): boolean {
  return c.origin === 'reviewer' && c.status === 'verified' && c.findings.some((f) => f.messageId === 'reviewer-disagrees' && f.severity !== 'info');
}

function checkReason(c: Claim): CheckReason | undefined {
  if (c.status !== 'verified' && c.status !== 'partly-verified') return undefined;
  if (c.stale === true) return 'stale';
  if (reviewerInQuestion(c)) return 'reviewer-warning';
  return c.status === 'partly-verified' ? 'partly-verified' : undefined;
}

export function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** Verified claims by the page (URL without anchor) of each supporting evidence item. */
export function readingList(verified: readonly Claim[]): ReadingPage[] {
  const pages = new Map<string, ReadingPage>();
  for (const c of verified) {
    for (const e of c.evidence.filter((x) => x.stance === 'supports')) {
      const url = pageUrl(e.url);
      let page = pages.get(url);
      if (!page) {
        page = { url, claims: [] };
        pages.set(url, page);
      }
      if (page.title === undefined && e.title !== undefined && e.title.trim() !== '') page.title = e.title;
      if (!page.claims.includes(c)) page.claims.push(c);
    }
  }
  // Stable sort: ties keep the order of first mention.
  return [...pages.values()].sort((a, b) => b.claims.length - a.claims.length);
}

/** The three lists of the decision summary, over the checkworthy claims (removed ones already left out). */
export function bucketsOf(claims: readonly Claim[], concepts: readonly Concept[]): Buckets {
  const checkworthy = claims.filter((c) => c.checkworthy);
  const checkBeforeUse = checkworthy.flatMap((claim) => {
    const reason = checkReason(claim);
    return reason ? [{ claim, reason }] : [];
  });
  // a kept verdict (reviewer's or reused) whose evidence changed is in question until someone looks again;
  // an auto verdict whose evidence changed was verified afresh by `recheck`
  const changedUnderVerdict = (c: Claim): boolean => c.evidenceChanged !== undefined && c.origin !== 'auto';
  const verified = checkworthy.filter((c) => c.status === 'verified' && checkReason(c) === undefined && !changedUnderVerdict(c));
  const unknownConcepts = concepts.filter((k) => !k.known && k.dependents.length > 0);
  const onUnknown = new Set(unknownConcepts.flatMap((k) => k.dependents));
  return {
    evidenceChanged: checkworthy.filter((c) => c.evidenceChanged !== undefined),
    verified,
    buildOn: readingList(verified),
    checkBeforeUse,
    contradicted: checkworthy.filter((c) => c.status === 'contradicted'),
    unknownConcepts,
    onUnknownConcepts: checkworthy.filter((c) => c.status === 'unverified' && onUnknown.has(c)),
    unsourcedDatesAndStatistics: checkworthy.filter((c) => (c.kind === 'date-roadmap' || c.kind === 'statistic') && c.status !== 'contradicted' && !hasSupport(c)),
  };
}
