/**
 * The `object` kind: what the claim says its subject does or is *for* is swapped for what another true
 * sentence says ("Azure IoT Hub is used for device communication" → "… for secret storage"). The noun swapped
 * is the last common noun of the predicate (its object or purpose, the head of a noun run), as the wink tagger
 * reads it; the noun put in is the same noun slot of another seed, in the same number, one the original never
 * uses. Word overlap with the right page still holds the subject and the verb, so only a comparison of what the
 * page says the subject does or is for catches it.
 */
import { tag, type Tagged } from '../../src/lang/nlp.js';
import { looksPlural } from '../../src/lang/inflection.js';
import { makeDistortion, type Distortion } from './distortion.js';
import { isFree, splice, type Range } from './text.js';

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

/** The object nouns of a set of sentences, each once, in order: what the swap draws from. */
export function objectPool(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    const n = objectNoun(t);
    if (n) out.add(n.text);
  }
  return [...out];
}

/** A small stable hash, so that the noun drawn varies by sentence but never between runs. */
function stableHash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** The original's object noun swapped for one of the pool's, of the same number, that the original never uses. */
export function objectSwap(text: string, guarded: readonly Range[], pool: readonly string[]): Distortion[] {
  const noun = objectNoun(text, guarded);
  if (!noun || pool.length === 0) return [];
  const lower = text.toLowerCase();
  const plural = looksPlural(noun.text);
  const stem = noun.lemma;
  const fits = pool.filter((p) => looksPlural(p) === plural && !lower.includes(p.slice(0, Math.max(4, p.length - 2))) && tag(p)[0]?.lemma !== stem);
  if (fits.length === 0) return [];
  const to = fits[stableHash(text) % fits.length] ?? '';
  const s = splice(text, noun, to);
  return [makeDistortion('object', text, s, `"${noun.text}" → "${to}"`)];
}
