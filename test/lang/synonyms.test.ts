import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS } from '../../src/lang/synonyms.js';
import { contentLemmas, isStopword, lemma } from '../../src/verify/text.js';
import { scorePassage } from '../../src/verify/passage-score.js';
import { passageKeys } from '../../src/verify/key-entities.js';
import { claimsOf } from '../verify/helpers.js';

describe('synonym groups', () => {
  it('holds no stop word and no word twice, so every form is counted and read one way', () => {
    const all = SYNONYM_GROUPS.flat();
    expect(all.filter((w) => isStopword(w))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('reads every form of a group as its first word, on claims and passages alike', () => {
    for (const group of SYNONYM_GROUPS) {
      const first = lemma(group[0] ?? '');
      for (const w of group) expect(lemma(w), w).toBe(first);
    }
    expect(contentLemmas('Click Save in the app')).toEqual(contentLemmas('Select Save in the application'));
    // words outside the groups keep their own stems
    expect(lemma('deleted')).not.toBe(lemma('removed'));
  });

  it('counts a claim’s word as stated where the passage uses its synonym', () => {
    const claim = claimsOf('# Steps\n\nIn the Microsoft Entra admin center, click Endpoints to see the URLs of the token endpoints of the app.\n').find((c) => c.checkworthy);
    if (!claim) throw new Error('no claim');
    const passage = (text: string) => ({ url: 'https://learn.microsoft.com/x', title: 'Endpoints', text, score: 1, source: 'fixture' });
    const same = 'In the Microsoft Entra admin center, select Endpoints to see the URLs of the token endpoints of the application.';
    const other = 'In the Microsoft Entra admin center, delete Endpoints to see the URLs of the token endpoints of the application.';
    const said = scorePassage(claim, passageKeys(claim), passage(same));
    expect(said.verdict).toBe('supports');
    expect(said.coverage).toBe(1);
    expect(scorePassage(claim, passageKeys(claim), passage(other)).coverage).toBeLessThan(1);
  });
});
