import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { ALL_RULES } from '../../src/extract/rules/index.js';

/**
 * Every extraction rule's examples, run through the real extractor: the examples are the rules' tests and
 * their documentation (as in remark-lint). An expected claim is found by its quote (or text) and must agree on
 * every field the example gives.
 */
describe('extraction rules: every rule has examples, and every example holds', () => {
  it('rule ids are unique and every rule has a description and at least two examples', () => {
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
    for (const r of ALL_RULES) {
      expect(r.description.length, r.id).toBeGreaterThan(40);
      expect(r.examples.length, r.id).toBeGreaterThanOrEqual(2);
    }
  });

  for (const rule of ALL_RULES) {
    describe(`${rule.step}/${rule.id}`, () => {
      rule.examples.forEach((example, n) => {
        it(`example ${n + 1}`, () => {
          const doc = ingestText(example.input, example.path ?? 'example.md');
          const claims = extractClaims(doc);
          const shown = claims.map((c) => `${c.checkworthy ? 'CW' : 'nc'} [${c.kind}] ${c.text}  <=  ${c.quote}`).join('\n');
          for (const want of example.expect) {
            const found = claims.find((c) => (want.quote === undefined || c.quote === want.quote) && (want.text === undefined || c.text === want.text));
            expect(found, `no claim ${JSON.stringify(want)} among:\n${shown}`).toBeDefined();
            if (want.kind !== undefined) expect(found?.kind, shown).toBe(want.kind);
            if (want.checkworthy !== undefined) expect(found?.checkworthy, `${JSON.stringify(want)}\n${shown}`).toBe(want.checkworthy);
            const entities = (found?.entities ?? []).map((e) => `${e.type}:${e.text}`);
            for (const e of want.entities ?? []) expect(entities, `${JSON.stringify(want)}\n${shown}`).toContain(`${e.type}:${e.text}`);
            for (const text of want.notEntities ?? [])
              expect(
                found?.entities.some((e) => e.text === text),
                `${text} must not be an entity of ${found?.quote}: ${entities.join(', ')}`,
              ).toBe(false);
          }
          for (const quote of example.absent ?? [])
            expect(
              claims.some((c) => c.quote === quote),
              shown,
            ).toBe(false);
        });
      });
    });
  }
});
