import type { KindRule } from '../types.js';
import { classify } from '../../classify.js';
import { hasFiniteVerb } from '../../verbs.js';
import { HEADING_MARKS, NON_CLAIM } from '../helpers.js';
import { AUXILIARIES } from '../../../lang/auxiliaries.js';
import { PERSON_PRONOUNS } from '../../../lang/person-pronouns.js';
import { TOPIC_OPENERS } from '../../../lang/topic-openers.js';
import { TOPIC_TITLE_WORDS } from '../../../lang/topic-title-words.js';
import { alternation } from '../../../lang/words.js';
import { pieceCount } from '../../word-count.js';

/** Topic headings ask or announce: a wh-word, a gerund opener ("Understanding …"), a question mark. */
const TOPIC = new RegExp(`^(?:${alternation(TOPIC_OPENERS)})\\b|\\?$`, 'i');
/** A finite verb written in lower case: Title Case headings ("How Codes Differ From …") name a topic. */
const LOWER_CASE_VERB = new RegExp(String.raw`\s(?:${alternation(AUXILIARIES)}|[a-z]{2,}ed)\s`);
/** A word that names the heading a topic ("… vs …", "…, explained"). */
const TOPIC_TITLE = new RegExp(`(?<![\\w-])(?:${alternation(TOPIC_TITLE_WORDS)})(?![\\w-])`, 'i');
/**
 * A noun phrase with a relative clause that has no "that" ("Token lifetimes you can configure", "Settings we
 * change first"): group 1 is the noun phrase, which names the topic; the verb after the reader or writer is not
 * said of it.
 */
const PERSON = alternation(PERSON_PRONOUNS);
const CONTACT_RELATIVE = new RegExp(String.raw`^(?!(?:${PERSON})\b)(\S.*?)\s(?:${PERSON})\s+(?:(?:${alternation(AUXILIARIES)})\s+)?[a-z]+(?:\s+\S+){0,2}$`, 'i');
const isContactRelative = (t: string): boolean => {
  const np = CONTACT_RELATIVE.exec(t)?.[1];
  return np !== undefined && !hasFiniteVerb(np);
};
/** Where a title and its subtitle part ("Device compliance in Intune: what I learned the hard way"). */
const SUBTITLE_BREAK = /:\s+|\s+[–—]\s+/;

export const headingFact: KindRule = {
  id: 'heading-fact',
  step: 'kind',
  description:
    'A heading written as a sentence in sentence case, with a lower-case finite verb ("Legacy versions are deprecated on December 1, 2025"), states a fact and is classified like a sentence; a topic heading ("How tokens are issued", "Token lifetimes") is not a claim.',
  examples: [
    {
      input: '## Legacy client libraries are retired on March 31, 2026\n\nPlan the move early.\n',
      expect: [{ quote: 'Legacy client libraries are retired on March 31, 2026', checkworthy: true }],
    },
    {
      input: '## How Refresh Tokens Are Issued\n\nThe service issues a refresh token with every access token.\n',
      expect: [{ quote: 'How Refresh Tokens Are Issued', checkworthy: false }],
    },
    {
      input: '# App registrations vs enterprise applications, explained\n\nEvery app has one application object.\n',
      expect: [{ quote: 'App registrations vs enterprise applications, explained', checkworthy: false }],
    },
    {
      input: '# Device compliance in Contoso: what I learned the hard way\n\nDevices report every eight hours.\n',
      expect: [{ quote: 'Device compliance in Contoso: what I learned the hard way', checkworthy: false }],
    },
    {
      input: '## Widget lifetimes you can configure\n\nAdmins set the widget lifetime per tenant.\n',
      expect: [{ quote: 'Widget lifetimes you can configure', checkworthy: false }],
    },
    {
      input: '## The trouble with long-lived refresh tokens\n\nAccess tokens last about one hour.\n',
      expect: [{ quote: 'The trouble with long-lived refresh tokens', checkworthy: false }],
    },
  ],
  apply(ctx) {
    if (ctx.blockType !== 'heading') return undefined;
    const t = ctx.quote.replace(HEADING_MARKS, '').trim();
    // a subtitle is read as a heading of its own: "…: what I learned the hard way" announces a topic
    if (isContactRelative(t) || TOPIC_TITLE.test(t) || t.split(SUBTITLE_BREAK).some((part) => TOPIC.test(part.trim())) || !LOWER_CASE_VERB.test(` ${t} `) || pieceCount(t) < 4 || !hasFiniteVerb(t))
      return NON_CLAIM;
    return classify(ctx.text, 'paragraph', ctx.entities);
  },
};
