import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checker, CheckContext, Signal } from '../../src/verify/types.js';
import { claimsOf, fixtureEvidence } from './helpers.js';

/** ESLint RuleTester shape: `code` is a small markdown article; the first checkworthy claim is checked. */
export interface ValidCase {
  code: string;
  signal?: Signal;
  evidence?: string[];
  asOf?: string;
}
export interface InvalidCase {
  code: string;
  signal: Signal;
  /** Each finding in order: its message id, and where given its subject and a pattern its message must match. */
  errors: Array<{ messageId: string; subject?: string; message?: RegExp }>;
  evidence?: string[];
  asOf?: string;
}

export function ruleTester(checker: Checker, tables: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`checker ${checker.id}`, () => {
    let base: Omit<CheckContext, 'claims'>;
    let cleanup: () => void = () => {};
    beforeAll(async () => {
      const f = await fixtureEvidence();
      base = f.ctx;
      cleanup = f.cleanup;
    });
    afterAll(() => cleanup());

    const run = async (code: string, asOf?: string) => {
      const claims = claimsOf(`# Fixture\n\n${code}\n`);
      const claim = claims.find((c) => c.checkworthy);
      if (!claim) throw new Error(`no checkworthy claim in: ${code}`);
      const ctx: CheckContext = { ...base, claims, asOf: asOf ?? base.asOf };
      return { applies: checker.appliesTo(claim), result: await checker.check(claim, ctx) };
    };

    it.each(tables.valid.map((v) => [v.code, v] as const))('valid: %s', async (_code, v) => {
      const { applies, result } = await run(v.code, v.asOf);
      if (v.signal === undefined && !applies) return;
      expect(applies).toBe(true);
      expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.messageId)).toEqual([]);
      if (v.signal) expect(result.signal).toBe(v.signal);
      else expect(['found', 'supported', 'not-applicable']).toContain(result.signal);
      for (const url of v.evidence ?? []) expect(result.evidence.map((e) => e.url)).toContain(url);
    });

    it.each(tables.invalid.map((v) => [v.code, v] as const))('invalid: %s', async (_code, v) => {
      const { applies, result } = await run(v.code, v.asOf);
      expect(applies).toBe(true);
      expect(result.signal).toBe(v.signal);
      expect(result.findings.map((f) => ({ messageId: f.messageId, subject: f.subject }))).toEqual(
        v.errors.map((e) => expect.objectContaining(e.subject === undefined ? { messageId: e.messageId } : { messageId: e.messageId, subject: e.subject })),
      );
      v.errors.forEach((e, i) => {
        if (e.message) expect(result.findings[i]?.message).toMatch(e.message);
      });
      for (const url of v.evidence ?? []) expect(result.evidence.map((e) => e.url)).toContain(url);
      for (const f of result.findings) expect(f.message).not.toMatch(/\{\{/);
    });
  });
}
