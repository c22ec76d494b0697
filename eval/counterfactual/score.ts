/**
 * Scoring: what the checker said about each probe, and the tally by kind. A probe takes the verdicts of
 * every tool claim whose span overlaps its changed words; it counts as verified when any of them is.
 */
import { DISTORTION_KINDS, type DistortionKind } from './distort.js';
import type { Offsets, Probe } from './probes.js';

/** The parts of a tool claim the scoring reads (a subset of the JSON report's claim). */
export interface ToolClaim {
  status: string;
  span: Offsets;
  findings: { messageId: string; subject: string; message: string }[];
}

/** The strongest verdict among the overlapping claims, in this order; `none` when no claim covers the change. */
export const OUTCOMES = ['verified', 'partly-verified', 'contradicted', 'unverified', 'not-checkable', 'none'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Finding ids that report a conflict with the sources (today's and the ones a meaning check is likely to add). */
const CONFLICT_ID = /mismatch|conflict|contradict|differ|refut|disagree|unsupported|wrong|opposite|no-such|beta-only|swap/i;
/**
 * Findings that compare a claim with another claim of the same article, not with the sources. Two probes
 * in one article (say two lifetimes of refresh tokens for different apps) can set these off, so they do
 * not count as catching a distortion.
 */
export const IN_ARTICLE_FINDINGS: readonly string[] = ['conflicting-durations'];
const WORD = /[\p{L}\p{N}][\p{L}\p{N}._'’-]*/gu;
const TRAILING_PUNCTUATION = /[._'’-]+$/;
const words = (text: string): string[] => [...text.matchAll(WORD)].map((m) => m[0].replace(TRAILING_PUNCTUATION, ''));
/** Changed words too common to show that a finding is about the change. */
const COMMON = new Set(['not', 'the', 'and', 'does', "doesn't", 'do', "don't", 'a', 'an', 'of', 'to', 'is', 'are', 'can', 'was', 'were', 'will', 'have', 'has']);

export interface ProbeResult {
  probe: Probe;
  outcome: Outcome;
  /**
   * Contradicted, or a finding of an overlapping claim reports a conflict or names a changed word in its
   * message (the subject is not read: for passage findings it is the start of the claim itself). Findings
   * that only compare claims of the article with each other do not count (IN_ARTICLE_FINDINGS).
   */
  flagged: boolean;
  /** Statuses of every overlapping claim. */
  statuses: string[];
  findings: string[];
}

const overlaps = (a: Offsets, b: Offsets): boolean => a.start < b.end && b.start < a.end;

/** The changed words worth looking for in a finding. */
export function telltaleWords(changed: string): string[] {
  return words(changed).filter((w) => w.length >= 2 && !COMMON.has(w.toLowerCase()));
}

/** True when `text` has `word` as a whole word (any case). */
function mentions(text: string, word: string): boolean {
  const target = word.toLowerCase();
  return words(text).some((w) => w.toLowerCase() === target);
}

export function scoreProbe(probe: Probe, claims: readonly ToolClaim[]): ProbeResult {
  const hit = claims.filter((c) => overlaps(c.span, probe.changedSpan));
  const statuses = hit.map((c) => c.status);
  const outcome = OUTCOMES.find((o) => statuses.includes(o)) ?? 'none';
  const telltale = probe.kind === 'control' ? [] : telltaleWords(probe.changed);
  const findings = hit.flatMap((c) => c.findings);
  const named = findings.filter((f) => !IN_ARTICLE_FINDINGS.includes(f.messageId)).some((f) => CONFLICT_ID.test(f.messageId) || telltale.some((w) => mentions(f.message, w)));
  return {
    probe,
    outcome,
    flagged: statuses.includes('contradicted') || named,
    statuses,
    findings: findings.map((f) => `${f.messageId}: ${f.message}`),
  };
}

/**
 * One line of the table. `originalVerified`: probes whose undistorted sentence came back verified (only those
 * can show that a distortion slipped through); `leaked`: of those, the probes whose distortion came back verified too.
 */
export type Row = Record<Outcome, number> & { probes: number; flagged: number; originalVerified: number; leaked: number };

const emptyRow = (): Row => ({ probes: 0, flagged: 0, originalVerified: 0, leaked: 0, ...Object.fromEntries(OUTCOMES.map((o) => [o, 0])) }) as Row;

/** Tally by kind, and a total row. */
export function tally(results: readonly ProbeResult[], verifiedOriginals: ReadonlySet<string>): { byKind: Record<DistortionKind, Row>; total: Row } {
  const byKind = Object.fromEntries(DISTORTION_KINDS.map((k) => [k, emptyRow()])) as Record<DistortionKind, Row>;
  const total = emptyRow();
  for (const r of results) {
    if (r.probe.kind === 'control') continue;
    for (const row of [byKind[r.probe.kind], total]) {
      row.probes++;
      row[r.outcome]++;
      if (r.flagged) row.flagged++;
      if (verifiedOriginals.has(r.probe.original)) {
        row.originalVerified++;
        if (r.outcome === 'verified') row.leaked++;
      }
    }
  }
  return { byKind, total };
}
