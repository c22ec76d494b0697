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

/** The initials of a name's words: "Primary Refresh Token" → "PRT". */
const initials = (name: string): string => (name.match(CAPITAL_WORD) ?? []).join('');

/** Does the acronym stand for the long name (its letters are the initials, or its first letters in order)? */
export function standsFor(acronym: string, long: string): boolean {
  const a = acronym.toUpperCase();
  if (initials(long) === a) return true;
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

/** A name of two or more capitalised words ("Primary Refresh Token"). */
const MULTIWORD_NAME = /(?<![\w-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+/g;
/** An acronym as a word, with an optional plural "s" ("PRT", "PRTs"). */
const ACRONYM_WORD = /\b([A-Z][A-Z0-9]{1,6})(s?)\b/g;
const FINAL_S = /s$/;

/** The trailing words of a capitalised run that the acronym's initials spell ("The Primary Refresh Token" → "Primary Refresh Token"). */
function spelledBy(run: string, acronym: string): { before: string; name: string } | undefined {
  const words = run.split(SPACES);
  for (let i = 0; i <= words.length - 2; i++) {
    const name = words.slice(i).join(' ');
    if (initials(name) === acronym) return { before: words.slice(0, i).join(' '), name };
  }
  return undefined;
}

/**
 * A sentence written in the claim's naming: an acronym that stands for one of the claim's capitalised names
 * (its initials: "PRT" for "Primary Refresh Token") is spelled out as the claim spells it, and a name the
 * claim gives as its acronym is put as that acronym. Pages define an acronym once and use it after, so the
 * sentence that states a fact often names its subject only by the acronym.
 */
export function inClaimNaming(claim: string, sentence: string): string {
  const runs = claim.match(MULTIWORD_NAME) ?? [];
  let out = sentence;
  if (runs.length > 0) {
    out = out.replace(ACRONYM_WORD, (whole, acronym: string, plural: string) => {
      if (claim.includes(acronym)) return whole;
      const name = runs.map((r) => spelledBy(r, acronym)?.name).find((n) => n !== undefined);
      if (!name) return whole;
      return plural ? `${name}${FINAL_S.test(name) ? 'es' : 's'}` : name;
    });
  }
  for (const [, acronym = ''] of claim.matchAll(ACRONYM_WORD)) {
    out = out.replace(MULTIWORD_NAME, (run) => {
      const spelled = spelledBy(run, acronym);
      if (!spelled || claim.includes(spelled.name)) return run;
      return spelled.before ? `${spelled.before} ${acronym}` : acronym;
    });
  }
  return out;
}
