import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sarifFormatter, FALLBACK_RULE } from '../../src/report/formatters/sarif.js';
import { helpUriOf } from '../../src/report/sarif-rules.js';
import { sarifValidator } from './ajv.js';
import { claimByQuote, fixtureArticle, fixtureLedger } from './fixture.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number | { text: string }> } }>;
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  version: string;
  runs: Array<{
    automationDetails: { id: string };
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string }; helpUri: string; help: { text: string; markdown: string } }> } };
    results: SarifResult[];
  }>;
}

describe('sarif formatter', () => {
  const ledger = fixtureLedger();
  const text = fixtureArticle();
  const log = JSON.parse(sarifFormatter.render(ledger, { toolVersion: '9.9.9', articleText: text })) as SarifLog;
  const run = log.runs[0]!;

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const broken = structuredClone(log) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    broken.runs[0]!.results[0]!['level'] = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('has one result per non-verified checkworthy claim, level by status', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.results).toHaveLength(9); // 6 unverified + 1 contradicted + 2 partly-verified
    const levels = run.results.map((r) => r.level);
    expect(levels.filter((l) => l === 'error')).toHaveLength(1);
    expect(levels.filter((l) => l === 'warning')).toHaveLength(6);
    expect(levels.filter((l) => l === 'note')).toHaveLength(2);
  });

  it('files results under a finding kind (checker/messageId), with rules described and helped in the driver', () => {
    expect(run.tool.driver.name).toBe('claimcheck');
    expect(run.tool.driver.version).toBe('9.9.9');
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([
      'attribution/noSource',
      FALLBACK_RULE,
      'graph-path/noSuchSegment',
      'identifier-exists/unknownIdentifier',
      'passage-support/partialSupport',
      'product-term/unknownTerm',
      'statistic/noSource',
    ]);
    for (const r of run.results) expect(ids[r.ruleIndex]).toBe(r.ruleId);
    const graph = run.tool.driver.rules.find((r) => r.id === 'graph-path/noSuchSegment')!;
    expect(graph.shortDescription.text).toMatch(/Graph/u);
    expect(graph.helpUri).toMatch(/README\.md#rule-graph-path$/u);
    expect(graph.help.markdown).toContain(`(${graph.helpUri})`);
    expect(graph.help.markdown).toContain('claimcheck review');
    expect(log.runs[0]!.automationDetails.id).toBe(`claimcheck/${ledger.article}/${ledger.checkedAt}`);
    // every result's rule is one of its claim's own findings
    for (const r of run.results) {
      const claim = ledger.claims.find((c) => c.id === r.partialFingerprints['claimId'])!;
      if (r.ruleId !== FALLBACK_RULE) expect(claim.findings.map((f) => `${f.checker}/${f.messageId}`)).toContain(r.ruleId);
    }
    // the reviewer's partly-verified claim has no finding: fallback rule
    const reviewer = claimByQuote(ledger, 'Tokens are signed');
    expect(run.results.find((r) => r.partialFingerprints['claimId'] === reviewer.id)?.ruleId).toBe(FALLBACK_RULE);
  });

  it('locates each result in the article with a full region', () => {
    const claim = claimByQuote(ledger, 'Microsoft Graph exposes');
    const result = run.results.find((r) => r.partialFingerprints['claimId'] === claim.id)!;
    expect(result.ruleId).toBe('graph-path/noSuchSegment');
    expect(result.level).toBe('error');
    const loc = result.locations[0]!.physicalLocation;
    expect(loc.artifactLocation.uri).toBe('test/fixtures/report/latch-article.md');
    expect(loc.region).toMatchObject({
      startLine: 13,
      startColumn: 162,
      endLine: 13,
      endColumn: 162 + claim.quote.length,
      charOffset: claim.span.start,
      charLength: claim.quote.length,
    });
    expect(text.slice(loc.region['charOffset'] as number, (loc.region['charOffset'] as number) + (loc.region['charLength'] as number))).toBe(claim.quote);
    expect(result.message.text).toContain('identityContainer has no segment');
  });

  it('computes end line and column across line breaks', () => {
    const multi = fixtureLedger();
    const c = multi.claims[0]!;
    const articleText = 'first line\nsecond line here\nthird';
    c.status = 'unverified';
    c.quote = 'line\nsecond line here\nthi';
    c.span = { start: 6, end: 6 + c.quote.length, line: 1, column: 7 };
    multi.claims = [c];
    const region = (JSON.parse(sarifFormatter.render(multi, { toolVersion: '1', articleText })) as SarifLog).runs[0]!.results[0]!.locations[0]!.physicalLocation.region;
    expect(region).toMatchObject({ startLine: 1, startColumn: 7, endLine: 3, endColumn: 4 });
  });

  it('leaves out verified, not-checkable and removed claims', () => {
    const ids = new Set(run.results.map((r) => r.partialFingerprints['claimId']));
    for (const c of ledger.claims) {
      const expected = c.removed !== true && c.checkworthy && ['unverified', 'contradicted', 'partly-verified'].includes(c.status);
      expect(ids.has(c.id), c.quote).toBe(expected);
    }
  });

  it('keeps the rule and fingerprints when the findings come in another order or the policy adds its own', () => {
    const changed = fixtureLedger();
    for (const c of changed.claims) {
      c.findings.reverse();
      c.findings.unshift({ checker: 'policy', messageId: 'no-support', subject: c.text, message: 'no rule supported it', severity: 'error' });
    }
    const again = (JSON.parse(sarifFormatter.render(changed, { toolVersion: '9.9.9', articleText: text })) as SarifLog).runs[0]!.results;
    const before = new Map(run.results.map((r) => [r.partialFingerprints['claimId'], r]));
    expect(again).toHaveLength(run.results.length);
    for (const r of again) {
      const old = before.get(r.partialFingerprints['claimId'])!;
      if (old.ruleId === FALLBACK_RULE) expect(r.ruleId).toBe('policy/no-support');
      else {
        expect(r.ruleId).toBe(old.ruleId);
        expect(r.partialFingerprints).toEqual(old.partialFingerprints);
      }
    }
  });

  it('fingerprints a repeated claim text apart from its first occurrence', () => {
    const twice = fixtureLedger();
    const c = twice.claims.find((x) => x.status === 'unverified' && x.removed !== true)!;
    const again = { ...structuredClone(c), id: `${c.id}-2`, span: { ...c.span } };
    twice.claims = [c, again];
    const [a, b] = (JSON.parse(sarifFormatter.render(twice, { toolVersion: '1' })) as SarifLog).runs[0]!.results;
    expect(a!.partialFingerprints['primaryLocationLineHash']).toMatch(/^[0-9a-f]{16}:1$/u);
    expect(b!.partialFingerprints['primaryLocationLineHash']).toBe(a!.partialFingerprints['primaryLocationLineHash']!.replace(/:1$/u, ':2'));
  });

  it("points every rule's helpUri at a README section that exists", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const checkers = ['identifier-exists', 'product-term', 'graph-path', 'passage-support', 'date', 'statistic', 'attribution', 'consistency', 'url', 'dependency', 'policy'];
    for (const id of [...checkers.map((c) => `${c}/any-message`), FALLBACK_RULE]) {
      const anchor = helpUriOf(id).split('#')[1]!;
      expect(readme, id).toContain(`<a id="${anchor}"></a>`);
    }
  });

  it('gives a claim with parts one exact location per part', () => {
    const withParts = fixtureLedger();
    const c = withParts.claims.find((x) => x.quote.startsWith('Microsoft Graph exposes'))!;
    const cut = c.quote.indexOf(' ', 12);
    c.parts = [
      { start: c.span.start, end: c.span.start + cut },
      { start: c.span.start + cut + 1, end: c.span.end },
    ];
    withParts.claims = [c];
    const result = (JSON.parse(sarifFormatter.render(withParts, { toolVersion: '1', articleText: text })) as SarifLog).runs[0]!.results[0]!;
    expect(result.locations).toHaveLength(2);
    const covered = result.locations.map((l) => {
      const r = l.physicalLocation.region as { charOffset: number; charLength: number };
      return text.slice(r.charOffset, r.charOffset + r.charLength);
    });
    expect(covered).toEqual([c.quote.slice(0, cut), c.quote.slice(cut + 1)]);
  });
});
