import { z } from 'zod';
import { Claim, STATUSES } from './claim.js';
import { SourceInfo } from './ledger.js';

export const ReportClaim = Claim.omit({ history: true });

export const ByStatus = z.strictObject(Object.fromEntries(STATUSES.map((s) => [s, z.number().int().nonnegative()])) as Record<(typeof STATUSES)[number], z.ZodNumber>);

/** Which branch of the overall-verdict rule (src/report/decision/README.md) decided `summary.decision.verdict`. */
export const DECISION_RULES = ['central-concept-unknown', 'contradicted', 'mostly-verified', 'largely-unverified', 'nothing-checkworthy'] as const;
export const DecisionRule = z.enum(DECISION_RULES);

const ClaimIds = z.array(z.string());

/**
 * `summary.decision`: what a reader can build on. Every number in it is a count over `claims`
 * (dependents = the checkworthy claims that rest on a concept); nothing is stored separately.
 */
export const DecisionSummaryJson = z.strictObject({
  verdict: z.string(),
  rule: DecisionRule,
  centralConcept: z.string().optional(),
  /** Claims whose evidence changed in the documentation (`claimcheck recheck`); absent when none did. */
  evidenceChanged: ClaimIds.optional(),
  concepts: z.array(z.strictObject({ name: z.string(), known: z.boolean(), dependents: z.number().int().nonnegative() })),
  buildOn: z.array(z.strictObject({ url: z.string(), title: z.string().optional(), claims: ClaimIds })),
  checkBeforeUse: ClaimIds,
  doNotBuildOn: z.strictObject({
    contradicted: ClaimIds,
    unknownConcepts: z.array(z.strictObject({ name: z.string(), dependents: z.number().int().nonnegative() })),
    unsourcedDatesAndStatistics: ClaimIds,
  }),
});

/** The JSON report (`--format json`): the stable machine contract of DESIGN.md section 2. */
export const JsonReport = z.strictObject({
  tool: z.strictObject({ name: z.literal('claimcheck'), version: z.string() }),
  article: z.strictObject({ path: z.string(), sha256: z.string(), title: z.string() }),
  checkedAt: z.string(),
  sources: z.array(SourceInfo),
  claims: z.array(ReportClaim),
  summary: z.looseObject({
    total: z.number().int().nonnegative(),
    checkworthy: z.number().int().nonnegative(),
    byStatus: ByStatus,
    decision: DecisionSummaryJson.optional(),
  }),
});

export type DecisionRule = z.infer<typeof DecisionRule>;
export type DecisionSummaryJson = z.infer<typeof DecisionSummaryJson>;
export type ReportClaim = z.infer<typeof ReportClaim>;
export type JsonReport = z.infer<typeof JsonReport>;
