import type { Claim, Entity } from '../schema/index.js';
import type { Passage } from '../evidence/types.js';
import type { CheckContext } from './types.js';
import { HTTP_METHODS } from '../lang/http-methods.js';
import { THRESHOLDS } from './thresholds.js';
import { exactAlternation } from '../lang/words.js';

/**
 * Acronyms the documentation defines ("Microsoft Entra multifactor authentication (MFA)", "self-service password
 * reset (SSPR)"): an article writes "MFA" where a page writes the words, and a page that spells the acronym out
 * states the same fact. Mined from the sources at check time, like the renames (renames.ts), never kept in a
 * list here: an acronym counts only when pages define it, and only when they agree on what it stands for
 * ("CA" is Conditional Access on some pages and a certificate authority on others: left alone).
 */

/** An acronym in a claim: two to six capitals (a digit may follow the first), with an optional plural "s". */
const CLAIM_ACRONYM = /(?<![\w`/.-])([A-Z][A-Z0-9]{1,5})s?(?![\w`/-])/g;
const HTTP_METHOD_WORDS = new Set(HTTP_METHODS);
const SPACES = /\s+/;
const SQUASH = /[\s-]+/g;
const PLURAL_END = /s$/;
/** Between two words of a long form: a space or a hyphen, or neither ("multifactor", "multi-factor"). */
const WORD_JOIN = /[\s-]+/g;

/** Does the long form spell the acronym: its first letter first, then the acronym's letters in order? */
function spells(acronym: string, long: string): boolean {
  const letters = long.toUpperCase();
  if (letters[0] !== acronym[0]) return false;
  let i = 0;
  for (const ch of letters) if (ch === acronym[i]) i++;
  return i === acronym.length;
}

/** "up to six words (ACR)" or "(ACRs)" for one acronym (group 1: the words before the parenthesis). */
function definitionPattern(acronym: string): RegExp {
  return new RegExp(String.raw`((?:[A-Za-z][\w-]*\s+){0,5}[A-Za-z][\w-]*)\s*\(${acronym}s?\)`, 'g');
}

/** Every spelling of a long form as one pattern, a plural "s" allowed, not inside a longer word. */
function longFormPattern(forms: readonly string[]): RegExp {
  return new RegExp(`(?<![\\w-])(?:${forms.join('|')})s?(?![\\w-])`, 'gi');
}

/** The long forms a passage gives the acronym: for each "words (ACR)", the fewest last words that spell it. */
export function definitionsIn(text: string, acronym: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(definitionPattern(acronym))) {
    const words = (m[1] ?? '').split(SPACES);
    for (let i = words.length - 1; i >= 0; i--) {
      const long = words.slice(i).join(' ');
      if (spells(acronym, long)) {
        // one word alone spells it only when the acronym is its initials ("multifactor" is not MFA's long form)
        if (i < words.length - 1) out.push(long.toLowerCase());
        break;
      }
    }
  }
  return out;
}

/** A long form with its spelling variants folded: "Multi-factor authentications" → "multifactorauthentication". */
const squash = (long: string): string => long.toLowerCase().replace(SQUASH, '').replace(PLURAL_END, '');

/** A documented long form: its most common spelling, and a pattern for every spelling. */
export interface LongForm {
  words: string;
  pattern: RegExp;
}

/**
 * The one long form the definitions agree on, with a pattern for its every spelling (hyphen or space between the
 * words or neither, a plural "s"); undefined when they are too few or disagree.
 */
export function agreedLongForm(definitions: readonly string[]): LongForm | undefined {
  const groups = new Map<string, string[]>();
  for (const d of definitions) groups.set(squash(d), [...(groups.get(squash(d)) ?? []), d]);
  const [top] = [...groups.values()].sort((a, b) => b.length - a.length);
  if (!top || top.length < THRESHOLDS.acronymMinDefinitions || top.length < THRESHOLDS.acronymAgreement * definitions.length) return undefined;
  const forms = [...new Set(top.map((d) => d.replace(PLURAL_END, '')))].map((d) =>
    d
      .split(WORD_JOIN)
      .map((w) => exactAlternation([w]))
      .join('[\\s-]?'),
  );
  const counts = new Map<string, number>();
  for (const d of top) counts.set(d, (counts.get(d) ?? 0) + 1);
  const [words = ''] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return { words, pattern: longFormPattern(forms) };
}

/** A long form the article itself gives ("Temporary Access Pass (TAP)"): one definition is enough there. */
export function articleLongForm(words: string): LongForm | undefined {
  return agreedLongForm(Array.from({ length: THRESHOLDS.acronymMinDefinitions }, () => words.toLowerCase()));
}

/** The acronyms of a claim worth looking up, at most a few, in the order met. */
export function claimAcronyms(claim: Claim): string[] {
  const out: string[] = [];
  for (const m of claim.text.matchAll(CLAIM_ACRONYM)) {
    const a = m[1] ?? '';
    if (HTTP_METHOD_WORDS.has(a) || out.includes(a)) continue;
    // one the claim names inside code or a URL is part of a name, not an acronym of its own
    if (claim.entities.some((e) => (e.type === 'identifier' || e.type === 'url' || e.type === 'api-path') && e.text.includes(a))) continue;
    out.push(a);
  }
  return out.slice(0, THRESHOLDS.acronymsPerClaim);
}

const CACHE = new WeakMap<CheckContext, Map<string, Promise<LongForm | undefined>>>();

/** The documented long form of an acronym (as a pattern), looked up once per run. */
function longFormOf(ctx: CheckContext, acronym: string): Promise<LongForm | undefined> {
  let cache = CACHE.get(ctx);
  if (!cache) {
    cache = new Map();
    CACHE.set(ctx, cache);
  }
  let found = cache.get(acronym);
  if (!found) {
    found = Promise.all(ctx.sources.map((s) => s.search(acronym, { limit: THRESHOLDS.acronymSearchLimit }))).then((lists) =>
      agreedLongForm(lists.flat().flatMap((p) => definitionsIn(`${p.heading ?? ''}\n${p.text}`, acronym))),
    );
    cache.set(acronym, found);
  }
  return found;
}

/** acronym → its documented long form, for the claim's acronyms that the documentation defines. */
export async function documentedAcronyms(ctx: CheckContext, claim: Claim, defined: ReadonlyMap<string, readonly string[]>): Promise<Map<string, LongForm>> {
  const out = new Map<string, LongForm>();
  for (const a of claimAcronyms(claim)) {
    // one the article defines is read as the article spells it out; the documentation is asked about the others
    const own = defined.get(a.toLowerCase())?.[0];
    const long = own !== undefined ? articleLongForm(own) : await longFormOf(ctx, a);
    if (long) out.set(a, long);
  }
  return out;
}

/**
 * The passage as the claim names things: each documented long form with the claim's acronym after it, as a
 * definition writes it ("multifactor authentication (MFA)"), so that the acronym is met and the long form's own
 * words still are ("MSA accounts" against "Microsoft accounts").
 */
export function inClaimAcronyms(passage: Passage, glossary: ReadonlyMap<string, LongForm>): Passage {
  if (glossary.size === 0) return passage;
  const write = (t: string): string => {
    let out = t;
    for (const [acronym, long] of glossary) out = out.replace(long.pattern, (words) => `${words} (${acronym})`);
    return out;
  };
  return { ...passage, text: write(passage.text), ...(passage.title ? { title: write(passage.title) } : {}), ...(passage.heading ? { heading: write(passage.heading) } : {}) };
}

/** A search query with each documented acronym's word spelled out: for pages that never use the acronym. */
export function spelledOutQuery(query: string, glossary: ReadonlyMap<string, LongForm>): string | undefined {
  if (glossary.size === 0) return undefined;
  const long = new Map([...glossary].map(([a, l]) => [a.toLowerCase(), l.words]));
  const words = query.split(SPACES);
  return words.some((w) => long.has(w)) ? words.map((w) => long.get(w) ?? w).join(' ') : undefined;
}

/**
 * The documented acronyms the claim uses, as key entities it does not have yet: like an acronym the article
 * defines (passage-support's definedAcronyms), a name the pages define is a named thing, which a supporting
 * passage must name in either form.
 */
export function acronymKeys(claim: Claim, glossary: ReadonlyMap<string, LongForm>, keys: readonly Entity[]): Entity[] {
  const have = new Set(keys.map((k) => k.text.toLowerCase()));
  const out: Entity[] = [];
  for (const acronym of glossary.keys()) {
    if (have.has(acronym.toLowerCase())) continue;
    const at = claim.quote.indexOf(acronym);
    const start = at < 0 ? claim.span.start : claim.span.start + at;
    out.push({ type: 'feature', text: acronym, span: { start, end: at < 0 ? claim.span.end : start + acronym.length } });
  }
  return out;
}
