import { describe, expect, it } from 'vitest';
import type { Claim, Ledger } from '../../src/schema/index.js';
import { DecisionSummaryJson, JsonReport } from '../../src/schema/index.js';
import { conceptKey, conceptsOf, containsWords, decisionJson, decisionOfClaims, decisionSummary, pageUrl, UNKNOWN_SUBJECT_FINDINGS, verdictOf } from '../../src/report/decision/index.js';
import { jsonFormatter } from '../../src/report/formatters/json.js';
import { identifierExists } from '../../src/verify/checkers/identifier-exists.js';
import { productTerm } from '../../src/verify/checkers/product-term.js';
import { propagateUnknowns } from '../../src/verify/propagate.js';
import type { CheckerResult } from '../../src/verify/index.js';
import { antecedent, claim, inherits, inventedConceptLedger, related, supports, unknownName } from '../fixtures/decision/build.js';

const live = (l: Ledger): Claim[] => l.claims.filter((c) => c.removed !== true);

describe('decision: the unknown-subject findings it reads are the ones verify stamps', () => {
  it('product-term and identifier-exists declare those messageIds', () => {
    const ids = (checker: string): string[] => UNKNOWN_SUBJECT_FINDINGS.filter((u) => u.checker === checker).map((u) => u.messageId);
    for (const id of ids('product-term')) expect(Object.keys(productTerm.meta.messages)).toContain(id);
    for (const id of ids('identifier-exists')) expect(Object.keys(identifierExists.meta.messages)).toContain(id);
  });

  it('dependency propagation stamps inherits-unknown and inherits-antecedent', () => {
    const claims = [claim({ text: 'Foo Gizmo rotates keys.', line: 1 }), claim({ text: 'Foo Gizmo is fast.', line: 2 }), claim({ text: 'It never fails.', line: 3 })];
    const first = claims[0]!;
    const results = new Map<string, CheckerResult[]>(claims.map((c) => [c.id, []]));
    results.set(first.id, [{ checker: 'product-term', result: { evidence: [], findings: [unknownName('Foo Gizmo')], signal: 'unknown-subject', trace: [] } }]);
    const added = propagateUnknowns(claims, results);
    const stamped = [...added.values()].flatMap((r) => r.result.findings.map((f) => `${f.checker}/${f.messageId}`));
    expect(new Set(stamped)).toEqual(new Set(UNKNOWN_SUBJECT_FINDINGS.filter((u) => u.checker === 'dependency').map((u) => `${u.checker}/${u.messageId}`)));
  });
});

describe('decision: concept keys', () => {
  it('case-folds, collapses whitespace, tolerates plurals, drops quotes and an HTTP method', () => {
    expect(conceptKey('  Azure   Foo Bars ')).toBe('azure foo bar');
    expect(conceptKey('foo bar')).toBe('foo bar');
    expect(conceptKey('JWTs')).toBe('jwt');
    expect(conceptKey('Policies')).toBe('policy');
    expect(conceptKey('Conditional Access')).toBe('conditional access');
    expect(conceptKey('SMS')).toBe('sms');
    expect(conceptKey('“Widget”')).toBe('widget');
    expect(conceptKey('POST /v1.0/foo')).toBe(conceptKey('/v1.0/foo'));
  });

  it('word containment is on whole words, in order', () => {
    expect(containsWords('azure foo bar', 'foo bar')).toBe(true);
    expect(containsWords('azure foo bar', 'azure foo')).toBe(true);
    expect(containsWords('azure foo bar', 'azure bar')).toBe(false);
    expect(containsWords('foobar', 'foo')).toBe(false);
  });

  it('URLs lose their anchor for the reading list', () => {
    expect(pageUrl('https://learn.example/a?view=x#b')).toBe('https://learn.example/a?view=x');
  });
});

describe('decision: grouping by concept', () => {
  const claims = live(inventedConceptLedger());
  const concepts = conceptsOf(claims);

  it('merges the unknown spellings (and the pronoun that refers back) into one concept with its dependents', () => {
    const top = concepts[0]!;
    expect(top.known).toBe(false);
    expect(top.name).toBe('Contoso Widget Keys');
    expect(new Set(top.keys)).toEqual(new Set(['contoso widget key', 'widget key']));
    expect(top.dependents.map((c) => c.text)).toEqual([
      'Contoso Widget Keys are short-lived tokens.',
      'They rotate every five minutes.',
      'Widget keys are sent in the X-Widget-Key header.',
      'A widget key binds the session to the device.',
      '91% of tenants use widget keys.',
    ]);
  });

  it('counts only checkworthy live claims as dependents', () => {
    const top = concepts[0]!;
    expect(top.dependents.every((c) => c.checkworthy && c.removed !== true)).toBe(true);
  });

  it('keeps identifiers named by a finding as their own concept; known names by equal key only', () => {
    expect(concepts.find((k) => k.name === 'X-Widget-Key')).toMatchObject({ known: false });
    expect(concepts.find((k) => k.name === 'X-Widget-Key')?.dependents).toHaveLength(1);
    const entra = concepts.find((k) => k.name === 'Entra ID');
    expect(entra?.known).toBe(true);
    expect(entra?.dependents).toHaveLength(2);
    // JWTs and JWT share a key
    const jwt = concepts.filter((k) => k.keys.includes('jwt'));
    expect(jwt).toHaveLength(1);
    expect(jwt[0]?.dependents).toHaveLength(2);
    // an API path that a (refuting) finding names is a concept, and known: no unknown-subject finding names it
    expect(concepts.find((k) => k.name === '/v1.0/widgetKeys')?.known).toBe(true);
  });

  it('does not merge a known concept into an unknown one that contains it', () => {
    const claims2 = [
      claim({ entities: ['feature:device compliance attestation'], findings: [unknownName('device compliance attestation')] }),
      claim({ entities: ['feature:device compliance'], evidence: [related('https://learn.example/dc', ['device compliance'])] }),
      claim({ entities: ['feature:Device Compliance Attestations'], findings: [unknownName('Device Compliance Attestations')] }),
    ];
    const ks = conceptsOf(claims2);
    expect(ks.map((k) => [k.name, k.known, k.dependents.length])).toEqual([
      ['device compliance attestation', false, 2],
      ['device compliance', true, 1],
    ]);
  });

  it('evidence that matched a name makes it known even if a finding says otherwise', () => {
    const ks = conceptsOf([claim({ entities: ['product:Foo'], findings: [unknownName('Foo')] }), claim({ entities: ['product:Foo'], evidence: [related('https://learn.example/foo', ['Foo'])] })]);
    expect(ks).toHaveLength(1);
    expect(ks[0]?.known).toBe(true);
  });

  it('merges an acronym with its long name when a dependency finding pairs them', () => {
    const ks = conceptsOf([
      claim({ entities: ['product:Binding Service'], findings: [unknownName('Binding Service')] }),
      claim({ text: 'BSX checks it.', findings: [inherits('BSX (Binding Service)')] }),
    ]);
    expect(ks.filter((k) => !k.known).map((k) => [k.name, k.dependents.length])).toEqual([['Binding Service', 2]]);
  });
});

describe('decision: buckets', () => {
  const d = decisionSummary(inventedConceptLedger());

  it('build on: verified claims (not stale) by supporting page, most claims first, titles kept', () => {
    expect(d.verified.map((c) => c.text)).toEqual(['Entra ID issues access tokens as JWTs.', 'Access tokens carry the aud claim.']);
    expect(d.buildOn.map((p) => [p.url, p.title, p.claims.length])).toEqual([
      ['https://learn.example/tokens', 'Access tokens', 2],
      ['https://learn.example/jwt', 'JSON Web Tokens', 1],
    ]);
  });

  it('check before use: partly verified and stale, one reason each', () => {
    expect(d.checkBeforeUse.map((x) => [x.claim.text, x.reason])).toEqual([
      ['Tokens are signed with RS256.', 'partly-verified'],
      ['Refresh tokens last 90 days.', 'stale'],
    ]);
  });

  it('a reviewer verified verdict that a finding questions is checked before use, not built on', () => {
    const questioned = claim({
      status: 'verified',
      origin: 'reviewer',
      evidence: [supports('https://learn.example/x')],
      findings: [{ checker: 'policy', messageId: 'reviewer-disagrees', subject: 'c', message: 'reviewer says verified; the evidence now says unverified', severity: 'warning' }],
    });
    const s = decisionOfClaims([questioned]);
    expect(s.checkBeforeUse.map((x) => x.reason)).toEqual(['reviewer-warning']);
    expect(s.buildOn).toEqual([]);
  });

  it('a checker finding less than the reviewer read does not question a reviewer verified verdict', () => {
    const reviewed = claim({
      status: 'verified',
      origin: 'reviewer',
      evidence: [supports('https://learn.example/x')],
      findings: [{ checker: 'product-term', messageId: 'unknown-name', subject: 'Foo Bar', message: '"Foo Bar": no source names it', severity: 'error' }],
    });
    const s = decisionOfClaims([reviewed]);
    expect(s.checkBeforeUse).toEqual([]);
    expect(s.buildOn.map((p) => p.url)).toEqual(['https://learn.example/x']);
  });

  it('do not build on: contradicted, unknown concepts with dependents, unsourced dates and statistics', () => {
    expect(d.contradicted.map((c) => c.text)).toEqual(['Graph exposes /v1.0/widgetKeys.']);
    expect(d.unknownConcepts.map((k) => [k.name, k.dependents.length])).toEqual([
      ['Contoso Widget Keys', 5],
      ['X-Widget-Key', 1],
    ]);
    expect(d.unsourcedDatesAndStatistics.map((c) => c.text)).toEqual(['91% of tenants use widget keys.']);
    expect(d.onUnknownConcepts).toHaveLength(5);
  });

  it('JSON: the documented shape, ids and counts', () => {
    const j = decisionJson(d);
    expect(() => DecisionSummaryJson.parse(j)).not.toThrow();
    const ids = (texts: string[]): string[] => texts.map((t) => d.checkworthy.find((c) => c.text === t)!.id);
    expect(j.rule).toBe('central-concept-unknown');
    expect(j.centralConcept).toBe('Contoso Widget Keys');
    expect(j.buildOn[0]).toEqual({ url: 'https://learn.example/tokens', title: 'Access tokens', claims: ids(['Entra ID issues access tokens as JWTs.', 'Access tokens carry the aud claim.']) });
    expect(j.checkBeforeUse).toEqual(ids(['Tokens are signed with RS256.', 'Refresh tokens last 90 days.']));
    expect(j.doNotBuildOn).toEqual({
      contradicted: ids(['Graph exposes /v1.0/widgetKeys.']),
      unknownConcepts: [
        { name: 'Contoso Widget Keys', dependents: 5 },
        { name: 'X-Widget-Key', dependents: 1 },
      ],
      unsourcedDatesAndStatistics: ids(['91% of tenants use widget keys.']),
    });
    const report = JsonReport.parse(JSON.parse(jsonFormatter.render(inventedConceptLedger(), { toolVersion: '1' })));
    expect(report.summary.decision?.verdict).toBe(j.verdict);
  });
});

describe('decision: the overall verdict rule, one test per row', () => {
  const verified = (k: number): Claim[] => Array.from({ length: k }, () => claim({ status: 'verified', evidence: [supports('https://learn.example/v')] }));
  const unverified = (k: number): Claim[] => Array.from({ length: k }, () => claim({ findings: [] }));
  const onUnknown = (k: number): Claim[] => Array.from({ length: k }, () => claim({ entities: ['feature:Foo Gizmos'], findings: [unknownName('Foo Gizmos')] }));
  const verdict = (claims: Claim[]): ReturnType<typeof verdictOf> => verdictOf(claims, conceptsOf(claims));

  it('1. nothing checkworthy', () => {
    expect(verdict([claim({ checkworthy: false, status: 'not-checkable' })])).toMatchObject({ rule: 'nothing-checkworthy', text: 'Nothing to decide: the article makes no checkworthy claims.' });
    expect(verdict([]).rule).toBe('nothing-checkworthy');
  });

  it('2. a central unknown concept (≥ 20% of checkworthy claims) decides first, even over contradictions', () => {
    const claims = [...onUnknown(2), ...verified(7), claim({ status: 'contradicted' })];
    expect(verdict(claims)).toMatchObject({
      rule: 'central-concept-unknown',
      text: 'Do not build on this article: its central concept “Foo Gizmos” is not in the documentation, and 2 of 10 checkworthy claims rest on it.',
    });
  });

  it('2′. below 20% an unknown concept is not central; the next rule decides', () => {
    const claims = [...onUnknown(1), ...verified(9)];
    expect(verdict(claims)).toMatchObject({ rule: 'mostly-verified', text: 'Mostly supported: 9 of 10 checkworthy claims are verified against the documentation.' });
    expect(verdict(claims).centralConcept).toBeUndefined();
  });

  it('3. contradicted claims', () => {
    expect(verdict([...verified(3), claim({ status: 'contradicted' })])).toMatchObject({
      rule: 'contradicted',
      text: 'Use with care: 1 of 4 checkworthy claims is contradicted by the documentation.',
    });
  });

  it('4. at least half verified (exactly half counts)', () => {
    expect(verdict([...verified(2), ...unverified(2)])).toMatchObject({ rule: 'mostly-verified', text: 'Mostly supported: 2 of 4 checkworthy claims are verified against the documentation.' });
  });

  it('5. otherwise largely unverified', () => {
    expect(verdict([...verified(1), ...unverified(2)])).toMatchObject({
      rule: 'largely-unverified',
      text: 'Largely unverified: only 1 of 3 checkworthy claims is verified against the documentation.',
    });
  });

  it('the fixture article: central concept, 5 of 10', () => {
    expect(decisionSummary(inventedConceptLedger()).verdict.text).toBe(
      'Do not build on this article: its central concept “Contoso Widget Keys” is not in the documentation, and 5 of 10 checkworthy claims rest on it.',
    );
  });

  it('ties between unknown concepts go to the one mentioned first', () => {
    const claims = [claim({ entities: ['feature:Beta Thing'], findings: [unknownName('Beta Thing')] }), claim({ entities: ['feature:Alpha Thing'], findings: [unknownName('Alpha Thing')] })];
    expect(verdict(claims).centralConcept?.name).toBe('Beta Thing');
  });

  it('a pronoun claim rests on what it refers back to', () => {
    const claims = [claim({ entities: ['feature:Foo Gizmo'], findings: [unknownName('Foo Gizmo')] }), claim({ findings: [antecedent('Foo Gizmo')] }), ...verified(8)];
    expect(verdict(claims).text).toContain('2 of 10 checkworthy claims rest on it');
  });
});
