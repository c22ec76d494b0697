import { HEADING_MARKS, OpeningPhrasePattern } from '../helpers.js';
import type { Referent, SubjectContext, SubjectRule } from '../types.js';
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../../../lang/pronouns.js';
import { SINGULAR_DEMONSTRATIVES } from '../../../lang/demonstratives.js';
import { alternation } from '../../../lang/words.js';
import { AUXILIARIES } from '../../../lang/auxiliaries.js';
import { VERB_PARTICLES } from '../../../lang/verb-particles.js';
import { COORDINATORS } from '../../../lang/coordinators.js';
import { NON_REFERENTS } from '../../../lang/non-referents.js';
import { asSentence } from '../../split-atomic.js';
import { hasFiniteVerb } from '../../verbs.js';
import { subjectAt } from './grammar.js';
import { nounPhraseIsPlural } from '../../../lang/inflection.js';
import { pieceCount } from '../../word-count.js';

/** "It …", "They're …", or the same after a short opening phrase ("Similar to a password, it can …"), then a verb. */
const PRONOUN_SUBJECT = new OpeningPhrasePattern(String.raw`(${alternation(SUBJECT_PRONOUNS)})(?=\s+(?:\w+ly\s+)?[a-z])`, 'i');
/** A phrase that ends in a word that is never a referent (lang/non-referents.ts): "we", "In version 3 we", "people". */
const PERSONAL = new RegExp(`(?:^|\\s)(?:${alternation(NON_REFERENTS)})$`, 'i');
/** "it" or "them" after a word: a pronoun in object position ("call it", "assign them to"). */
const OBJECT_PRONOUN = new RegExp(String.raw`\S\s+(?:${alternation(OBJECT_PRONOUNS)})\b`, 'i');
/** "this" or "that" standing alone as an object ("I set this up", "we did that."): it stands for an act, not a thing. */
const OBJECT_DEMONSTRATIVE = new RegExp(String.raw`\S\s+(?:${alternation(SINGULAR_DEMONSTRATIVES)})(?=\s+(?:${alternation(VERB_PARTICLES)})\b|[.,;!?]|$)`, 'i');
const QUESTION_OR_COLON = /[?:]/;

/** The referent for a pronoun: the previous sentence's subject, else a recent subject, else a noun-phrase heading. */
export function referentFor(ctx: SubjectContext, plural: boolean | undefined): Referent | undefined {
  if (ctx.heading && !ctx.previous) {
    const h = ctx.doc.slice(ctx.heading.start, ctx.heading.end).replace(HEADING_MARKS, '');
    if (!hasFiniteVerb(h) && !QUESTION_OR_COLON.test(h) && pieceCount(h) <= 4) return { start: ctx.heading.start, end: ctx.heading.end, text: h };
  }

  const own = ctx.previous?.subject && !PERSONAL.test(ctx.previous.subject.text.trim());
  // after "I set this up for a customer.", "It worked on the first try" is about the act: no thing to restore
  if (ctx.previous && !own && OBJECT_DEMONSTRATIVE.test(ctx.doc.slice(ctx.previous.sentence.start, ctx.previous.sentence.end))) return undefined;
  const candidates = [ctx.previous?.subject, ...ctx.recent].filter((r): r is Referent => !!r && !PERSONAL.test(r.text.trim()));
  // a sentence before that points back itself ("You call it with a POST request. It requires …") passes its referent on
  const chained = ctx.previous ? OBJECT_PRONOUN.test(ctx.doc.slice(ctx.previous.sentence.start, ctx.previous.sentence.end)) : false;
  const objects = !own && ctx.previous && !chained ? objectsOf(ctx.doc, ctx.previous.sentence) : [];
  if (plural === undefined) return objects[0] ?? candidates[0];
  const agrees = (r: Referent): boolean => nounPhraseIsPlural(r.text) === plural;
  return objects.find(agrees) ?? candidates.find(agrees) ?? objects[0] ?? candidates[0];
}

/**
 * A determiner-led noun phrase in a sentence with no subject of its own ("Imagine an IT lead locked out …" → "an IT
 * lead"), before a verb, a negated auxiliary ("a lot of claims aren't …") or a break.
 */
const OBJECT_NP = new RegExp(
  String.raw`\b(?:a|an|the|\d+)\s+(?:(?!(?:${alternation(COORDINATORS)})\s)[\w-]+\s+){0,3}?[\w-]+(?:\s+of\s+(?:[\w-]+\s+){0,4}?[\w’'-]+)?(?=\s+(?:who|that|which|in|on|at|for|with|during|from|to|[a-z]+ed|(?:${alternation(AUXILIARIES)})(?:n?[’']t)?)\b|[.,;:]|$)`,
  'g',
);

function objectsOf(doc: string, sentence: { start: number; end: number }): Referent[] {
  const s = doc.slice(sentence.start, sentence.end);
  const out: Referent[] = [];
  OBJECT_NP.lastIndex = 0;
  for (let m = OBJECT_NP.exec(s); m; m = OBJECT_NP.exec(s)) {
    if (!PERSONAL.test(m[0])) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const CURLY_APOSTROPHES = /’/g;
const RE_CONTRACTION = /'re$/;
const S_CONTRACTION = /'s$/;

export const pronoun: SubjectRule = {
  id: 'pronoun',
  step: 'subject',
  description:
    'A sentence whose subject is "it" or "they" takes the referent back: the subject of the sentence before (in the same section), one that agrees in number when there is a choice, or a noun-phrase heading at the start of a section.',
  examples: [
    // after a sentence whose object is an act ("set this up"), "It" stands for that act: nothing to restore
    {
      input: 'Contoso Badges are issued daily. I set this up for a customer last week. It worked on the first try.\n',
      expect: [{ quote: 'It worked on the first try.', text: 'It worked on the first try.' }],
    },
    // a name in code style is a word of the subject it refers back to
    {
      input: 'The `rotateKeys` action replaces every signing key of an app. You call it with a POST request. It requires an admin role.\n',
      expect: [{ quote: 'It requires an admin role.', text: 'The `rotateKeys` action requires an admin role.' }],
    },
    {
      input: 'A Temporary Access Pass is a time-limited passcode. Similar to a password, it can be used to sign in for the first time.\n',
      expect: [{ text: 'Similar to a password, a Temporary Access Pass can be used to sign in for the first time.' }],
    },
    {
      input: '## Refresh tokens\n\nThey are bound to the client that requested them.\n\nRefresh tokens last 90 days. They’re replaced on every use.\n',
      expect: [{ text: 'Refresh tokens are bound to the client that requested them.' }, { text: 'Refresh tokens are replaced on every use.' }],
    },
    {
      input: 'In version 3 we decided to shrink the payload and a lot of fields aren’t part of the default record. They can be added on request.\n',
      expect: [{ text: 'A lot of fields can be added on request.' }],
    },
    {
      input: 'Picture an administrator locked out during an outage. They sign in with an emergency access account.\n',
      expect: [{ text: 'An administrator sign in with an emergency access account.' }],
    },
  ],
  apply(ctx) {
    const m = PRONOUN_SUBJECT.exec(ctx.part.text);
    if (!m) return undefined;
    const [all, lead = '', word = ''] = m;
    if (lead && hasFiniteVerb(lead)) return undefined;
    const w = word.toLowerCase().replace(CURLY_APOSTROPHES, "'");
    const referent = referentFor(ctx, w.startsWith('they') ? true : w.startsWith('it') ? false : undefined);
    if (!referent) return undefined;
    const verb = RE_CONTRACTION.test(w) ? ' are' : S_CONTRACTION.test(w) ? ' is' : '';
    const subject = subjectAt(referent.text, !lead);
    return { text: asSentence(`${lead}${subject}${verb}${ctx.part.text.slice(all.length)}`), referent, subject: referent };
  },
};
