import type { Claim, DecisionRule } from '../../schema/index.js';
import type { Concept } from './concepts.js';

/**
 * The overall verdict: one sentence from counts over the checkworthy claims (M of them). The first
 * row that applies decides; the sentence names the counts it used.
 *
 * | # | rule id                   | when                                                                 | sentence |
 * |---|---------------------------|----------------------------------------------------------------------|----------|
 * | 1 | `nothing-checkworthy`     | M = 0                                                                | Nothing to decide: the article makes no checkworthy claims. |
 * | 2 | `central-concept-unknown` | a central concept exists (below)                                     | Do not build on this article: its central concept “X” is not in the documentation, and N of M checkworthy claims rest on it. |
 * | 3 | `contradicted`            | K ≥ 1 checkworthy claims are contradicted                            | Use with care: K of M checkworthy claims are contradicted by the documentation. |
 * | 4 | `mostly-verified`         | V ≥ M / 2 claims are verified                                        | Mostly supported: V of M checkworthy claims are verified against the documentation. |
 * | 5 | `largely-unverified`      | otherwise                                                            | Largely unverified: only V of M checkworthy claims are verified against the documentation. |
 *
 * **Central concept**: among the unknown concepts (an unknown-subject finding names them), the one
 * with the most dependent checkworthy claims (ties: the one the article mentions first), provided
 * it has N ≥ 1 dependents and N ≥ 20% of M. V counts status `verified` (reviewer verdicts included).
 */
export const CENTRAL_SHARE = 0.2;
export const MOSTLY_VERIFIED_SHARE = 0.5;

export interface Verdict {
  rule: DecisionRule;
  text: string;
  centralConcept?: Concept;
}

/** The central concept of the rule above, if any (concepts come sorted: unknown first, most dependents, first mention). */
export function centralConceptOf(concepts: readonly Concept[], checkworthy: number): Concept | undefined {
  const top = concepts.find((k) => !k.known);
  if (!top || top.dependents.length === 0 || checkworthy === 0) return undefined;
  return top.dependents.length >= CENTRAL_SHARE * checkworthy ? top : undefined;
}

export function verdictOf(claims: readonly Claim[], concepts: readonly Concept[]): Verdict {
  const checkworthy = claims.filter((c) => c.checkworthy);
  const m = checkworthy.length;
  if (m === 0) return { rule: 'nothing-checkworthy', text: 'Nothing to decide: the article makes no checkworthy claims.' };
  const of = `of ${m} checkworthy ${m === 1 ? 'claim' : 'claims'}`;
  const central = centralConceptOf(concepts, m);
  if (central) {
    const n = central.dependents.length;
    return {
      rule: 'central-concept-unknown',
      centralConcept: central,
      text: `Do not build on this article: its central concept “${central.name}” is not in the documentation, and ${n} ${of} ${n === 1 || m === 1 ? 'rests' : 'rest'} on it.`,
    };
  }
  const k = checkworthy.filter((c) => c.status === 'contradicted').length;
  if (k > 0) return { rule: 'contradicted', text: `Use with care: ${k} ${of} ${k === 1 || m === 1 ? 'is' : 'are'} contradicted by the documentation.` };
  const v = checkworthy.filter((c) => c.status === 'verified').length;
  if (v >= MOSTLY_VERIFIED_SHARE * m) return { rule: 'mostly-verified', text: `Mostly supported: ${v} ${of} ${v === 1 || m === 1 ? 'is' : 'are'} verified against the documentation.` };
  return { rule: 'largely-unverified', text: `Largely unverified: only ${v} ${of} ${v === 1 || m === 1 ? 'is' : 'are'} verified against the documentation.` };
}
