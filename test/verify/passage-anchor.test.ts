import { describe, expect, it } from 'vitest';
import { scorePassage } from '../../src/verify/passage-score.js';
import { passageKeys } from '../../src/verify/key-entities.js';
import type { Passage } from '../../src/evidence/types.js';
import { claimOf } from './helpers.js';

const passage = (text: string): Passage => ({ url: 'https://learn.example/p', text, score: 1, source: 'fixture' });

describe('passage-support: exact specifics must sit with the claim’s words', () => {
  const claim = claimOf('Refresh tokens from this flow live for 30 minutes and are renewed at most 12 times.');
  it('a figure found only in an unrelated sentence of the page does not support the claim', () => {
    const p = passage('Refresh tokens from the flow are renewed by the client and live in the cache. A meeting can last 30 minutes. A series can repeat 12 times.');
    expect(scorePassage(claim, passageKeys(claim), p).verdict).not.toBe('supports');
  });
  it('the same figures stated about the claim’s subject do support it', () => {
    const p = passage('Refresh tokens from this flow live for 30 minutes and are renewed at most 12 times by the client.');
    expect(scorePassage(claim, passageKeys(claim), p).verdict).toBe('supports');
  });
});

describe('passage-support: a count must count the same thing', () => {
  const claim = claimOf('A tenant can hold at most five emergency access accounts in total.');
  it('“five Global Administrators” on the page does not support “five emergency access accounts”', () => {
    const p = passage('Keep fewer than five Global Administrators in the tenant, and hold emergency access accounts in reserve for every tenant in total.');
    expect(scorePassage(claim, passageKeys(claim), p).verdict).not.toBe('supports');
  });
  it('“5 emergency access accounts” does', () => {
    const p = passage('A tenant can hold at most 5 emergency access accounts in total.');
    expect(scorePassage(claim, passageKeys(claim), p).verdict).toBe('supports');
  });
});

describe('passage-support: a name and its acronym in the claim stand for each other', () => {
  it('“Frobnicated Access Tokens (FATs)” is matched by a passage that only says FAT', () => {
    const claim = claimOf('Frobnicated Access Tokens (FATs) are issued by the frobnication endpoint of the tenant.');
    const p = passage('Each FAT is issued by the frobnication endpoint of the tenant when a client asks for one.');
    const scored = scorePassage(claim, passageKeys(claim), p);
    expect(scored.missing.map((e) => e.text)).toEqual([]);
  });
});
