/**
 * The `object` and `subject` kinds: a common noun of the sentence swapped for the same slot's noun of another
 * true sentence, in the same number, one the original never uses. `object`: what the claim says its subject does
 * or is *for* ("Azure IoT Hub is used for device communication" → "… for device secrets"), the head of the
 * predicate's last noun run. `subject`: who or what it is about ("The What If tool simulates a sign-in" → "The
 * What If portal …"), the head of the first noun run before the verb, in a sentence that opens with it (not with
 * a leading clause or phrase). Nouns are read with the wink tagger. Word overlap with the right page still holds
 * every other word, so only a comparison of what the page says of whom catches them.
 */
import { tag, type Tagged } from '../../src/lang/nlp.js';
import { looksPlural } from '../../src/lang/inflection.js';
import { makeDistortion, type Distortion } from './distortion.js';
import { isFree, splice, stableHash, type Range } from './text.js';

/** A word the swap may replace or put in: a plain lower-case common noun of four letters or more. */
const PLAIN_NOUN = /^[a-z]{4,}$/;
/** Tags a noun run may hold before its head ("device communication", "sign-in logs"). */
const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN']);
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** Particles after which a "noun" is the verb of a phrasal verb the tagger misread ("sign in", "log out"). */
const PARTICLES: ReadonlySet<string> = new Set(['in', 'out', 'up', 'on', 'off']);

/** The head noun of the predicate's last noun run, or undefined (no verb after the first word, no plain noun after it). */
export function objectNoun(text: string, guarded: readonly Range[] = []): Tagged | undefined {
  const tagged = tag(text);
  const verb = tagged.findIndex((t, i) => i > 0 && VERB_TAGS.has(t.pos));
  if (verb < 0) return undefined;
  for (let i = tagged.length - 1; i > verb; i--) {
    const t = tagged[i];
    if (!t || !NOUN_TAGS.has(t.pos)) continue;
    // the head of a run: the next word is no noun ("device communication" → communication)
    if (NOUN_TAGS.has(tagged[i + 1]?.pos ?? '')) continue;
    if (PARTICLES.has(tagged[i + 1]?.text.toLowerCase() ?? '') || text.charAt(t.end) === '-' || text.charAt(t.start - 1) === '-') continue;
    if (PLAIN_NOUN.test(t.text) && isFree(t, guarded)) return t;
    return undefined; // the last run's head is a name, a code word or a short word: no object to swap
  }
  return undefined;
}

/** Tags that open a leading clause or phrase ("When …,", "With …,"): the sentence's subject comes after it. */
const LEADING_TAGS: ReadonlySet<string> = new Set(['SCONJ', 'ADP', 'ADV']);

/** The head noun of the subject's first noun run, before the verb, in a sentence that opens with its subject; or undefined. */
export function subjectNoun(text: string, guarded: readonly Range[] = []): Tagged | undefined {
  const tagged = tag(text);
  if (LEADING_TAGS.has(tagged[0]?.pos ?? '')) return undefined;
  const verb = tagged.findIndex((t, i) => i > 0 && VERB_TAGS.has(t.pos));
  for (let i = 0; i < verb; i++) {
    const t = tagged[i];
    if (!t || !NOUN_TAGS.has(t.pos) || NOUN_TAGS.has(tagged[i + 1]?.pos ?? '')) continue;
    const plain = PLAIN_NOUN.test(t.text) && isFree(t, guarded) && !PARTICLES.has(tagged[i + 1]?.text.toLowerCase() ?? '') && text.charAt(t.start - 1) !== '-' && text.charAt(t.end) !== '-';
    return plain ? t : undefined; // the subject's head is a name, a code word or a short word: nothing to swap
  }
  return undefined;
}

/** The nouns of one slot in a set of sentences, each once, in order: what the swap draws from. */
function pool(texts: readonly string[], noun: (text: string) => Tagged | undefined): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    const n = noun(t);
    if (n) out.add(n.text);
  }
  return [...out];
}

/** What each swap draws from: the object and the subject nouns of the seeds. */
export interface NounPools {
  object: readonly string[];
  subject: readonly string[];
}

export function nounPools(texts: readonly string[]): NounPools {
  return { object: pool(texts, (t) => objectNoun(t)), subject: pool(texts, (t) => subjectNoun(t)) };
}

/** The noun swapped for one of the pool's, of the same number, that the original never uses. */
function swap(kind: 'object' | 'subject', text: string, noun: Tagged | undefined, from: readonly string[]): Distortion[] {
  if (!noun || from.length === 0) return [];
  const lower = text.toLowerCase();
  const plural = looksPlural(noun.text);
  const fits = from.filter((p) => looksPlural(p) === plural && !lower.includes(p.slice(0, Math.max(4, p.length - 2))) && tag(p)[0]?.lemma !== noun.lemma);
  if (fits.length === 0) return [];
  // the object swap keeps the draw it was first measured with (hash of the text alone)
  const to = fits[stableHash(kind === 'object' ? text : `${kind}\u0000${text}`) % fits.length] ?? '';
  return [makeDistortion(kind, text, splice(text, noun, to), `"${noun.text}" → "${to}"`)];
}

/** The object and subject swaps of one sentence. */
export function nounSwaps(text: string, guarded: readonly Range[], pools: NounPools): Distortion[] {
  return [...swap('object', text, objectNoun(text, guarded), pools.object), ...swap('subject', text, subjectNoun(text, guarded), pools.subject)];
}
