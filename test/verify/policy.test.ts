import { describe, expect, it } from 'vitest';
import { decide, type CheckerResult } from '../../src/verify/policy.js';
import type { Claim, Evidence, Finding, Status } from '../../src/schema/index.js';
import type { Signal } from '../../src/verify/types.js';
import { claimOf } from './helpers.js';

const DOC = 'https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer';
const ev = (stance: Evidence['stance'], url = DOC): Evidence => ({ url, stance, source: 'entra-docs@abc1234' });
const fd = (checker: string, messageId: string): Finding => ({ checker, messageId, subject: 's', message: `${checker} ${messageId}`, severity: 'warning' });
const r = (checker: string, signal: Signal, evidence: Evidence[] = [], findings: Finding[] = []): CheckerResult => ({ checker, result: { signal, evidence, findings, trace: [] } });

const base = claimOf('Tokens from the v2.0 endpoint carry the issuer `https://login.microsoftonline.com/{tenantid}/v2.0`.');
const claim = (over: Partial<Claim> = {}): Claim => ({ ...base, ...over });

interface Row {
  name: string;
  claim: Claim;
  results: CheckerResult[];
  status: Status;
  rule: string;
  findings?: string[];
}

const rows: Row[] = [
  {
    name: 'rule 2: not checkworthy → not-checkable, whatever the checkers say',
    claim: claim({ checkworthy: false }),
    results: [r('passage-support', 'supported', [ev('supports')])],
    status: 'not-checkable',
    rule: 'not-checkworthy',
  },
  {
    name: 'rule 3: an exhaustive refutation wins over support',
    claim: claim(),
    results: [r('graph-path', 'refuted', [ev('refutes', 'https://learn.microsoft.com/g')], [fd('graph-path', 'no-such-segment')]), r('passage-support', 'supported', [ev('supports')])],
    status: 'contradicted',
    rule: 'refuted',
    findings: ['graph-path/no-such-segment'],
  },
  {
    name: 'rule 3 before rule 4: refuted and unknown → contradicted',
    claim: claim(),
    results: [r('graph-path', 'refuted', [], [fd('graph-path', 'beta-only')]), r('identifier-exists', 'unknown-subject', [], [fd('identifier-exists', 'unknown-identifier')])],
    status: 'contradicted',
    rule: 'refuted',
  },
  {
    name: 'rule 4: an unknown key subject → unverified, however well the passage matches',
    claim: claim(),
    results: [r('product-term', 'unknown-subject', [], [fd('product-term', 'unknown-name')]), r('passage-support', 'supported', [ev('supports')])],
    status: 'unverified',
    rule: 'unknown-subject',
    findings: ['product-term/unknown-name'],
  },
  {
    name: 'rule 4: an inherited unknown concept (dependency) → unverified',
    claim: claim(),
    results: [r('dependency', 'unknown-subject', [], [fd('dependency', 'inherits-unknown')]), r('passage-support', 'supported', [ev('supports')])],
    status: 'unverified',
    rule: 'unknown-subject',
    findings: ['dependency/inherits-unknown'],
  },
  {
    name: 'rule 4b: a plain slot conflict on the same subject, nothing supporting → contradicted, citing the refuting page',
    claim: claim(),
    results: [
      r('identifier-exists', 'found', [ev('related', 'https://x/related')]),
      r('passage-support', 'conflicts', [ev('refutes')], [{ ...fd('passage-support', 'slot-refutes'), severity: 'error' }]),
    ],
    status: 'contradicted',
    rule: 'conflict',
    findings: ['passage-support/slot-refutes'],
  },
  {
    name: 'rule 4b: a plain conflict against exhaustive metadata that covers the claim → unverified, neither side wins',
    claim: claim(),
    results: [
      r('graph-path', 'covered', [ev('supports', 'https://learn.microsoft.com/g')]),
      r('passage-support', 'conflicts', [ev('refutes')], [{ ...fd('passage-support', 'slot-refutes'), severity: 'error' }]),
    ],
    status: 'unverified',
    rule: 'conflict',
  },
  {
    name: 'rule 4 before rule 4b: an unknown key subject outweighs a conflict',
    claim: claim(),
    results: [r('product-term', 'unknown-subject', [], [fd('product-term', 'unknown-name')]), r('passage-support', 'conflicts', [ev('refutes')], [fd('passage-support', 'slot-refutes')])],
    status: 'unverified',
    rule: 'unknown-subject',
  },
  {
    name: 'rule 5: every key part supported, with a supporting URL → verified',
    claim: claim(),
    results: [
      r('identifier-exists', 'found', [ev('related', 'https://x/related')]),
      r('passage-support', 'supported', [ev('supports')]),
      r('graph-path', 'supported', [ev('supports', 'https://learn.microsoft.com/g')]),
    ],
    status: 'verified',
    rule: 'supported',
  },
  { name: 'rule 5: "supported" without any supporting URL is never verified', claim: claim(), results: [r('passage-support', 'supported', [ev('related')])], status: 'unverified', rule: 'no-support' },
  {
    name: 'rule 5: one part supported, another unsupported (date) → partly-verified',
    claim: claim(),
    results: [r('passage-support', 'supported', [ev('supports')]), r('date', 'no-support', [], [fd('date', 'date-unannounced')])],
    status: 'partly-verified',
    rule: 'partly-supported',
  },
  { name: 'rule 5: a partial passage → partly-verified', claim: claim(), results: [r('passage-support', 'partly-supported', [ev('supports')])], status: 'partly-verified', rule: 'partly-supported' },
  {
    name: 'rule 5: exhaustive metadata answering the whole claim → verified, though no passage words it alike',
    claim: claim(),
    results: [r('graph-path', 'covered', [ev('supports', 'https://learn.microsoft.com/g')]), r('passage-support', 'no-support', [], [fd('passage-support', 'no-passage')])],
    status: 'verified',
    rule: 'supported',
  },
  {
    name: 'rule 4 before rule 5: an unknown key subject outweighs a metadata answer',
    claim: claim(),
    results: [r('graph-path', 'covered', [ev('supports', 'https://learn.microsoft.com/g')]), r('identifier-exists', 'unknown-subject', [], [fd('identifier-exists', 'unknown-identifier')])],
    status: 'unverified',
    rule: 'unknown-subject',
  },
  {
    name: 'rule 6: only existence of the identifiers → unverified',
    claim: claim(),
    results: [r('identifier-exists', 'found', [ev('related')]), r('passage-support', 'no-support', [], [fd('passage-support', 'no-passage')])],
    status: 'unverified',
    rule: 'no-support',
    findings: ['passage-support/no-passage'],
  },
  { name: 'rule 6: no checker applied → unverified with the policy’s own finding', claim: claim(), results: [], status: 'unverified', rule: 'no-support', findings: ['policy/no-support'] },
  {
    name: 'rule 1: a reviewer’s verdict is kept when the evidence agrees',
    claim: claim({ origin: 'reviewer', status: 'verified', evidence: [ev('supports', 'https://reviewer/url')], note: 'checked' }),
    results: [r('passage-support', 'supported', [ev('supports')])],
    status: 'verified',
    rule: 'reviewer',
    findings: [],
  },
  {
    name: 'rule 1: a reviewer’s verdict is kept when an exhaustive source now refutes it, with a warning',
    claim: claim({ origin: 'reviewer', status: 'verified', evidence: [ev('supports', 'https://reviewer/url')] }),
    results: [r('graph-path', 'refuted', [], [fd('graph-path', 'no-such-segment')])],
    status: 'verified',
    rule: 'reviewer',
    findings: ['graph-path/no-such-segment', 'policy/reviewer-disagrees'],
  },
  {
    name: 'rule 1: a name the searched sources lack is no disagreement with a reviewer who cites a page',
    claim: claim({ origin: 'reviewer', status: 'verified', evidence: [ev('supports', 'https://reviewer/url')] }),
    results: [r('product-term', 'unknown-subject', [], [fd('product-term', 'unknown-name')])],
    status: 'verified',
    rule: 'reviewer',
    findings: ['product-term/unknown-name'],
  },
  {
    name: 'rule 1: reviewer precedence even over an exhaustive refutation',
    claim: claim({ origin: 'reviewer', status: 'unverified', evidence: [] }),
    results: [r('graph-path', 'refuted', [], [fd('graph-path', 'no-such-segment')])],
    status: 'unverified',
    rule: 'reviewer',
    findings: ['graph-path/no-such-segment', 'policy/reviewer-disagrees'],
  },
];

describe('verdict policy (DESIGN 5)', () => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const d = decide(row.claim, row.results);
    expect(d.status).toBe(row.status);
    expect(d.rule).toBe(row.rule);
    if (row.findings) expect(d.findings.map((f) => `${f.checker}/${f.messageId}`)).toEqual(row.findings);
    if (d.status === 'verified' || d.status === 'partly-verified') expect(d.evidence.some((e) => e.stance === 'supports')).toBe(true);
    if (d.status === 'unverified' && row.claim.origin === 'auto') {
      expect(d.evidence.some((e) => e.stance === 'supports')).toBe(false);
      expect(d.findings.length).toBeGreaterThan(0);
    }
    if (d.status === 'contradicted' && row.claim.origin === 'auto') expect(d.findings.some((f) => f.severity === 'error' || f.checker === 'graph-path')).toBe(true);
  });

  it('keeps the reviewer’s evidence (not the checkers’) and says which way the evidence disagrees', () => {
    const c = claim({ origin: 'reviewer', status: 'verified', evidence: [ev('supports', 'https://reviewer/url')] });
    const d = decide(c, [r('graph-path', 'refuted', [ev('refutes', 'https://other')], [fd('graph-path', 'no-such-segment')])]);
    expect(d.evidence).toEqual(c.evidence);
    const f = d.findings.find((x) => x.messageId === 'reviewer-disagrees');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/reviewer says verified; the evidence now says contradicted/);
  });

  it('is pure: the claim and results are not modified', () => {
    const c = claim();
    const results = [r('passage-support', 'supported', [ev('supports')])];
    const before = JSON.stringify([c, results]);
    decide(c, results);
    expect(JSON.stringify([c, results])).toBe(before);
  });
});

describe('policy: reviewer verdicts and a smaller source set', () => {
  it('finding nothing (no-support) is not a disagreement with a reviewer’s verified', () => {
    const base = claimOf('The v2.0 endpoint issues tokens with a fixed issuer format.');
    const reviewed = { ...base, origin: 'reviewer' as const, status: 'verified' as const, evidence: [{ url: 'https://learn.microsoft.com/x', stance: 'supports' as const, source: 'reviewer' }] };
    const d = decide(reviewed, [{ checker: 'passage-support', result: { evidence: [], findings: [], signal: 'no-support', trace: [] } }]);
    expect(d.status).toBe('verified');
    expect(d.findings.some((f) => f.messageId === 'reviewer-disagrees')).toBe(false);
  });
});
