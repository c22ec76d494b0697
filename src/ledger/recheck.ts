import type { Claim, EvidenceChange, Finding, Status } from '../schema/claim.js';
import type { Ledger } from '../schema/ledger.js';

/** What the caller (the recheck command) knows how to ask the evidence and verify stages. */
export interface RecheckProbes {
  /** What changed in the documentation under one evidence entry of the claim; undefined when it still holds. */
  passageChanges(claim: Claim): string[];
  /** The claims verified afresh with the current sources, each as the tool alone would judge it (reviewer verdicts set aside). */
  reverify(claims: Claim[]): Promise<Map<string, Claim>>;
  /** What changed in the Graph metadata answers the claim rests on, comparing the recorded claim with its fresh verification. */
  graphChanges(recorded: Claim, fresh: Claim): string[];
  /** Findings to add for the claim (docs updated since its review); deduplicated by checker, messageId and subject. */
  notes?(claim: Claim): Finding[];
}

export interface RecheckedClaim {
  id: string;
  origin: Claim['origin'];
  status: Status;
  what: string;
  /** The verdict the tool would give now, when it differs from the claim's. */
  wouldBe?: Status;
}

export interface RecheckResult {
  ledger: Ledger;
  /** Claims whose evidence changed since the last recheck (a change already recorded with the same words is not new). */
  changed: RecheckedClaim[];
  /** Claims that now carry a docs-updated-since-review note they did not have. */
  noted: number;
}

/** The claim as the checkers alone would judge it: no reviewer verdict, no evidence or findings carried over. */
export function asAutomatic(c: Claim): Claim {
  const out: Claim = { ...c, origin: 'auto', evidence: [], findings: [] };
  delete out.reviewer;
  delete out.reviewedAt;
  delete out.evidenceChanged;
  return out;
}

/** Does a claim's verdict rest on something `recheck` can look at again? */
const restsOnEvidence = (c: Claim): boolean => !c.removed && c.checkworthy && (c.evidence.length > 0 || c.findings.some((f) => f.checker === 'graph-path'));

/**
 * `claimcheck recheck` over one ledger: each claim's kept passages are looked up again and its Graph
 * metadata answers asked again; a claim whose ground changed gets `evidenceChanged {at, what}`. An auto
 * verdict is replaced by the fresh one; a reviewer's (or a reused) verdict is kept and only flagged, like
 * `stale`. Claims whose ground did not change are left exactly as they were.
 */
export async function recheckLedger(ledger: Ledger, probes: RecheckProbes, at: string): Promise<RecheckResult> {
  const candidates = ledger.claims.filter(restsOnEvidence);
  const fresh = candidates.length > 0 ? await probes.reverify(ledger.claims) : new Map<string, Claim>();
  const changed: RecheckedClaim[] = [];
  let noted = 0;
  const claims = ledger.claims.map((c): Claim => {
    let out = c;
    const notes = (probes.notes?.(c) ?? []).filter((n) => !c.findings.some((f) => f.checker === n.checker && f.messageId === n.messageId && f.subject === n.subject));
    if (notes.length > 0) {
      out = { ...out, findings: [...out.findings, ...notes] };
      noted++;
    }
    if (!candidates.includes(c)) return out;
    const now = fresh.get(c.id);
    const reasons = [...probes.passageChanges(c), ...(now ? probes.graphChanges(c, now) : [])];
    if (reasons.length === 0) return out;
    const wouldBe = now && now.status !== c.status ? now.status : undefined;
    // an auto verdict is replaced by the fresh one; a reviewer's stays, and says what the tool would now give
    const verdict = wouldBe === undefined ? '' : c.origin === 'auto' && now ? `; verdict is now ${wouldBe} (was ${c.status})` : `; verdict would now be ${wouldBe}`;
    const what = [...new Set(reasons)].join('; ') + verdict;
    if (c.evidenceChanged?.what === what) return out;
    const change: EvidenceChange = { at, what };
    changed.push({ id: c.id, origin: c.origin, status: c.status, what, ...(wouldBe ? { wouldBe } : {}) });
    if (c.origin !== 'auto' || !now) return { ...out, evidenceChanged: change };
    return { ...out, status: now.status, evidence: now.evidence, findings: [...now.findings, ...notes], evidenceChanged: change };
  });
  return { ledger: { ...ledger, claims }, changed, noted };
}
