import { STATUSES, type Claim, type Evidence, type Ledger, type Status } from '../schema/index.js';

/** What every formatter shows: the ledger's claims without those the merge marked `removed`, in article order. */
export function reportClaims(ledger: Ledger): Claim[] {
  return ledger.claims.filter((c) => c.removed !== true).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/** Counts by status, every status present (0 when none); computed, never stored. */
export function countByStatus(claims: readonly Claim[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const c of claims) counts[c.status] += 1;
  return counts;
}

export interface SectionGroup {
  /** The heading path, outermost first (empty for text before the first heading). */
  path: string[];
  claims: Claim[];
}

/** Group claims by heading path, sections in order of their first claim, claims in article order. */
export function groupBySection(claims: readonly Claim[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  for (const c of claims) {
    const key = JSON.stringify(c.section);
    let group = groups.get(key);
    if (!group) {
      group = { path: c.section, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(c);
  }
  return [...groups.values()];
}

/** A heading path for people: `Overview › Token structure`, or `(no heading)`. */
export function sectionLabel(path: readonly string[]): string {
  return path.length === 0 ? '(no heading)' : path.join(' › ');
}

/** The statuses that `--quiet` keeps and linters would call problems. */
export const FAILING_STATUSES: readonly Status[] = ['contradicted', 'unverified'];

export function isFailing(claim: Claim): boolean {
  return FAILING_STATUSES.includes(claim.status);
}

/** The strongest evidence item: supports first, then refutes, then related; first in ledger order among equals. */
export function topEvidence(claim: Claim): Evidence | undefined {
  const rank = { supports: 0, refutes: 1, related: 2 } as const;
  return [...claim.evidence].sort((a, b) => rank[a.stance] - rank[b.stance])[0];
}

/** Who decided: the first finding's checker, else the top evidence's source, else `reviewer` / `-`. */
export function checkerOf(claim: Claim): string {
  const finding = claim.findings[0];
  if (finding) return finding.checker;
  const evidence = topEvidence(claim);
  if (evidence) return evidence.source;
  return claim.origin === 'reviewer' ? 'reviewer' : '-';
}

/** Why a claim is not verified: a reviewer's note when a reviewer decided, else the first finding's message. */
export function reasonOf(claim: Claim): string | undefined {
  if (claim.origin === 'reviewer' && claim.note) return claim.note;
  return claim.findings[0]?.message ?? claim.note;
}

const HTTP_URL = /^https?:\/\/[^\s]+$/iu;

/** Evidence URLs safe to turn into links (http and https only; a hand-edited `javascript:` URL stays text). */
export function isLinkable(url: string): boolean {
  return HTTP_URL.test(url);
}
