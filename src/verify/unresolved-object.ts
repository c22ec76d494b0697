import { tag } from '../lang/nlp.js';
import { OBJECT_PRONOUNS } from '../lang/pronouns.js';
import { SUBORDINATORS } from '../lang/subordinators.js';
import { RELATIVE_PRONOUNS } from '../lang/relative-pronouns.js';

/**
 * Does the claim's main verb take a pronoun object that nothing in the claim can stand for? "The workflow uses it
 * to reach Azure resources" (a clause split off "The external token is exchanged for an access token, and …")
 * says what is done with something it never names: the words left ("workflow", "Azure resources") are what any
 * page about workflows shares. Read in the claim alone, a subject cannot be its own verb's object, so when the
 * subject is the only thing named before the verb the referent lies outside the claim.
 *
 * Not unresolved:
 * - a clause or phrase before the verb names one ("If the token expires, the client refreshes it"; "Web apps
 *   that use ID tokens must validate them");
 * - "it" as a placeholder ("makes it easier to …", "makes it possible …"), or as the subject of a clause that
 *   follows ("… arrives it's routed …");
 * - an imperative ("Try it!"), which has no subject to take the place of the referent.
 *
 * Hand-written over the tagger's parts of speech: wink-nlp tags words but gives no dependency tree.
 */
const OBJECT = new Set(OBJECT_PRONOUNS);
/** A word before the verb that opens a clause or phrase of its own, which may name the referent. */
const OPENS_CLAUSE = new Set([...SUBORDINATORS, ...RELATIVE_PRONOUNS, ',', ';', ':']);
/** Tags of a word after the pronoun that make it a placeholder ("makes it easier") or a new clause's subject. */
const NOT_OBJECT_AFTER = new Set(['ADJ', 'AUX', 'VERB']);
/** Tags that name something a pronoun could stand for. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** The last claim asked about: a claim is asked once per candidate passage, and tagging it once is enough. */
let last: { text: string; answer: boolean } | undefined;

export function unresolvedObject(text: string): boolean {
  if (last?.text !== text) last = { text, answer: objectOutsideClaim(text) };
  return last.answer;
}

function objectOutsideClaim(text: string): boolean {
  const tagged = tag(text);
  const verb = tagged.findIndex((t) => t.pos === 'VERB');
  if (verb <= 0) return false;
  const object = tagged[verb + 1];
  if (object === undefined || !OBJECT.has(object.text.toLowerCase())) return false;
  const after = tagged[verb + 2];
  if (after !== undefined && (NOT_OBJECT_AFTER.has(after.pos) || after.text.startsWith("'") || after.text.startsWith('’'))) return false;
  const before = tagged.slice(0, verb);
  if (before.some((t) => OPENS_CLAUSE.has(t.text.toLowerCase()) || t.pos === 'SCONJ')) return false;
  // the subject: something named before the verb (an infinitive "To make it …" has none)
  return before.some((t) => NOMINAL.has(t.pos));
}
