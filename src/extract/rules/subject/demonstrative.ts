import type { Referent, SubjectRule } from '../types.js';
import { OpeningPhrasePattern } from '../helpers.js';
import { AUXILIARIES } from '../../../lang/auxiliaries.js';
import { DANGLING_FUNCTION_WORDS } from '../../../lang/function-words.js';
import { DEMONSTRATIVES } from '../../../lang/demonstratives.js';
import { alternation } from '../../../lang/words.js';
import { asSentence } from '../../split-atomic.js';
import { hasFiniteVerb } from '../../verbs.js';
import { referentFor } from './pronoun.js';
import { mainClause, subjectAt } from './grammar.js';
import { SINGULAR_S_END, nounPhraseIsPlural } from '../../../lang/inflection.js';

/** An optional opening phrase ("Unlike passwords, "), then a demonstrative: the rest is read word by word. */
const OPENING = new OpeningPhrasePattern(String.raw`(${alternation(DEMONSTRATIVES)})\s+`, 'i');
const AUX_WORD = new RegExp(`^(?:${alternation(AUXILIARIES)})$`, 'i');
const FUNCTION_WORD = new RegExp(`^(?:${alternation(DANGLING_FUNCTION_WORDS)})$`, 'i');
const MAX_NOUN_WORDS = 4;
const PLURAL_DEMONSTRATIVE = /^th(?:ese|ose)$/i;
const LY_ADVERB = /^(?:\w+ly)$/;
const LOWER_CASE_WORD = /^[a-z]+$/;
const S_END = /s$/;
const ED_END = /ed$/;
/** A word that ends like a finite verb ("-s", "-ed"). */
const VERB_INFLECTION_END = /[a-z]{2,}(?:s|ed)$/;

/** A word that can be the verb after a subject of this number. */
function verbAfter(word: string, plural: boolean, before: string): boolean {
  if (AUX_WORD.test(word) || LY_ADVERB.test(word)) return true;
  if (!LOWER_CASE_WORD.test(word) || FUNCTION_WORD.test(word)) return false;
  if (plural) return S_END.test(before) || ED_END.test(word);
  return VERB_INFLECTION_END.test(word) && !SINGULAR_S_END.test(word);
}

/** A word that a comma, semicolon or colon closes. */
const CLAUSE_MARK_END = /[,;:]$/;

/** A run of white space (between words). */
const SPACE_RUN = /\s+/;

/** "This creates" (bare, the demonstrative is the subject) or "These digital keys are" (with the noun phrase it determines). */
function readDemonstrative(t: string): { lead: string; word: string; np: string[]; rest: string } | undefined {
  const m = OPENING.exec(t);
  if (!m) return undefined;
  const [all, lead = '', word = ''] = m;
  if (lead && hasFiniteVerb(lead)) return undefined;
  const plural = PLURAL_DEMONSTRATIVE.test(word);
  const words = t.slice(all.length).split(SPACE_RUN);
  const first = words[0] ?? '';
  if (AUX_WORD.test(first) || (!plural && verbAfter(first, false, ''))) return { lead, word, np: [], rest: t.slice(all.length - 1) };
  for (let i = 0; i < Math.min(MAX_NOUN_WORDS, words.length - 1); i++) {
    // a noun phrase does not run past a comma: "That said, CAE is …" opens with a set phrase, not with "that"'s noun
    if (CLAUSE_MARK_END.test(words[i] ?? '')) return undefined;
    if (verbAfter(words[i + 1] ?? '', plural, words[i] ?? '')) {
      const np = words.slice(0, i + 1);
      return { lead, word, np, rest: ` ${words.slice(i + 1).join(' ')}` };
    }
  }
  return undefined;
}

const PLURAL_END = /(?:es|s)$/;

const stem = (w: string): string => w.toLowerCase().replace(PLURAL_END, '');
const POINTING = /^(?:this|these|that|those|it|they|we|you|i)\b/i;
const FINAL_STOP_OR_COLON = /[.:;]$/;

export const demonstrative: SubjectRule = {
  id: 'demonstrative',
  step: 'subject',
  description:
    'A demonstrative subject is resolved: "This"/"That" alone stands for what the sentence before said ("This creates a window …" → "That the token stays valid until it expires creates a window …"; after a bare command or name, the command itself); "These"/"Those" alone take the previous subject; "These codes …" is replaced by an earlier subject with the same head noun, and otherwise names the previous subject in parentheses ("The approach (Azure Key Vault) …").',
  examples: [
    {
      input: 'When a password changes, the old refresh tokens stay valid until they expire. This creates a window in which a stolen token still works.\n',
      expect: [{ text: 'That the old refresh tokens stay valid until they expire creates a window in which a stolen token still works.' }],
    },
    {
      input: 'Revoke-MgUserSignInSession -UserId <id>\n\nThis revokes all refresh tokens of the user.\n',
      expect: [{ text: 'Revoke-MgUserSignInSession -UserId <id> revokes all refresh tokens of the user.' }],
    },
    // "That said," is a set phrase: the subject after its comma stays as written
    {
      input: 'Critical events are evaluated in every tenant. That said, the session controls need a premium licence.\n',
      expect: [{ quote: 'That said, the session controls need a premium licence.', text: 'That said, the session controls need a premium licence.' }],
    },
    {
      input: 'Access keys are shared secrets of a storage account. These keys grant full access to the account. This approach is simple but risky.\n',
      expect: [
        { quote: 'These keys grant full access to the account.', text: 'Access keys grant full access to the account.' },
        { quote: 'This approach is simple but risky.', text: 'The approach (Access keys) is simple but risky.' },
      ],
    },
  ],
  apply(ctx) {
    const d = readDemonstrative(ctx.part.text);
    if (!d) return undefined;
    const { lead, word, np, rest } = d;
    if (np.length === 0) {
      if (!PLURAL_DEMONSTRATIVE.test(word) && ctx.previous) {
        const prev = ctx.doc.slice(ctx.previous.sentence.start, ctx.previous.sentence.end).trim();
        const referent: Referent = { ...ctx.previous.sentence, text: prev };
        const stated = hasFiniteVerb(prev.replace(FINAL_STOP_OR_COLON, '')) ? `that ${mainClause(prev)}` : prev.replace(FINAL_STOP_OR_COLON, '');
        return { text: asSentence(`${lead}${subjectAt(stated, !lead)}${rest}`), referent };
      }
      const referent = referentFor(ctx, true);
      return referent ? { text: asSentence(`${lead}${subjectAt(referent.text, !lead)}${rest}`), referent, subject: referent } : undefined;
    }
    const candidates = [ctx.previous?.subject, ...ctx.recent].filter((r): r is Referent => !!r && !POINTING.test(r.text));
    const same = candidates.find((r) => r.text.split(SPACE_RUN).some((w) => np.some((n) => stem(w) === stem(n) && stem(n).length > 2)));
    const plural = PLURAL_DEMONSTRATIVE.test(word);
    if (same && nounPhraseIsPlural(same.text) === plural) return { text: asSentence(`${lead}${subjectAt(same.text, !lead)}${rest}`), referent: same, subject: same };
    const referent = same ?? candidates[0];
    if (!referent) return undefined;
    return { text: asSentence(`${lead}${subjectAt(`the ${np.join(' ')}`, !lead)} (${subjectAt(referent.text, false)})${rest}`), referent };
  },
};
