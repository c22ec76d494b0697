import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimcheckError } from '../../src/errors.js';
import { loadLedger, parseLedger } from '../../src/ledger/index.js';
import { FIXTURES, tmpDir } from './helpers/env.js';

async function loadError(name: string): Promise<ClaimcheckError> {
  const file = join(FIXTURES, name);
  const err = await loadLedger(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ClaimcheckError);
  return err as ClaimcheckError;
}

describe('loadLedger', () => {
  it('loads a valid ledger and keeps the yaml Document', async () => {
    const loaded = await loadLedger(join(FIXTURES, 'valid.yaml'));
    expect(loaded?.ledger.claims.map((c) => c.id)).toEqual(['c-095bbd83', 'c-e4d235e1']);
    expect(loaded?.ledger.sources).toEqual([{ name: 'entra-docs', commit: '15730cf' }]);
    expect(loaded?.doc.getIn(['claims', 0, 'span', 'line'])).toBe(5);
  });

  it('returns undefined when the file does not exist', async () => {
    expect(await loadLedger(join(tmpDir(), 'nope.yaml'))).toBeUndefined();
  });

  // each row: fixture, expected line:column (checked by eye against the fixture), message fragment
  const cases: Array<[string, number, number, RegExp]> = [
    ['bad-syntax.yaml', 10, 1, /YAML syntax: Sequence item without - indicator/],
    ['unclosed-flow.yaml', 17, 5, /YAML syntax: Flow map .* end with a \}/],
    ['bad-enum.yaml', 10, 13, /claims\[0\]\.status: "verifed" is not allowed; use one of: verified, partly-verified, contradicted, unverified, not-checkable/],
    ['duplicate-id.yaml', 20, 9, /claims\[1\]\.id: duplicate id c-095bbd83 \(first used at line 7\)/],
    ['unknown-field.yaml', 13, 5, /claims\[0\]: unknown field "confidence"/],
    ['missing-field.yaml', 20, 5, /claims\[1\]\.quote: required field is missing/],
  ];
  it.each(cases)('%s → ELEDGER at %i:%i', async (name, line, column, message) => {
    const err = await loadError(name);
    expect(err.code).toBe('ELEDGER');
    expect(err.place).toEqual({ file: join(FIXTURES, name), line, column });
    expect(err.message).toMatch(message);
    expect(err.format()).toContain(`${join(FIXTURES, name)}:${line}:${column}: `);
  });

  it('lists further problems after the first, limited to a few', () => {
    const text = 'article: a\narticleSha256: b\ncheckedAt: c\nsources: []\nclaims: []\nextra1: 1\nextra2: 2\n';
    const err = (() => {
      try {
        parseLedger(text, 'x.yaml');
      } catch (e) {
        return e as ClaimcheckError;
      }
      throw new Error('expected an error');
    })();
    expect(err.place).toEqual({ file: 'x.yaml', line: 6, column: 1 });
    expect(err.message).toContain('1 more problem(s)');
    expect(err.message).toContain('x.yaml:7:1: (top level): unknown field "extra2"');
  });

  it('reports an empty file at 1:1', () => {
    expect(() => parseLedger('', 'e.yaml')).toThrow(/the ledger is empty/);
  });

  it('reports a wrong type with the value found', () => {
    const text = 'article: a\narticleSha256: b\ncheckedAt: c\nsources: nope\nclaims: []\n';
    expect(() => parseLedger(text, 't.yaml')).toThrow(/sources: expected array, found "nope"/);
  });
});
