import { describe, expect, it } from 'vitest';
import { mergeLedger, recheckLedger, reviewClaim, type RecheckProbes } from '../../src/ledger/index.js';
import type { Claim } from '../../src/schema/index.js';
import { claimsFromText, META } from './helpers/claims.js';

const TEXT = '# T\n\nThe widget rotates keys daily. The gadget logs every call.\n';
const at = '2026-12-07T00:00:00.000Z';

/** Probes that say the first claim's passage is gone and verify everything as unverified. */
const probes = (changedId: string): RecheckProbes => ({
  passageChanges: (c) => (c.id === changedId ? ['passage no longer on the page (https://learn.example/p#keys)'] : []),
  reverify: async (claims) => new Map(claims.map((c): [string, Claim] => [c.id, { ...c, status: 'unverified', evidence: [], findings: [] }])),
  graphChanges: () => [],
});

function withEvidence(claims: Claim[]): Claim[] {
  return claims.map((c) => ({ ...c, status: 'verified', evidence: [{ url: 'https://learn.example/p#keys', anchor: 'keys', stance: 'supports', source: 'docs@1', passage: 'x', passageHash: 'h' }] }));
}

describe('evidenceChanged through recheck, merge and review', () => {
  const base = mergeLedger(undefined, withEvidence(claimsFromText(TEXT)), META).ledger;
  const [first, second] = base.claims;
  if (!first || !second) throw new Error('fixture');

  it('recheck flags a reviewer verdict without changing it, and replaces an auto verdict', async () => {
    const reviewed = reviewClaim(base, first.id, { status: 'verified', evidence: [], by: 'alice', at });
    const r = await recheckLedger(reviewed, probes(first.id), at);
    const kept = r.ledger.claims.find((c) => c.id === first.id);
    expect(kept).toMatchObject({
      origin: 'reviewer',
      status: 'verified',
      evidenceChanged: { at, what: 'passage no longer on the page (https://learn.example/p#keys); verdict would now be unverified' },
    });
    expect(kept?.evidence).toEqual(reviewed.claims[0]?.evidence);
    expect(r.ledger.claims.find((c) => c.id === second.id)).toEqual(reviewed.claims.find((c) => c.id === second.id));

    const auto = await recheckLedger(base, probes(first.id), at);
    expect(auto.ledger.claims[0]).toMatchObject({ origin: 'auto', status: 'unverified', evidenceChanged: { what: expect.stringContaining('verdict is now unverified (was verified)') } });
    // the same change again is not new
    expect((await recheckLedger(r.ledger, probes(first.id), at)).changed).toEqual([]);
  });

  it('a re-check keeps the flag on a reviewer verdict; a new review clears it', async () => {
    const reviewed = reviewClaim(base, first.id, { status: 'verified', evidence: [], by: 'alice', at });
    const flagged = (await recheckLedger(reviewed, probes(first.id), at)).ledger;
    const merged = mergeLedger(flagged, claimsFromText(TEXT), META).ledger;
    expect(merged.claims.find((c) => c.id === first.id)?.evidenceChanged).toBeDefined();
    const again = reviewClaim(merged, first.id, { status: 'partly-verified', evidence: ['https://learn.example/p#keys'], by: 'alice', at });
    expect(again.claims.find((c) => c.id === first.id)?.evidenceChanged).toBeUndefined();
  });
});
