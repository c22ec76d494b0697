/**
 * Word-level helpers shared by the checkers: content lemmas for coverage, term variants for exact
 * look-ups, and matching of identifiers, phrases and numbers inside passage text.
 */
import { STOP_WORDS } from '../lang/stop-words.js';
import { SYNONYM_GROUPS } from '../lang/synonyms.js';
import { ARTICLES } from '../lang/articles.js';
import { DESCRIBING_SUFFIXES } from '../lang/describing-suffixes.js';
import { alternation } from '../lang/words.js';
import { NUMBER_WORDS, WEAK_NUMBER_WORDS } from '../lang/number-words.js';
import { COUNTED_UNITS } from '../lang/counted-units.js';

/** A run of letters and digits: one token as the FTS tokenizer sees it. */
const TOKEN_RUN = /[\p{L}\p{N}]+/gu;
const ALL_DIGITS = /^\d+$/;
/** An article opening a text, with the spaces after it ("the MSAL guide" → "MSAL guide"). */
export const LEADING_ARTICLE = new RegExp(`^(?:${alternation(ARTICLES)})\\s+`, 'i');
/** A possessive "'s" (straight or curly apostrophe) at the end of a word. */
const POSSESSIVE_S = /[’']s\b/g;
const SPACE_RUN = /\s+/g;
/** The last word of a term (group 1). */
const LAST_WORD = /(\w+)$/;
const IES_END = /ies$/i;
/** A plural "-es" after a sibilant ("boxes", "switches"). */
const SIBILANT_ES_END = /(?:ss|x|ch|sh)es$/i;
/** A final "s" after any letter but "s" ("tokens", not "access"). */
const PLURAL_S_END = /[^s]s$/i;
const LETTER_END = /[a-z]$/i;
const S_END = /s$/i;
/** A term ending in a hyphen and a lower-case word (group 1 is the term before it): "Microsoft Entra-joined" → "Microsoft Entra". */
const HYPHEN_TAIL = /^(.*\w)-[a-z]+$/;
/** A describing prefix before a name (group 1 is the name): "Windows-based Teams Rooms" → "Teams Rooms". */
const DESCRIBED_NAME = new RegExp(`^[\\w.]+-(?:${alternation(DESCRIBING_SUFFIXES)})\\s+(.+\\w)$`, 'i');
/** A number in digits, with decimal or thousands separators: `12.7`, `1,000`. */
/** A figure, but not the digit of a name written with a capital before it ("E5", "P1"); a version keeps its "V" ("V2"). */
const NUMERAL = /(?<![A-UW-Z])\d+(?:[.,]\d+)*/g;
const WHOLE_NUMERAL = /^\d+(?:[.,]\d+)*$/;

export function isStopword(w: string): boolean {
  return STOP_WORDS.has(w.toLowerCase());
}

/** Lower-case letter/digit runs, as the FTS tokenizer sees them. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN_RUN) ?? [];
}

/** A light stemmer (plural and verb endings) applied identically to claims and passages. */
function stemmed(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  for (const suf of ['ing', 'ed', 'es', 's']) {
    if (w.length - suf.length >= 4 && w.endsWith(suf) && !w.endsWith('ss')) {
      w = w.slice(0, -suf.length);
      break;
    }
  }
  return w;
}

/** Each synonym's stem, to the stem of its group's first word (src/lang/synonyms.ts). */
const SYNONYM_OF: ReadonlyMap<string, string> = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((w) => [stemmed(w), stemmed(group[0] ?? w)] as const)).filter(([from, to]) => from !== to));

/** A word's light stem, read as its synonym group's first word: the same on claims and passages. */
export function lemma(word: string): string {
  const w = stemmed(word);
  return SYNONYM_OF.get(w) ?? w;
}

/** Content lemmas of a text: no stop words, no bare numbers, no one-letter tokens. */
export function contentLemmas(text: string): string[] {
  return [
    ...new Set(
      tokens(text)
        .filter((t) => t.length > 1 && !ALL_DIGITS.test(t) && !isStopword(t))
        .map(lemma),
    ),
  ];
}

/** Content words (not lemmatised) of a text, for search queries and vocabulary look-ups. */
export function contentWords(text: string): string[] {
  return [...new Set(tokens(text).filter((t) => t.length > 1 && !ALL_DIGITS.test(t) && !isStopword(t)))];
}

/** Look-up variants of a name: as written, last word singular/plural, a trailing `-participle` or a leading `X-based` dropped. */
export function termVariants(term: string): string[] {
  const t = term.trim().replace(POSSESSIVE_S, '').replace(SPACE_RUN, ' ');
  const out = [t];
  const last = LAST_WORD.exec(t)?.[1] ?? '';
  if (IES_END.test(last) && last.length > 4) out.push(`${t.slice(0, -3)}y`);
  else if (SIBILANT_ES_END.test(last)) out.push(t.slice(0, -2));
  else if (PLURAL_S_END.test(last) && last.length > 3) out.push(t.slice(0, -1));
  else if (LETTER_END.test(last) && !S_END.test(last)) out.push(`${t}s`);
  const hyphenTail = HYPHEN_TAIL.exec(t);
  if (hyphenTail?.[1] && hyphenTail[1].length >= 2) out.push(hyphenTail[1]);
  // a describing prefix is not part of the name: "Windows-based Teams Rooms" → "Teams Rooms"
  const described = DESCRIBED_NAME.exec(t);
  if (described?.[1] && described[1].length >= 3) out.push(described[1]);
  return [...new Set(out)];
}

/** Identifier look-up variants: `acquireToken()` → also `acquireToken`. */
export function identifierVariants(term: string): string[] {
  const t = term.trim();
  const out = [t];
  if (t.endsWith('()')) out.push(t.slice(0, -2));
  return [...new Set(out)];
}

/** A text prepared once for many look-ups: its tokens joined by spaces, and its content lemmas. */
export interface Prepared {
  raw: string;
  joined: string;
  lemmas: Set<string>;
  /** Lemma of every token in order (stop words as ''), for proximity windows. */
  sequence: string[];
}

const prepared = new Map<string, Prepared>();

/** Prepares (and memoises, bounded) a passage text; passages repeat across the claims of an article. */
export function prepare(raw: string): Prepared {
  let p = prepared.get(raw);
  if (!p) {
    const toks = tokens(raw);
    const sequence = toks.map((t) => (t.length > 1 && !isStopword(t) ? lemma(t) : ''));
    p = { raw, joined: ` ${toks.join(' ')} `, lemmas: new Set(sequence.filter(Boolean)), sequence };
    if (prepared.size > 5000) prepared.clear();
    prepared.set(raw, p);
  }
  return p;
}

/** A trailing call marker: `acquireToken()` is looked up as `acquireToken`. */
const CALL_PARENS = /\(\)$/;

/** A text's tokens joined by single spaces and padded with one: the form phrases are searched in. */
export function tokenLine(text: string): string {
  return ` ${tokens(text).join(' ')} `;
}

/** The padded token phrases a term is found by in a `tokenLine` (one per look-up variant). */
export function mentionPhrases(term: string): string[] {
  return termVariants(term)
    .map((v) => tokens(v.replace(CALL_PARENS, '')))
    .filter((p) => p.length > 0)
    .map((p) => ` ${p.join(' ')} `);
}

/** Case-insensitive, word-bounded occurrence of a phrase or identifier in a passage (plural-tolerant). */
export function mentions(haystack: string | Prepared, term: string): boolean {
  const hay = typeof haystack === 'string' ? tokenLine(haystack) : haystack.joined;
  return mentionPhrases(term).some((p) => hay.includes(p));
}

/** Spelled-out counts read as their digits ("five accounts" states the figure 5; src/lang/number-words.ts). */
const WEAK_NUMBERS = new Set(WEAK_NUMBER_WORDS);
const STRONG_NUMBER_WORDS = Object.keys(NUMBER_WORDS).filter((w) => !WEAK_NUMBERS.has(w));
const NUMBER_WORD = new RegExp(`\\b(?:${alternation(STRONG_NUMBER_WORDS)})\\b`, 'gi');
/** A weak number word is a figure before a unit ("one hour"), and only there. */
const WEAK_NUMBER_WITH_UNIT = new RegExp(`\\b(?:${alternation(WEAK_NUMBER_WORDS)})(?=\\s+(?:${alternation(COUNTED_UNITS)})\\b)`, 'gi');
const digitsOf = (w: string): string => String(NUMBER_WORDS[w.toLowerCase()] ?? w);

/** Numeric tokens of a figure: `10–15 minutes` → ['10', '15'], `12.7%` → ['12.7'], `five` → ['5']. */
export function figures(text: string): string[] {
  return [...(text.match(NUMERAL) ?? []), ...[...(text.match(NUMBER_WORD) ?? []), ...(text.match(WEAK_NUMBER_WITH_UNIT) ?? [])].map(digitsOf)];
}

/** Does the passage state every numeric token of the figure? */
/** The digits a token stands for, when it is a figure ("5", "five"). */
export function figureOf(token: string): string | undefined {
  if (WHOLE_NUMERAL.test(token)) return token;
  const w = token.toLowerCase();
  return WEAK_NUMBERS.has(w) || NUMBER_WORDS[w] === undefined ? undefined : String(NUMBER_WORDS[w]);
}

export function statesFigures(haystack: string, figure: string): boolean {
  const have = new Set(figures(haystack));
  const need = figures(figure);
  return need.length > 0 && need.every((n) => have.has(n));
}

/** The most claim lemmas found together inside any window of `size` tokens of the passage. */
export function bestWindow(p: Prepared, lemmas: readonly string[], size: number): Set<string> {
  const want = new Set(lemmas);
  const counts = new Map<string, number>();
  let best = new Set<string>();
  const seq = p.sequence;
  for (let i = 0; i < seq.length; i++) {
    const w = seq[i] ?? '';
    if (want.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const out = i - size;
    if (out >= 0) {
      const o = seq[out] ?? '';
      if (want.has(o)) {
        const n = (counts.get(o) ?? 1) - 1;
        if (n === 0) counts.delete(o);
        else counts.set(o, n);
      }
    }
    if (counts.size > best.size) best = new Set(counts.keys());
  }
  return best;
}
