import { z } from 'zod';
import { Claim, STATUSES } from './claim.js';
import { SourceInfo } from './ledger.js';

export const ReportClaim = Claim.omit({ history: true });

export const ByStatus = z.strictObject(
  Object.fromEntries(STATUSES.map((s) => [s, z.number().int().nonnegative()])) as Record<(typeof STATUSES)[number], z.ZodNumber>,
);

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
  }),
});

export type ReportClaim = z.infer<typeof ReportClaim>;
export type JsonReport = z.infer<typeof JsonReport>;
