import type { EntityCandidate, EntityRule } from '../types.js';
import { DOCUMENT_NOUNS, TITLE_BREAKS } from '../../../lang/document-nouns.js';
import { exactAlternation } from '../../../lang/words.js';
import { wordGate } from '../../word-gate.js';

/** The head noun of a cited document ("guide", "white paper", "RFC 6749"). */
const DOCUMENT_NOUN = new RegExp(`\\b(?:${exactAlternation(DOCUMENT_NOUNS)}|RFC \\d+)\\b(?![-\\w])`, 'gi');
/** A plural right after the noun: "reports" names no one document. */
/** DOCUMENT_NOUN's matches are document nouns, or "RFC" and a number, between word boundaries. */
const DOCUMENT_NOUN_GATE = wordGate([...DOCUMENT_NOUNS, 'RFC']);
const PLURAL_TAIL = /^s\b/;
/** The words before the noun, each with the spaces after it. */
const WORD_WITH_SPACE = /(?<=\s)/;
/** A word that ends a title read backwards from its noun. */
const TITLE_BREAK = new RegExp(`^(?:${exactAlternation(TITLE_BREAKS)})$`, 'i');
/** A word closed by a comma, semicolon, colon or an opening parenthesis ends the title too. */
const CLAUSE_PUNCTUATION_END = /[,;:(]$/;
/** A capital or a digit: a word that makes the title a name. */
const NAME_START = /^[A-Z0-9]/;
const CAPITAL_START = /^[A-Z]/;
/** A possessive ("Microsoft's migration guide"): the owner opens the title. */
const POSSESSIVE_END = /[’']s$/;

/** "2023 … Engineering Briefing", "the MSAL migration guide": up to six name-like words before a document noun. */
function documentTitles(sentence: string): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  if (!DOCUMENT_NOUN_GATE.test(sentence)) return out;
  DOCUMENT_NOUN.lastIndex = 0;
  for (let m = DOCUMENT_NOUN.exec(sentence); m; m = DOCUMENT_NOUN.exec(sentence)) {
    if (PLURAL_TAIL.test(sentence.slice(m.index + m[0].length))) continue;
    const words = sentence.slice(0, m.index).split(WORD_WITH_SPACE);
    let start = m.index;
    let named = CAPITAL_START.test(m[0]);
    for (let k = words.length - 1, n = 0; k >= 0 && n < 6; k--, n++) {
      const w = (words[k] ?? '').trim();
      if (!w || TITLE_BREAK.test(w) || CLAUSE_PUNCTUATION_END.test(w)) break;
      start -= (words[k] ?? '').length;
      if (w.startsWith('(')) {
        start += (words[k] ?? '').indexOf('(') + 1; // "(2023 … Briefing": the title starts inside the parenthesis
        if (NAME_START.test(w.slice(1))) named = true;
        break;
      }
      if (NAME_START.test(w)) named = true;
      if (POSSESSIVE_END.test(w)) break;
    }
    if (named && start < m.index) out.push({ type: 'document', start, end: m.index + m[0].length });
  }
  return out;
}

export const documentTitle: EntityRule = {
  id: 'document-title',
  step: 'entities',
  description:
    'A cited document: up to six words before a document noun ("guide", "report", "white paper", "RFC 6749"), at least one of them capitalised or a number, stopping at an article, a preposition or a possessive. It runs first, so the year and the names inside a title belong to the title.',
  examples: [
    {
      input: 'The Fabrikam 2024 Gateway Hardening Guide recommends rotating keys every quarter.\n',
      expect: [{ quote: 'The Fabrikam 2024 Gateway Hardening Guide recommends rotating keys every quarter.', entities: [{ text: 'Fabrikam 2024 Gateway Hardening Guide', type: 'document' }] }],
    },
    {
      input: 'Several reports describe the outage, and the team wrote a short postmortem.\n',
      expect: [{ quote: 'Several reports describe the outage, and the team wrote a short postmortem.', notEntities: ['Several reports'] }],
    },
  ],
  apply: ({ sentence }) => documentTitles(sentence),
};
