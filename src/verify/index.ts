// Placeholder until the checkers land: every checkworthy claim is `unverified` with a "not checked yet" finding.
import type { Claim } from '../schema/index.js';
import type { CheckContext } from './types.js';

export async function verifyClaims(claims: Claim[], _ctx: Omit<CheckContext, 'claims'>): Promise<{ claims: Claim[]; traces: Map<string, string[]> }> {
  const out = claims.map((c): Claim => {
    if (c.origin === 'reviewer') return c;
    if (!c.checkworthy) return { ...c, status: 'not-checkable', evidence: [], findings: [] };
    return {
      ...c, status: 'unverified', evidence: [],
      findings: [{ checker: 'none', messageId: 'notChecked', subject: c.text, message: 'not checked yet', severity: 'info' }],
    };
  });
  return { claims: out, traces: new Map() };
}
