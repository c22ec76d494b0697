import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadLedger, mergeLedger, parseLedger, reviewClaim, saveLedger, stringifyLedger } from '../../src/ledger/index.js';
import { claimsFromText, META } from './helpers/claims.js';
import { FIXTURES, tmpDir } from './helpers/env.js';

const article = readFileSync(join(FIXTURES, 'article.md'), 'utf8');
const handEdited = readFileSync(join(FIXTURES, 'hand-edited.yaml'), 'utf8');

function keysOfClaim(text: string, id: string): string[] {
  const { doc } = parseLedger(text, 'x.yaml');
  const seq = doc.get('claims', true) as { items: unknown[] };
  const node = seq.items.find((n) => isMap(n) && n.get('id') === id);
  if (!isMap(node)) throw new Error(`no claim ${id}`);
  return node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '?'));
}

describe('saveLedger keeps what people wrote', () => {
  it('an unchanged hand-edited ledger round-trips byte for byte', async () => {
    const file = join(tmpDir(), 'ledger.yaml');
    copyFileSync(join(FIXTURES, 'hand-edited.yaml'), file);
    const loaded = (await loadLedger(file))!;
    await saveLedger(file, loaded.ledger, loaded.doc);
    expect(readFileSync(file, 'utf8')).toBe(handEdited);
  });

  it('comments and key order survive load → merge → save', async () => {
    const file = join(tmpDir(), 'ledger.yaml');
    copyFileSync(join(FIXTURES, 'hand-edited.yaml'), file);
    const loaded = (await loadLedger(file))!;
    const fresh = claimsFromText(article); // 4 claims known, 5 new
    const { ledger, stats } = mergeLedger(loaded.ledger, fresh, { ...META, checkedAt: '2026-03-01T00:00:00.000Z' });
    expect(stats).toMatchObject({ matchedById: 4, added: 5 });
    await saveLedger(file, ledger, loaded.doc);
    const out = readFileSync(file, 'utf8');

    for (const comment of [
      '# Ledger for the token lifetimes article.\n# Reviewed by the identity docs team; keep these comments.\n',
      '  # checked against the access-tokens page on 2026-02-01\n  - id: c-095bbd83\n',
      "origin: reviewer # a reviewer's verdict is never overwritten by the tool\n",
      '    # TODO: find a source for the random assignment\n    status: unverified\n',
    ]) {
      expect(out).toContain(comment);
    }
    expect(out).toContain('text: "Access tokens issued by the v2.0 endpoint are valid for between 60 and 90 minutes."');
    expect(out).toContain('checkedAt: 2026-03-01T00:00:00.000Z');
    // the hand-chosen key order of the first claim is kept; new claims get the canonical order
    expect(keysOfClaim(out, 'c-095bbd83')).toEqual(keysOfClaim(handEdited, 'c-095bbd83'));
    expect(keysOfClaim(out, 'c-095bbd83').slice(0, 4)).toEqual(['id', 'status', 'origin', 'quote']);
    expect(keysOfClaim(out, fresh[8]!.id).slice(0, 5)).toEqual(['id', 'quote', 'text', 'status', 'origin']);
    // the old text is a prefix of the new one apart from checkedAt: new claims are appended after the known ones
    const oldClaims = handEdited.slice(handEdited.indexOf('claims:'));
    expect(out.slice(out.indexOf('claims:'))).toContain(oldClaims);
    // and the result is the merged ledger
    expect((await loadLedger(file))!.ledger).toEqual(ledger);
  });

  it('a review adds to the claim in place and leaves other claims byte-identical', () => {
    const { ledger, doc } = parseLedger(handEdited, 'x.yaml');
    const id = ledger.claims[1]!.id;
    const next = reviewClaim(ledger, id, { status: 'contradicted', evidence: ['https://example.com/a#b'], note: 'no', by: 'bob', at: '2026-04-01T00:00:00Z' });
    const out = stringifyLedger(next, doc);
    expect(out).toContain('    # TODO: find a source for the random assignment\n    status: contradicted\n    origin: reviewer\n');
    expect(out).toContain('    evidence:\n      - url: https://example.com/a\n        anchor: b\n        stance: refutes\n');
    const firstClaim = (t: string) => t.slice(t.indexOf('  # checked against'), t.indexOf(`  - id: ${id}`));
    expect(firstClaim(out)).toBe(firstClaim(handEdited));
  });

  it('pruned claims disappear with their comments, removed keys go, a new title lands in canonical place', () => {
    const { ledger, doc } = parseLedger(handEdited, 'x.yaml');
    const next = { ...ledger, title: 'Token lifetimes', claims: ledger.claims.slice(0, 1) };
    const out = stringifyLedger(next, doc);
    expect(out).not.toContain('TODO: find a source');
    expect(out).toMatch(/articleSha256: "0+"\ntitle: Token lifetimes\ncheckedAt:/);
    expect(parseLedger(out, 'x.yaml').ledger).toEqual(next);
  });

  it('a new ledger is written in the DESIGN order with inline spans', async () => {
    const file = join(tmpDir(), 'claims', 'new.yaml');
    await saveLedger(file, mergeLedger(undefined, claimsFromText(article), { ...META, title: 'T' }).ledger);
    const out = readFileSync(file, 'utf8');
    const topKeys = out
      .split('\n')
      .filter((l) => /^[a-zA-Z]/.test(l))
      .map((l) => l.split(':')[0]);
    expect(topKeys).toEqual(['article', 'articleSha256', 'title', 'checkedAt', 'sources', 'claims']);
    expect(out).toContain('    span: { start: 62, end: 144, line: 5, column: 1 }\n');
    expect(out).toContain('sources:\n  - { name: entra-docs, commit: 15730cf }\n');
  });

  it('refuses to write an invalid ledger or one with duplicate ids, leaving the file alone', async () => {
    const file = join(tmpDir(), 'ledger.yaml');
    copyFileSync(join(FIXTURES, 'hand-edited.yaml'), file);
    const { ledger } = parseLedger(handEdited, file);
    const dup = { ...ledger, claims: [ledger.claims[0]!, ledger.claims[0]!] };
    await expect(saveLedger(file, dup)).rejects.toThrow(/duplicate id c-095bbd83/);
    const bad = { ...ledger, claims: [{ ...ledger.claims[0]!, status: 'maybe' as never }] };
    await expect(saveLedger(file, bad)).rejects.toThrow(/invalid ledger/);
    expect(readFileSync(file, 'utf8')).toBe(handEdited);
  });
});
