import type { Referent, SubjectContext, SubjectRule } from '../types.js';
import { SUBJECT_PRONOUNS } from '../../../lang/pronouns.js';
import { alternation } from '../../../lang/words.js';
import { asSentence } from '../../split-atomic.js';
import { hasFiniteVerb } from '../../verbs.js';
import { isPlural, subjectAt } from './grammar.js';

/** "It …", "They're …", or the same after a short opening phrase ("Similar to a password, it can …"), then a verb. */
const PRONOUN_SUBJECT = new RegExp(String.raw`^((?:[^,]{3,60},\s+)?)(${alternation(SUBJECT_PRONOUNS)})(?=\s+(?:\w+ly\s+)?[a-z])`, 'i');
/** Writers and readers are never the referent of "it" or "they". */
const PERSONAL = /^(?:i|we|you|they|it|he|she|this|these|that|those|there|people|someone)$/i;

/** The referent for a pronoun: the previous sentence's subject, else a recent subject, else a noun-phrase heading. */
export function referentFor(ctx: SubjectContext, plural: boolean | undefined): Referent | undefined {
  const candidates = [ctx.previous?.subject, ...ctx.recent].filter((r): r is Referent => !!r && !PERSONAL.test(r.text.trim()));
  const agreeing = plural === undefined ? candidates[0] : candidates.find((r) => isPlural(r.text) === plural) ?? candidates[0];
  if (agreeing) return agreeing;
  if (ctx.heading && !ctx.previous) {
    const h = ctx.doc.slice(ctx.heading.start, ctx.heading.end).replace(/^#+\s*/, '');
    if (!hasFiniteVerb(h) && !/\?$/.test(h) && h.split(/\s+/).length <= 6) return { start: ctx.heading.start, end: ctx.heading.end, text: h };
  }
  return undefined;
}

export const pronoun: SubjectRule = {
  id: 'pronoun',
  step: 'subject',
  description:
    'A sentence whose subject is "it" or "they" takes the referent back: the subject of the sentence before (in the same section), one that agrees in number when there is a choice, or a noun-phrase heading at the start of a section.',
  examples: [
    {
      input: 'A Temporary Access Pass is a time-limited passcode. Similar to a password, it can be used to sign in for the first time.\n',
      expect: [{ text: 'Similar to a password, a Temporary Access Pass can be used to sign in for the first time.' }],
    },
    {
      input: '## Refresh tokens\n\nThey are bound to the client that requested them.\n\nRefresh tokens last 90 days. They’re replaced on every use.\n',
      expect: [{ text: 'Refresh tokens are bound to the client that requested them.' }, { text: 'Refresh tokens are replaced on every use.' }],
    },
  ],
  apply(ctx) {
    const m = PRONOUN_SUBJECT.exec(ctx.part.text);
    if (!m) return undefined;
    const [all, lead = '', word = ''] = m;
    const w = word.toLowerCase().replace(/’/g, "'");
    const referent = referentFor(ctx, w.startsWith('they') ? true : w.startsWith('it') ? false : undefined);
    if (!referent) return undefined;
    const verb = /'re$/.test(w) ? ' are' : /'s$/.test(w) ? ' is' : '';
    const subject = subjectAt(referent.text, !lead);
    return { text: asSentence(`${lead}${subject}${verb}${ctx.part.text.slice(all.length)}`), referent, subject: referent };
  },
};
