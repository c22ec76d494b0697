import type { KindRule } from '../types.js';
import { phraseRule } from './phrase-rule.js';
import { ARTICLE_NOUNS } from '../../../lang/article-nouns.js';
import { SELF_DETERMINERS } from '../../../lang/self-reference.js';
import { alternation } from '../../../lang/words.js';
import { NON_CLAIM } from '../helpers.js';
import { wordGate } from '../../word-gate.js';

/** "this article", "the first two blogs of the series", "our next post": the text naming itself. */
const SELF_REFERENCE = new RegExp(String.raw`\b(?:${alternation(SELF_DETERMINERS)})\s+(?:(?:two|three|four|\d+|few|other)\s+)?(?:${alternation(ARTICLE_NOUNS)})\b|\bof (?:the|this) series\b`, 'i');

/** Every match of SELF_REFERENCE ends with an article noun after white space and before a word boundary, or with "series". */
const SELF_REFERENCE_GATE = wordGate([...ARTICLE_NOUNS, 'series']);

export const aboutTheArticle: KindRule = phraseRule(
  { gate: SELF_REFERENCE_GATE, pattern: SELF_REFERENCE, answer: NON_CLAIM },
  {
    id: 'about-the-article',
    description:
      'A sentence about the text itself or its series ("this article unfolds …", "In the first two blogs of the series …", "our next post covers …") describes the writing, not the product.',
    examples: [
      {
        input: 'Whether you are new to Entra or not, this article explains the basics of app roles in plain words.\n',
        expect: [{ quote: 'Whether you are new to Entra or not, this article explains the basics of app roles in plain words.', checkworthy: false }],
      },
      {
        input: 'The previous post covered the setup of the tenant. The tenant needs a P1 license for Conditional Access.\n',
        expect: [
          { quote: 'The previous post covered the setup of the tenant.', checkworthy: false },
          { quote: 'The tenant needs a P1 license for Conditional Access.', checkworthy: true },
        ],
      },
    ],
  },
);
