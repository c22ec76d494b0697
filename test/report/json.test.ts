import { describe, expect, it } from 'vitest';
import { jsonFormatter } from '../../src/report/formatters/json.js';
import { toJsonReport } from '../../src/report/index.js';
import { jsonReportSchema } from '../../src/cli/schema.js';
import { JsonReport } from '../../src/schema/index.js';
import { draft2020Validator } from './ajv.js';
import { fixtureLedger } from './fixture.js';

describe('json formatter', () => {
  const ledger = fixtureLedger();
  const report = JSON.parse(jsonFormatter.render(ledger, { toolVersion: '9.9.9' })) as JsonReport;

  it('validates against the JSON Schema that `claimcheck schema` prints (ajv, draft 2020-12)', () => {
    const validate = draft2020Validator(jsonReportSchema());
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    // and the schema is not vacuous: a report with a history field or a bad status fails
    const bad = structuredClone(report) as unknown as { claims: Array<Record<string, unknown>> };
    bad.claims[0]!['history'] = [];
    expect(validate(bad)).toBe(false);
    const bad2 = structuredClone(report) as unknown as { claims: Array<Record<string, unknown>> };
    bad2.claims[0]!['status'] = 'true-ish';
    expect(validate(bad2)).toBe(false);
  });

  it('parses with the zod JsonReport schema', () => {
    expect(() => JsonReport.parse(report)).not.toThrow();
  });

  it('has tool, article, checkedAt and sources from the ledger', () => {
    expect(report.tool).toEqual({ name: 'claimcheck', version: '9.9.9' });
    expect(report.article).toEqual({ path: 'test/fixtures/report/latch-article.md', sha256: ledger.articleSha256, title: 'Latch codes overview' });
    expect(report.checkedAt).toBe('2026-11-24T10:00:00Z');
    expect(report.sources).toEqual(ledger.sources);
  });

  it('leaves out removed claims and history; counts the rest', () => {
    expect(report.claims).toHaveLength(14);
    expect(report.claims.some((c) => 'history' in c)).toBe(false);
    expect(report.claims.some((c) => c.removed === true)).toBe(false);
    expect(report.summary).toMatchObject({
      total: 14,
      checkworthy: 12,
      byStatus: { verified: 3, 'partly-verified': 2, contradicted: 1, unverified: 6, 'not-checkable': 2 },
    });
  });

  it('keeps the hostile text byte for byte', () => {
    expect(report.claims.find((c) => c.quote.startsWith('Run `Get-Latch'))?.quote).toContain('<script>window.__pwned = 1</script> <!-- in the tenant -->');
  });

  it('falls back to the file name for a ledger without a title', () => {
    const { title: _t, ...untitled } = ledger;
    expect(toJsonReport(untitled, '1').article.title).toBe('latch-article');
  });
});
