import { z } from 'zod';
import { Claim } from './claim.js';

export const SourceInfo = z.strictObject({
  name: z.string(),
  commit: z.string().optional(),
  indexedAt: z.string().optional(),
});

/** claims/<slug>.yaml — the reviewed record of one article. */
export const Ledger = z.strictObject({
  article: z.string(),
  articleSha256: z.string(),
  title: z.string().optional(),
  checkedAt: z.string(),
  sources: z.array(SourceInfo),
  claims: z.array(Claim),
});

export type SourceInfo = z.infer<typeof SourceInfo>;
export type Ledger = z.infer<typeof Ledger>;
