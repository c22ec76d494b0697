import { describe, expect, it } from 'vitest';
import { reasonOf } from '../../src/report/claims.js';
import type { Claim } from '../../src/schema/index.js';

const base: Claim = {
  id: 'c-00000001',
  text: 'X rotates keys.',
  quote: 'X rotates keys.',
  span: { start: 0, end: 15, line: 1, column: 1 },
  section: [],
  kind: 'product-fact',
  checkworthy: true,
  entities: [],
  status: 'unverified',
  origin: 'auto',
  evidence: [],
  findings: [{ checker: 'product-term', messageId: 'unknown-name', subject: 'X', message: '"X": no source names it', severity: 'error' }],
  history: [],
};

describe('reasonOf', () => {
  it('gives the first finding for an automatic verdict', () => {
    expect(reasonOf(base)).toBe('"X": no source names it');
  });
  it('gives the reviewer’s note when a reviewer decided', () => {
    expect(reasonOf({ ...base, origin: 'reviewer', note: 'searched the docs for X: nothing' })).toBe('searched the docs for X: nothing');
  });
});
