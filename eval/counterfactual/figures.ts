/**
 * The two kinds that edit quantities: a figure changed (number) and a unit changed (unit). Figures that are
 * part of a name, a version or an identifier are left alone.
 */
import { makeDistortion, type Distortion } from './distortion.js';
import { AFTER_COUNTED_NOUN, DIGIT_SWAPS, NAME_BEFORE_FIGURE, NOT_A_COUNT_AFTER_ONE, NOT_A_COUNT_BEFORE_ONE, NUMBER_WORDS, UNIT_EDITS, UNIT_LEADERS } from './tables.js';
import { ENDS_IN_S, NEXT_WORD, PREVIOUS_WORD, findPhrase, isFree, matchCase, splice, type Range } from './text.js';

const NUMBER_TOKEN = /(?<![\w.,/:\-$#])(\d{1,3}(?:,\d{3})+|\d+)(?![\w/:%]|[.,]\d|-\w)/g;
/** "one to 24 hours": a count that opens a range. */
const RANGE_AHEAD = /^\s+to\s+\d/;
const CONSONANT_Y = /[^aeiou]y$/;
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;
const COMMA = /,/g;
const MONTH_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/;
/** A four-digit figure is a year only in a date ("September 30, 2025") or after a time preposition ("since 2021"). */
const YEAR_CUE_BEFORE = /(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s*|\b(?:in|since|until|by|from|before|after|of)\s+)$/i;
/** The word a figure follows, without punctuation ("(Sev 0)" → "Sev"). */
const NAME_WORD_BEFORE = /(\w+)\W*$/;
/** The word after the counted noun, to tell "one hour." from "one network location". */
const SECOND_WORD = /^\s+[A-Za-z][A-Za-z-]*(\s+([a-z]+))?/;
const WORD_AHEAD = /^\s+[A-Za-z]/;
const NUMBER_WORD_LIST = NUMBER_WORDS.map(([w]) => w).join('|');
const UNIT_LEADER_LIST = UNIT_LEADERS.join('|');
/** One pattern per unit: a figure or a leader word, a space or hyphen, then the unit. */
const UNIT_PATTERNS = UNIT_EDITS.map(([one, many, toOne, toMany]) => ({
  pattern: new RegExp(String.raw`\b(\d[\d,]*|${NUMBER_WORD_LIST}|${UNIT_LEADER_LIST})(\s+|-)(${many}|${one})(?![\w\-/@])`, 'gi'),
  one,
  many,
  toOne,
  toMany,
}));

/** The new value of a figure: years move by two, days of a month by a few, others are reversed or tripled. */
export function changeFigure(figure: string, before: string): string {
  const n = Number(figure.replace(COMMA, ''));
  const format = (v: number): string => (figure.includes(',') || v >= 10_000 ? String(v).replace(THOUSANDS, ',') : String(v));
  if (MONTH_BEFORE.test(before) && n >= 1 && n <= 31) return String(n > 26 ? n - 3 : n + 2);
  if (n >= 1990 && n <= 2100 && YEAR_CUE_BEFORE.test(before)) return String(n + 2);
  const digits = String(n);
  if (digits.length === 1) return DIGIT_SWAPS[digits] ?? String(n + 2);
  const reversed = [...digits].reverse().join('');
  if (!reversed.startsWith('0') && reversed !== digits) return format(Number(reversed));
  return format(n * 3);
}

function plural(word: string): string {
  if (CONSONANT_Y.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** After "one"/"1" a counted noun becomes plural; returns the extra text to replace, if any. */
function countedNoun(after: string): { length: number; text: string } | undefined {
  const next = NEXT_WORD.exec(after);
  if (!next?.[1] || !next[2]) return undefined;
  const word = next[2];
  if (ENDS_IN_S.test(word) || NOT_A_COUNT_AFTER_ONE.includes(word.toLowerCase()) || word[0] !== word[0]?.toLowerCase()) return undefined;
  const following = SECOND_WORD.exec(after)?.[2];
  if (following !== undefined && !AFTER_COUNTED_NOUN.includes(following)) return undefined;
  return { length: next[0].length, text: `${next[1]}${plural(word)}` };
}

export function figureDistortions(text: string, guarded: readonly Range[]): Distortion[] {
  const out: Distortion[] = [];
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    const hit = { start: m.index, end: m.index + m[0].length };
    const before = text.slice(0, hit.start);
    const previous = NAME_WORD_BEFORE.exec(before)?.[1] ?? '';
    if (!isFree(hit, guarded) || NAME_BEFORE_FIGURE.includes(previous)) continue;
    const figure = m[0];
    const to = changeFigure(figure, before);
    const noun = figure === '1' ? countedNoun(text.slice(hit.end)) : undefined;
    const range = noun ? { start: hit.start, end: hit.end + noun.length } : hit;
    out.push(makeDistortion('number', text, splice(text, range, to + (noun?.text ?? '')), `"${figure}" → "${to}"`));
  }
  for (const [word, to] of NUMBER_WORDS) {
    for (const hit of findPhrase(text, word, guarded)) {
      const after = text.slice(hit.end);
      const previous = PREVIOUS_WORD.exec(text.slice(0, hit.start))?.[1]?.toLowerCase() ?? '';
      if (previous === 'the' && !WORD_AHEAD.test(after)) continue;
      const noun = word === 'one' ? countedNoun(after) : undefined;
      if (word === 'one' && (NOT_A_COUNT_BEFORE_ONE.includes(previous) || (!noun && !RANGE_AHEAD.test(after)))) continue;
      const range = noun ? { start: hit.start, end: hit.end + noun.length } : hit;
      const replacement = matchCase(hit.text, to) + (noun?.text ?? '');
      out.push(makeDistortion('number', text, splice(text, range, replacement), `"${hit.text}" → "${matchCase(hit.text, to)}"`));
    }
  }
  return out;
}

export function unitDistortions(text: string, guarded: readonly Range[]): Distortion[] {
  const out: Distortion[] = [];
  for (const u of UNIT_PATTERNS) {
    for (const m of text.matchAll(u.pattern)) {
      const lead = (m[1] ?? '') + (m[2] ?? '');
      const unit = m[3] ?? '';
      const hit = { start: m.index + lead.length, end: m.index + m[0].length };
      if (!isFree(hit, guarded)) continue;
      const isPlural = unit.toLowerCase() === u.many.toLowerCase() && u.one !== u.many;
      const to = matchCase(unit, isPlural ? u.toMany : u.toOne);
      out.push(makeDistortion('unit', text, splice(text, hit, to), `"${unit}" → "${to}"`));
    }
  }
  return out;
}
