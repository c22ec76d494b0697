import { APPROX_BEFORE, BOUND_AFTER, BOUND_BEFORE, BOUND_TEXT, RANGE_JOINERS, type Bound } from '../../lang/bound-cues.js';
import { COUNT_RESTRICTORS, NOT_ONE_BEFORE, NUMBER_WORDS, ONE_ARTICLES, WEAK_NUMBER_WORDS } from '../../lang/number-words.js';
import { UNITS, type Unit } from '../../lang/units.js';
import { INTERVAL_CUES } from '../../lang/interval-cues.js';
import { contentLemmas } from '../text.js';
import { AGREE, conflict, silent, type SlotRule } from './types.js';

/** A figure as the text states it: its value (or range), unit or counted noun, and bound. */
export interface Quantity {
  lo: number;
  hi: number;
  range: boolean;
  bound: Bound;
  unit?: Unit;
  /** For a bare count: the content lemmas of the (up to two) words after it ("1,200 app roles" → app, role). */
  nouns: string[];
  /** As written: the figure(s) and the unit or counted noun. */
  text: string;
  /** The unit or counted noun as written. */
  what: string;
  /** An interval ("every 4 hours"): how often, not how long or how many. */
  interval: boolean;
}

/** Words, figures, per-cent signs and dashes, in order. */
const WORD = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z](?:[\w'’.-]*\w)?|%|[–—-]/g;
const DIGITS = /^\d/;
const THOUSANDS_COMMA = /,/g;
/** A four-digit year is a date, which the date checker reads. */
const YEAR_LIKE = /^(?:19|20)\d\d$/;
/** A figure right after a capitalised word is part of a name ("Microsoft 365", "Windows 11", "OAuth 2.0"). */
const CAPITALISED = /^[A-Z]/;
const WEAK_NUMBERS = new Set(WEAK_NUMBER_WORDS);
const RESTRICTORS = new Set(COUNT_RESTRICTORS);
/** "just one", "can only have one": a restricting word one or two words before a weak number word. */
const restricted = (words: string[], i: number): boolean => [words[i - 1], words[i - 2]].some((w) => RESTRICTORS.has((w ?? '').toLowerCase()));
const ONE_ARTICLE = new Set(ONE_ARTICLES);
const NOT_ONE = new Set(NOT_ONE_BEFORE);
const JOINERS = new Set(RANGE_JOINERS);
const INTERVAL = new Set(INTERVAL_CUES);
/** A unit word in the singular ("hour", not "hours"): after "every" it is one of the unit. */
const SINGULAR_UNIT_WORD = /^[a-z]+(?<!s)$/i;

function unitOf(word: string | undefined): Unit | undefined {
  if (word === undefined) return undefined;
  const w = word.toLowerCase();
  return UNITS[w] ?? (w.endsWith('s') ? UNITS[w.slice(0, -1)] : undefined);
}

function figureValue(words: string[], i: number): number | undefined {
  const w = words[i] ?? '';
  if (DIGITS.test(w)) return Number(w.replace(THOUSANDS_COMMA, ''));
  const named = NUMBER_WORDS[w.toLowerCase()];
  if (named !== undefined) return named;
  // "an hour", "a day": one of the unit, but not "once a day" or "per hour"
  if (ONE_ARTICLE.has(w.toLowerCase()) && unitOf(words[i + 1]) && !NOT_ONE.has((words[i - 1] ?? '').toLowerCase())) return 1;
  return undefined;
}

function boundBefore(words: string[], i: number): Bound | undefined {
  const before = words
    .slice(Math.max(0, i - 3), i)
    .join(' ')
    .toLowerCase();
  return [...BOUND_BEFORE, ...APPROX_BEFORE].find(([p]) => before === p || before.endsWith(` ${p}`))?.[1];
}

function boundAfter(words: string[], j: number): Bound | undefined {
  const after = words
    .slice(j, j + 2)
    .join(' ')
    .toLowerCase();
  return BOUND_AFTER.find(([p]) => after === p)?.[1];
}

/** An ordered list's marker at the start of a line ("1. Under Redirect URIs, add …"): a step's number, not a figure. */
const LIST_MARKER = /^[ \t]*\d{1,3}[.)][ \t]+/gm;

/** Every figure of a text with its unit (or counted noun) and bound. */
export function quantities(text: string): Quantity[] {
  const words = text.replace(LIST_MARKER, '').match(WORD) ?? [];
  const out: Quantity[] = [];
  for (let i = 0; i < words.length; i++) {
    // "every hour", "each day": an interval of one unit, said without its count
    const single = INTERVAL.has((words[i] ?? '').toLowerCase()) ? unitOf(words[i + 1]) : undefined;
    if (single && SINGULAR_UNIT_WORD.test(words[i + 1] ?? '')) {
      out.push({ lo: 1, hi: 1, range: false, bound: 'exact', unit: single, nouns: [], text: words.slice(i, i + 2).join(' '), what: words[i + 1] ?? '', interval: true });
      i += 1;
      continue;
    }
    const lo = figureValue(words, i);
    if (lo === undefined) continue;
    if (i > 0 && CAPITALISED.test(words[i - 1] ?? '') && !unitOf(words[i + 1]) && !unitOf(words[i + 3])) continue;
    // "one" is a figure only with a unit or a bound ("one hour", "at least one method", "one or more"): else a pronoun ("creating one needs")
    if (WEAK_NUMBERS.has((words[i] ?? '').toLowerCase()) && !unitOf(words[i + 1]) && boundBefore(words, i) === undefined && boundAfter(words, i + 1) === undefined && !restricted(words, i)) continue;
    const start = i;
    let hi = lo;
    let range = false;
    let j = i + 1;
    // "60-90", "60 to 90", "between 60 and 90"
    if (JOINERS.has((words[j] ?? '').toLowerCase()) && figureValue(words, j + 1) !== undefined && !unitOf(words[j + 1])) {
      hi = figureValue(words, j + 1) ?? lo;
      range = true;
      j += 2;
    } else if (unitOf(words[j]) && JOINERS.has((words[j + 1] ?? '').toLowerCase()) && figureValue(words, j + 2) !== undefined && unitOf(words[j + 3])?.name === unitOf(words[j])?.name) {
      hi = figureValue(words, j + 2) ?? lo; // "1 hour to 2 hours"
      range = true;
      j += 2;
    }
    let bound: Bound = range ? 'exact' : (boundBefore(words, start) ?? 'exact');
    const after = boundAfter(words, j);
    if (after) {
      bound = after;
      j += 2;
    }
    if (words[j] === '-' || words[j] === '–') j++; // "90-day"
    const unit = unitOf(words[j]);
    if (YEAR_LIKE.test(words[i] ?? '') && !unit) continue;
    const nouns = unit ? [] : contentLemmas(words.slice(j, j + 2).join(' '));
    if (!unit && nouns.length === 0) continue;
    const tail = boundAfter(words, j + 1);
    if (tail && !range) bound = tail;
    const what = unit ? (words[j] ?? '') : words.slice(j, j + 2).join(' ');
    const interval = INTERVAL.has((words[start - 1] ?? '').toLowerCase());
    out.push({ lo, hi, range, bound, ...(unit ? { unit } : {}), nouns, text: words.slice(start, j + 1).join(' '), what, interval });
    i = j;
  }
  return out;
}

/** How far a figure may be from an approximate one ("about 1 hour") and still say it. */
const APPROX_SHARE = 0.25;
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const base = (q: Quantity, v: number): number => v * (q.unit?.factor ?? 1);

/** The same kind of thing: the same dimension (time, size, per cent), or a count of the same noun; an interval only with an interval. */
function comparable(a: Quantity, b: Quantity): boolean {
  if (a.interval !== b.interval) return false;
  if (a.unit || b.unit) return a.unit?.dimension === b.unit?.dimension;
  return a.nouns.some((n) => b.nouns.includes(n));
}

/**
 * Does the passage figure say the claim figure? Same value in the same unit (after conversion), with a bound
 * that says so: "at least 8" is said by "at least 8", by "exactly 8" and by "8–12"; "up to 90" by "up to 90",
 * "90" or "60–90"; an unbounded figure by the same figure, "at least" it or "up to" it. A claim figure inside
 * a passage range is not said by the range.
 */
function says(p: Quantity, c: Quantity): boolean {
  const [plo, phi, clo, chi] = [base(p, p.lo), base(p, p.hi), base(c, c.lo), base(c, c.hi)];
  if (c.range) return p.range && same(plo, clo) && same(phi, chi);
  // "about 1 hour" is said by a range that holds it ("60-90 minutes") or a figure near it ("75 minutes")
  if (c.bound === 'approx') return p.range ? plo <= clo + 1e-9 && clo <= phi + 1e-9 : Math.abs(plo - clo) <= APPROX_SHARE * clo;
  if (p.range) return (c.bound === 'min' && same(plo, clo)) || (c.bound === 'max' && same(phi, clo));
  if (!same(plo, clo)) return false;
  switch (c.bound) {
    case 'exact':
      return p.bound === 'exact' || p.bound === 'min' || p.bound === 'max';
    case 'min':
      return p.bound === 'min' || p.bound === 'exact';
    case 'max':
      return p.bound === 'max' || p.bound === 'exact';
    // "under 20" for "at most 20" is everyday looseness; "more than one" for "at least one" is another figure
    case 'under':
      return p.bound === 'under' || p.bound === 'max';
    default:
      return p.bound === c.bound;
  }
}

/**
 * Does the text state the claim's figure `figure` (a key entity such as "1 hour"), read as the claim bounds it
 * ("about 1 hour"), in any unit ("60 minutes") or as a range that holds it ("60-90 minutes")?
 */
export function statesQuantity(text: string, claim: string, figure: string): boolean {
  const [key] = quantities(figure);
  if (!key) return false;
  const c = quantities(claim).find((q) => same(base(q, q.lo), base(key, key.lo)) && comparable(q, key)) ?? key;
  return quantities(text).some((p) => comparable(p, c) && says(p, c));
}

/**
 * A passage limit that a claim's single figure lies within: "up to 28 hours" leaves "about 1 hour" possible, as
 * "at least 8" leaves "12". Not stated, but no conflict either. A claim limit is a limit of its own ("up to 10"
 * against "up to 20" is another limit).
 */
function bounds(p: Quantity, c: Quantity): boolean {
  if (p.range || c.range || (c.bound !== 'exact' && c.bound !== 'approx')) return false;
  const [pv, cv] = [base(p, p.lo), base(c, c.lo)];
  if (p.bound === 'max') return cv <= pv;
  if (p.bound === 'under') return cv < pv;
  if (p.bound === 'min') return cv >= pv;
  if (p.bound === 'over') return cv > pv;
  return false;
}

export function describeQuantity(q: Quantity): string {
  return q.range ? `between ${q.lo} and ${q.hi} ${q.what}` : `${BOUND_TEXT[q.bound]}${q.lo} ${q.what}`;
}

/** Quantity: number, unit and bound ("one hour" = "60 minutes"; 90 minutes ≠ 90 days; "at least" ≠ "more than"). */
export const quantity: SlotRule = {
  id: 'quantity',
  description: 'the claim’s figures: the same value in the same unit and bound (number words and unit conversions read)',
  silenceBlocks: true,
  canRefute: true,
  anyAgreement: true,
  examples: [
    // "every hour" is an interval of one hour
    { claim: 'The widget portal contacts the app every 5 minutes.', passage: 'Every hour, the widget portal contacts the app.', expect: 'conflict' },
    { claim: 'The widget portal contacts the app every hour.', passage: 'Every hour, the widget portal contacts the app.', expect: 'agree' },
    // an ordered list's step number is no figure: the step says nothing of how many
    { claim: 'You can add up to 256 redirect URIs to an app registration.', passage: '1. Under Redirect URIs, add the redirect URI of your application.', expect: 'silent' },
    { claim: 'Each user can hold just one widget pass at a time.', passage: 'A user can only have one widget pass.', expect: 'agree' },
    { claim: 'Each user can hold just one widget pass at a time.', passage: 'A user signs in with a widget pass at first sign-in.', expect: 'silent' },
    { claim: 'Access tokens are valid for one hour.', passage: 'An access token is valid for 60 minutes.', expect: 'agree' },
    { claim: 'Access tokens are valid for 1 hour.', passage: 'An access token is valid for one hour.', expect: 'agree' },
    { claim: 'Access tokens are valid for 1 day.', passage: 'An access token is valid for one hour.', expect: 'conflict' },
    { claim: 'The sign-in data is kept for 90 days.', passage: 'The sign-in data is kept for 90 minutes.', expect: 'conflict' },
    { claim: 'A session token stays valid for 14 days.', passage: 'The client renews the session token every 4 hours.', expect: 'silent' },
    { claim: 'The client renews the session token every 4 hours.', passage: 'The client renews the session token every 2 hours.', expect: 'conflict' },
    { claim: 'Each user must register at least one authentication method.', passage: 'Each user must register at least two authentication methods.', expect: 'conflict' },
    { claim: 'Each user must register at least one authentication method.', passage: 'Each user must register one or more authentication methods.', expect: 'agree' },
    { claim: 'Each user must register more than one authentication method.', passage: 'Each user must register at least one authentication method.', expect: 'conflict' },
    { claim: 'The default lifetime is up to 90 minutes.', passage: 'The default lifetime is a random value between 60 and 90 minutes.', expect: 'agree' },
    { claim: 'The default lifetime is 75 minutes.', passage: 'The default lifetime is a random value between 60 and 90 minutes.', expect: 'conflict' },
    { claim: 'An access token is valid for about 1 hour.', passage: 'The lifetime is a random value between 60-90 minutes (75 minutes on average).', expect: 'agree' },
    { claim: 'An access token is valid for about 1 day.', passage: 'The lifetime is a random value between 60-90 minutes (75 minutes on average).', expect: 'conflict' },
    { claim: 'An access token is valid for about 1 hour.', passage: 'CAE-capable clients get a token lifetime of up to 28 hours.', expect: 'silent' },
    { claim: 'An access token is valid for 30 hours.', passage: 'CAE-capable clients get a token lifetime of up to 28 hours.', expect: 'conflict' },
    { claim: 'The default lifetime is between 60 and 90 minutes.', passage: 'The default lifetime is 60-90 minutes.', expect: 'agree' },
    { claim: 'Keep each user under 20 sets of keys.', passage: 'Each user can have up to 20 sets of keys.', expect: 'agree' },
    { claim: 'Block the flow everywhere except in one network location.', passage: 'Block the flow everywhere except in trusted network locations.', expect: 'agree' },
    { claim: 'Windows 10 devices support onboarding.', passage: 'Devices running Windows 11 support onboarding.', expect: 'agree' },
    { claim: 'Allowed lifetimes range from 10 to 43,200 minutes, which is 30 days.', passage: 'Allowed values: 10 – 43,200 Minutes (30 days).', expect: 'agree' },
    { claim: 'A registration can declare up to 1,200 app roles.', passage: 'The application manifest lists the app roles.', expect: 'silent' },
    { claim: 'Microsoft recommends two emergency access accounts.', passage: 'Microsoft recommends five emergency access accounts.', expect: 'conflict' },
    { claim: 'Microsoft recommends two emergency access accounts.', passage: 'Microsoft recommends 2 emergency access accounts and 10 groups.', expect: 'agree' },
  ],
  severalCases(claim, sentences) {
    const want = quantities(claim);
    const values = new Set<number>();
    for (const s of sentences) for (const p of quantities(s)) if (want.some((c) => comparable(p, c))) values.add(base(p, p.lo));
    return values.size > 1;
  },
  compare(claim, sentence) {
    const want = quantities(claim);
    if (want.length === 0) return AGREE;
    const have = quantities(sentence);
    let unstated: string | undefined;
    for (const c of want) {
      const peers = have.filter((p) => comparable(p, c));
      if (peers.some((p) => says(p, c))) continue;
      const other = peers.find((p) => !bounds(p, c));
      if (other) return conflict(`the page says ${describeQuantity(other)}, the claim says ${describeQuantity(c)}`);
      unstated ??= describeQuantity(c);
    }
    return unstated === undefined ? AGREE : silent(`the page does not state ${unstated}`);
  },
};
