import type { Claim } from '../schema/index.js';

/**
 * Acronyms the article defines once ("Temporary Access Pass (TAP)", "JSON Web Tokens (JWTs)") and then uses
 * alone: a later claim about "a TAP" is about the Temporary Access Pass, and a page that spells the name out
 * supports it. Read from every claim of the article, so the definition may stand anywhere in it.
 */

/** "Long Capitalised Name (ACR)" or "(ACRs)"; the long form may hold lower-case joiners ("Time of Use"). */
const DEFINITION = /([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|to|on))*\s+[A-Z][\w-]*|[A-Z][\w-]*)\s*\(([A-Z][A-Za-z0-9]{1,7}?)(s?)\)/g;

/** The letters of a long name's capitalised words, to check that the acronym stands for it. */
const CAPITAL_WORD = /\b[A-Z]/g;
const SPACES = /\s+/;

/** Does the acronym stand for the long name (its letters are the initials, or its first letters in order)? */
export function standsFor(acronym: string, long: string): boolean {
  const a = acronym.toUpperCase();
  if ((long.match(CAPITAL_WORD) ?? []).join('') === a) return true;
  // else a subsequence of the long name's letters that starts with its first letter ("JWT" in "JSON Web Token")
  const letters = long.toUpperCase();
  if (letters[0] !== a[0]) return false;
  let i = 0;
  for (const ch of letters) if (ch === a[i]) i++;
  return i === a.length;
}

const CACHE = new WeakMap<readonly Claim[], Map<string, string[]>>();

/** acronym (lower case) → the long names the article gives it; long name (lower case) → the acronym. */
export function articleAcronyms(claims: readonly Claim[]): Map<string, string[]> {
  const cached = CACHE.get(claims);
  if (cached) return cached;
  const out = new Map<string, string[]>();
  const add = (key: string, value: string): void => {
    const list = out.get(key.toLowerCase()) ?? [];
    if (!list.some((v) => v.toLowerCase() === value.toLowerCase())) list.push(value);
    out.set(key.toLowerCase(), list);
  };
  for (const c of claims) {
    for (const m of c.quote.matchAll(DEFINITION)) {
      const [, long = '', acronym = '', plural = ''] = m;
      // keep the words of the long name that the acronym's first letter begins: "Use a Temporary Access Pass (TAP)" → "Temporary Access Pass"
      const words = long.trim().split(SPACES);
      const from = words.findIndex((_w, i) => standsFor(acronym, words.slice(i).join(' ')));
      if (from < 0) continue;
      const name = words.slice(from).join(' ');
      if (name.split(' ').length < 2) continue;
      add(acronym, name);
      if (plural) add(`${acronym}${plural}`, name);
      add(name, acronym);
    }
  }
  CACHE.set(claims, out);
  return out;
}
