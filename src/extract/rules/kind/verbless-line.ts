import type { KindRule } from '../types.js';
import { hasMainVerb } from '../../verbs.js';
import { NON_CLAIM } from '../helpers.js';
import { EndPattern } from '../../end-pattern.js';
import { SUBJECT_PRONOUNS } from '../../../lang/pronouns.js';
import { SUBORDINATORS } from '../../../lang/subordinators.js';
import { wordsPattern } from '../../../lang/words.js';
import { pieceCount } from '../../word-count.js';

const CODE_LIKE = new Set(['identifier', 'api-path', 'header', 'error-code', 'url']);
/** A pronoun subject, "there", a contraction or a subordinator: a clause whose verb the verb list may not know. */
const CLAUSE_WORD = new RegExp(`${wordsPattern([...SUBJECT_PRONOUNS, ...SUBORDINATORS, 'we', 'you', 'i', 'there']).source}|\\w[’']s\\b`, 'i');
/** A lower-case word in -s after another word ("a device enrolls", "users enroll their devices"): maybe a verb, so abstain. */
const MAYBE_VERB = /\s[a-z]{2,}s(?<!ss|us|is)\b/;
const PARTICIPLE = /\s[a-z]{3,}ing\s/;
const MAX_NAME_WORDS = 6;
const CLOSED = new EndPattern(/[.!]\s*$/, 1, true);
/** A closing full stop or exclamation mark. */
const FINAL_STOP = /[.!]$/;
const COLON_OR_QUESTION = /[:?]/;

export const verblessLine: KindRule = {
  id: 'verbless-line',
  step: 'kind',
  description:
    'A paragraph or quote sentence with no finite verb and no label ("The Temporary Access Pass.", an image’s alt text left in the page) names something without saying anything about it: a line of at most six words, or a caption-like line with no closing stop and a participle. The verb list is not all of English, so the rule abstains on anything that may hold a verb it does not know (a lower-case word in -s, a pronoun subject, a contraction, a subordinator). List items, table cells and lines that hold code, a path or a URL are left to the other rules.',
  examples: [
    {
      input: 'The device code flow.\n\nThe device code flow lets a user sign in on another device.\n',
      expect: [
        { quote: 'The device code flow.', checkworthy: false },
        { quote: 'The device code flow lets a user sign in on another device.', checkworthy: true },
      ],
    },
    {
      input: 'Admin consent dialog for a multitenant app showing the requested Graph permission grid\nImage: the consent dialog\n\nAdmins grant consent once for the whole tenant.\n',
      expect: [{ quote: 'Admin consent dialog for a multitenant app showing the requested Graph permission grid', checkworthy: false }],
    },
    {
      input: 'Connectors in the same group act as one unit for high availability and load balancing.\n',
      expect: [{ quote: 'Connectors in the same group act as one unit for high availability and load balancing.' }],
      absent: [],
    },
    {
      input: 'When a device enrolls in Intune it registers in Microsoft Entra ID.\n\nIn this flow, Contoso Agent attempts one more check-in.\n',
      expect: [
        { quote: 'When a device enrolls in Intune it registers in Microsoft Entra ID.', checkworthy: true },
        { quote: 'In this flow, Contoso Agent attempts one more check-in.', checkworthy: true },
      ],
    },
  ],
  apply(ctx) {
    if (ctx.blockType !== 'paragraph' && ctx.blockType !== 'blockquote') return undefined;
    if (ctx.clause || ctx.labelled || ctx.entities.some((e) => CODE_LIKE.has(e.type))) return undefined;
    const q = ctx.quote.replace(FINAL_STOP, '').trim();
    // a short name ("The Temporary Access Pass."), or a caption-like line: no closing stop, a participle ("… showing …");
    // read first, as it is cheaper than the verb tests, and a line that is neither is no verbless line whatever they say
    const short = pieceCount(q) <= MAX_NAME_WORDS;
    const caption = !CLOSED.test(ctx.quote) && PARTICIPLE.test(q);
    if (!short && !caption) return undefined;
    if (hasMainVerb(q) || COLON_OR_QUESTION.test(q) || CLAUSE_WORD.test(q) || MAYBE_VERB.test(q)) return undefined;
    return NON_CLAIM;
  },
};
