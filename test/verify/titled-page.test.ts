import { describe, expect, it } from 'vitest';
import { titleNamesKey, type ScoredPassage } from '../../src/verify/passage-score.js';
import type { Entity } from '../../src/schema/index.js';

const key = (text: string, type: Entity['type'] = 'product'): Entity => ({ text, type, span: { start: 0, end: text.length } });
const scored = (title: string, matched: Entity[]): ScoredPassage =>
  ({ passage: { url: 'https://learn.example/x', title, text: '', score: 1, source: 's' }, matched, missing: [], coverage: 1, words: [], verdict: 'supports', carrier: 1, aligned: 1 }) as ScoredPassage;

describe('verify: the page whose title names the claim’s key name', () => {
  it('is the page a reviewer cites', () => {
    expect(titleNamesKey(scored('Access tokens in the Microsoft identity platform', [key('Access tokens')]))).toBe(true);
  });
  it('is not a page that only mentions the name, nor one whose title holds only a matched figure', () => {
    expect(titleNamesKey(scored('OAuth 2.0 device authorization grant', [key('Access tokens')]))).toBe(false);
    expect(titleNamesKey(scored('90 days of sign-in logs', [key('90 days', 'number')]))).toBe(false);
  });
});
