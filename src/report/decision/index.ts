import type { Claim, DecisionSummaryJson, Ledger } from '../../schema/index.js';
import { reportClaims } from '../claims.js';
import { conceptsOf, type Concept } from './concepts.js';
import { bucketsOf, type Buckets } from './buckets.js';
import { verdictOf, type Verdict } from './verdict.js';

/**
 * The decision summary of a report ("what can we build on"): pure functions of the ledger's live
 * claims. Nothing here is stored; every number a formatter prints is the length of one of these lists.
 */
export interface DecisionSummary extends Buckets {
  /** The live checkworthy claims (M in the verdict). */
  checkworthy: Claim[];
  concepts: Concept[];
  verdict: Verdict;
}

export function decisionOfClaims(claims: readonly Claim[]): DecisionSummary {
  const concepts = conceptsOf(claims);
  return {
    checkworthy: claims.filter((c) => c.checkworthy),
    concepts,
    ...bucketsOf(claims, concepts),
    verdict: verdictOf(claims, concepts),
  };
}

/** The summary of a ledger (claims the merge marked removed are left out, as in every report). */
export function decisionSummary(ledger: Ledger): DecisionSummary {
  return decisionOfClaims(reportClaims(ledger));
}

/** The one-sentence verdict of a ledger (for `claimcheck status`). */
export function verdictLine(ledger: Ledger): string {
  return decisionSummary(ledger).verdict.text;
}

/** `summary.decision` of the JSON report: claim ids and counts. */
export function decisionJson(d: DecisionSummary): DecisionSummaryJson {
  const ids = (claims: readonly Claim[]): string[] => claims.map((c) => c.id);
  const out: DecisionSummaryJson = {
    verdict: d.verdict.text,
    rule: d.verdict.rule,
    concepts: d.concepts.map((k) => ({ name: k.name, known: k.known, dependents: k.dependents.length })),
    buildOn: d.buildOn.map((p) => ({ url: p.url, ...(p.title !== undefined ? { title: p.title } : {}), claims: ids(p.claims) })),
    checkBeforeUse: d.checkBeforeUse.map((x) => x.claim.id),
    doNotBuildOn: {
      contradicted: ids(d.contradicted),
      unknownConcepts: d.unknownConcepts.map((k) => ({ name: k.name, dependents: k.dependents.length })),
      unsourcedDatesAndStatistics: ids(d.unsourcedDatesAndStatistics),
    },
  };
  if (d.evidenceChanged.length > 0) out.evidenceChanged = ids(d.evidenceChanged);
  if (d.verdict.centralConcept) out.centralConcept = d.verdict.centralConcept.name;
  return out;
}

export { conceptsOf, isUnknownSubject, UNKNOWN_SUBJECT_FINDINGS, type Concept } from './concepts.js';
export { bucketsOf, readingList, pageUrl, type Buckets, type ReadingPage, type CheckReason } from './buckets.js';
export { verdictOf, centralConceptOf, CENTRAL_SHARE, MOSTLY_VERIFIED_SHARE, type Verdict } from './verdict.js';
export { conceptKey, containsWords } from './normalise.js';
