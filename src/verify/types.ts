import type { Claim, Evidence, Finding } from '../schema/index.js';
import type { EvidenceSource, GraphModel } from '../evidence/types.js';

/** What a checker concluded about the claim, for the verdict policy to combine. */
export type Signal =
  | 'covered' // an exhaustive source answers the whole claim (Graph metadata: the type has every property named)
  | 'supported' // every key part has a supporting passage
  | 'partly-supported' // some key parts supported, none refuted
  | 'refuted' // an exhaustive source excludes a key part
  | 'conflicts' // a passage on the claim's subject states another value of one of its slots (90 minutes, not 90 days)
  | 'unknown-subject' // a key subject is absent from every source
  | 'no-support' // searched, found nothing that supports it
  | 'found' // the subject exists in a source; says nothing about the claim itself (neutral)
  | 'not-applicable';

export interface CheckResult {
  evidence: Evidence[];
  findings: Finding[];
  signal: Signal;
  /** Human-readable trace for `claimcheck explain`: queries sent and hits seen. */
  trace: string[];
}

export interface CheckContext {
  sources: EvidenceSource[];
  graph: GraphModel | undefined;
  /** The check date (`--as-of`), ISO yyyy-mm-dd. */
  asOf: string;
  /** All claims of the article, for the consistency checker. */
  claims: readonly Claim[];
  online: boolean;
  /** With --online: what resolving each of the article's links found, by the URL as written. */
  links?: ReadonlyMap<string, { status: 'ok' | 'broken' | 'placeholder' | 'unreachable' | 'error'; finalUrl?: string; httpStatus?: number; reason?: string }>;
}

/** DESIGN 5: a checker plugin, shaped like an ESLint rule. */
export interface Checker {
  id: string;
  meta: { description: string; messages: Record<string, string> };
  appliesTo(claim: Claim): boolean;
  check(claim: Claim, ctx: CheckContext): Promise<CheckResult>;
}
