import type { Claim } from '../schema/index.js';
import type { Checker, CheckContext } from './types.js';
import { decide, type CheckerResult, type Decision } from './policy.js';
import { propagateUnknowns } from './propagate.js';
import { CachedSource, withTitles } from './evidence-access.js';
import { withPassages } from '../evidence/keep-passage.js';
import { docsUpdatedSinceReview } from '../evidence/docs-updated.js';
import { identifierExists } from './checkers/identifier-exists.js';
import { productTerm } from './checkers/product-term.js';
import { graphPath } from './checkers/graph-path.js';
import { passageSupport } from './checkers/passage-support.js';
import { date } from './checkers/date.js';
import { statistic } from './checkers/statistic.js';
import { attribution } from './checkers/attribution.js';
import { consistency } from './checkers/consistency.js';
import { url } from './checkers/url.js';
import { rename } from './checkers/rename.js';

export type { Checker, CheckContext, CheckResult, Signal } from './types.js';
export { decide, type Decision, type PolicyRule, type CheckerResult } from './policy.js';
export { CachedSource } from './evidence-access.js';

/** Every checker of DESIGN 5, in the order explain prints them. */
export const CHECKERS: readonly Checker[] = [identifierExists, productTerm, graphPath, passageSupport, date, statistic, attribution, consistency, url, rename];

export interface VerifyOutput {
  claims: Claim[];
  /** Per claim id: each checker's trace lines, then the policy's rule. */
  traces: Map<string, string[]>;
  /** Per claim id: the raw checker results and the decision (for explain). */
  details: Map<string, { results: CheckerResult[]; decision: Decision }>;
}

/** Runs every applicable checker on every claim (cached look-ups), propagates unknown concepts, applies the policy. */
export async function verifyClaims(claims: Claim[], base: Omit<CheckContext, 'claims'>, checkers: readonly Checker[] = CHECKERS): Promise<VerifyOutput> {
  const ctx: CheckContext = {
    ...base,
    sources: base.sources.map((s) => (s instanceof CachedSource ? s : new CachedSource(s))),
    claims,
  };
  const results = new Map<string, CheckerResult[]>();
  await Promise.all(
    claims.map(async (claim) => {
      const applicable = checkers.filter((c) => c.appliesTo(claim));
      // Exact look-ups first; the ranked passage search (the costly checker) runs only when its answer can
      // still change the verdict: after a refutation or an unknown key subject (rules 3 and 4) it cannot.
      const [late, early] = partition(applicable, (c) => c.id === 'passage-support');
      const rs = await Promise.all(early.map(async (c) => ({ checker: c.id, result: await c.check(claim, ctx) })));
      const decided = rs.some((r) => r.result.signal === 'refuted' || r.result.signal === 'unknown-subject');
      for (const c of late) {
        rs.push({ checker: c.id, result: decided ? skipped(rs) : await c.check(claim, ctx) });
      }
      results.set(claim.id, rs);
    }),
  );
  for (const [id, extra] of propagateUnknowns(claims, results)) results.get(id)?.push(extra);

  const traces = new Map<string, string[]>();
  const details = new Map<string, { results: CheckerResult[]; decision: Decision }>();
  const out = claims.map((claim) => {
    const rs = results.get(claim.id) ?? [];
    const decision = decide(claim, rs);
    details.set(claim.id, { results: rs, decision });
    traces.set(claim.id, [...rs.flatMap((r) => [`[${r.checker}] ${r.result.signal}`, ...r.result.trace.map((t) => `  ${t}`)]), `[policy] ${decision.status}: ${decision.reason}`]);
    const evidence = withPassages(withTitles(decision.evidence, ctx.sources), claim.text, ctx.sources);
    // a reviewed claim whose evidence page changed after the review says so (never changes the verdict)
    const findings = [...decision.findings, ...docsUpdatedSinceReview({ ...claim, evidence }, ctx.sources)];
    const next: Claim = { ...claim, status: decision.status, evidence, findings };
    return next;
  });
  return { claims: out, traces, details };
}

function partition<T>(list: readonly T[], pred: (t: T) => boolean): [T[], T[]] {
  return [list.filter(pred), list.filter((t) => !pred(t))];
}

function skipped(decisive: CheckerResult[]): CheckerResult['result'] {
  const by = decisive.filter((r) => r.result.signal === 'refuted' || r.result.signal === 'unknown-subject').map((r) => r.checker);
  return { evidence: [], findings: [], signal: 'not-applicable', trace: [`not searched: ${by.join(', ')} already decided the verdict`] };
}
