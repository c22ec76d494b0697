import type { EmbeddedRule } from '../types.js';
import { ARTIFACT_NOUNS } from '../../../lang/artifact-nouns.js';
import { asSentence } from '../../split-atomic.js';
import { isSpaceCode } from '../../word-count.js';
import { nounPhraseIsPlural } from '../../../lang/inflection.js';

/** The artefact nouns, each also capitalised ("Tokens", "JWTs"). */
const NOUNS = [...new Set(ARTIFACT_NOUNS.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]))].sort((a, b) => b.length - a.length).join('|');
const REDUCED_RELATIVE = new RegExp(
  String.raw`(?<![\w-])((?:[A-Z][\w-]*\s+){0,4}(?:${NOUNS})(?:\s+\([A-Z]{2,6}s?\))?)\s+(issued|signed|generated|validated|returned|sent|stored|emitted|published)\s+(by|with|from|at|via|to)\s+(https?:\/\/\S+|(?:[A-Z][\w.-]*\s?){1,5})(?=\s+(?:with|and|to|for|which|that|when|in)\b|[,.;:]|$)`,
  'g',
);
const TRAILING_PUNCTUATION = /[.,;:]+$/;
/** "sent", the pattern's one verb not in "ed". */
const SENT = 'sent';

/** Whether "sent" stands between white space somewhere in `s` (as /\ssent\s/ finds it, from "sent" rather than at every space). */
function spacedSent(s: string): boolean {
  for (let i = s.indexOf(SENT, 1); i >= 0; i = s.indexOf(SENT, i + 1)) {
    if (isSpaceCode(s.charCodeAt(i - 1)) && isSpaceCode(s.charCodeAt(i + SENT.length))) return true;
  }
  return false;
}

export const reducedRelative: EmbeddedRule = {
  id: 'reduced-relative',
  step: 'embedded',
  description:
    'A reduced relative clause about a kind of artefact ("… are JSON Web Tokens issued by https://…/v2.0 …") states who issues, signs or stores it, a fact that can be true while the sentence is false: a claim of its own over those words ("JSON Web Tokens are issued by https://…/v2.0."). Not for the sentence’s own subject.',
  examples: [
    {
      input: 'Access tokens for Graph are JSON Web Tokens issued by https://login.example.com/v2.0 with a one-hour lifetime.\n',
      expect: [{ quote: 'JSON Web Tokens issued by https://login.example.com/v2.0', text: 'JSON Web Tokens are issued by https://login.example.com/v2.0.' }],
    },
    {
      input: 'The gateway accepts session cookies signed with Contoso Key Service and rejects all others.\n',
      expect: [{ quote: 'cookies signed with Contoso Key Service', text: 'Cookies are signed with Contoso Key Service.' }],
    },
  ],
  apply(doc, sentence) {
    const quote = doc.slice(sentence.start, sentence.end);
    // the verb ends in "ed" or is "sent": a sentence with neither is not scanned (the tests are cheaper than the scan)
    if (!quote.includes('ed') && !spacedSent(quote)) return [];
    const out: Array<{ start: number; end: number; text: string }> = [];
    REDUCED_RELATIVE.lastIndex = 0;
    for (let m = REDUCED_RELATIVE.exec(quote); m; m = REDUCED_RELATIVE.exec(quote)) {
      const [all, np = '', verb = '', prep = '', object = ''] = m;
      if (m.index === 0) continue; // the sentence's own subject: nothing embedded
      const obj = object.trim().replace(TRAILING_PUNCTUATION, '');
      const s = sentence.start + m.index;
      const e = s + all.trimEnd().length - (object.length - object.trimEnd().length) - (object.trim().length - obj.length);
      const plural = nounPhraseIsPlural(np.trim());
      out.push({ start: s, end: e, text: asSentence(`${np.trim()} ${plural ? 'are' : 'is'} ${verb} ${prep} ${obj}`) });
    }
    return out;
  },
};
