import { COORDINATORS } from '../../../lang/coordinators.js';
import type { EmbeddedFact, EmbeddedRule, Range } from '../types.js';
import { asSentence } from '../../split-atomic.js';
import { isImperative } from '../../classify.js';
import { CAUSE_PHRASES } from '../../../lang/cause-phrases.js';
import { NOT_PURPOSE_BEFORE_TO, PURPOSE_VERBS } from '../../../lang/purpose-verbs.js';
import { DURATION_COUNTS, DURATION_UNITS } from '../../../lang/duration-counts.js';
import { exactAlternation } from '../../../lang/words.js';
import { pieceCount } from '../../word-count.js';
import { wordGate } from '../../word-gate.js';
import { withoutFinal } from '../../end-pattern.js';

/**
 * Circumstantial adjuncts: a cause ("due to …"), a parameter value a call is made with ("with the
 * prompt=login parameter"), and in a call to action a duration ("for 72 hours") and a closing purpose
 * ("to capture …"). Each adds a fact of its own, so a sentence can be wrong only in its adjunct while its
 * core is documented. In a statement a duration or purpose is often the fact itself ("tokens live for
 * 30 minutes", "retained to meet audits"), so those two are taken from imperatives only.
 */
/** A cause up to the comma, semicolon or dash that ends it; not one coordinated with another ("due to X, or because Y"), whose core would lose half a disjunction. */
const CAUSE = new RegExp(`\\s+(?:${exactAlternation(CAUSE_PHRASES)})\\s+[^,;:—–()]+?(?=,\\s(?!(?:${exactAlternation(COORDINATORS)})\\s)|;|\\s[—–]\\s|$)`, 'gi');
const PARAMETER = /\s+with\s+the\s+`?[A-Za-z_][\w.]*=[\w.-]+`?\s+(?:query\s+)?(?:parameters?|options?|arguments?)\b/g;
const DURATION = new RegExp(`\\s+for\\s+(?:\\d[\\d,.]*|${exactAlternation(DURATION_COUNTS)})\\s*(?:-\\s*)?(?:${exactAlternation(DURATION_UNITS)})\\b`, 'gi');
const PURPOSE = new RegExp(`(?<!\\b(?:${exactAlternation(NOT_PURPOSE_BEFORE_TO)}))\\s+to\\s+(?:${exactAlternation(PURPOSE_VERBS)})\\b[^;]*$`, 'gi');

/**
 * What a sentence must hold for each adjunct pattern to match in it (a cause phrase, which CAUSE puts between
 * white space: a word gate, word-gate.ts; a parameter has an "="): most sentences hold neither, and the test is
 * cheaper than the scan.
 */
const CAUSE_GATE = wordGate(CAUSE_PHRASES);
const MAY_MATCH = new Map<RegExp, (quote: string) => boolean>([
  [CAUSE, (quote) => CAUSE_GATE.test(quote)],
  [PARAMETER, (quote) => quote.includes('=')],
]);

/** Characters a kept piece does not start or end with: the spaces and commas left around a cut. */
const PIECE_EDGE = /[\s,;]/;
/** Closing sentence punctuation, taken off a clause's end (withoutFinal). */
const FINAL_PUNCTUATION = '.!?';
/** Spaces left before a comma by a cut. */
const SPACE_BEFORE_COMMA = /\s+,/g;
const TRAILING_COMMA = /,\s*$/;
const LOWER_LETTER = /[a-z]/;
/** Fewer words than this and the core is no statement: abstain. */
const MIN_CORE_WORDS = 5;

/** [start, end) shrunk past the spaces and commas at both ends. */
function trimPiece(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && PIECE_EDGE.test(text[s] ?? '')) s++;
  while (e > s && PIECE_EDGE.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** The core of a clause without its circumstantial adjuncts, over the clause's own span (`start` … last kept word). */
export function adjunctCore(text: string, start: number, end: number): EmbeddedFact | undefined {
  const clause = text.slice(start, end);
  const quote = withoutFinal(clause, FINAL_PUNCTUATION);
  const cuts: Array<[number, number]> = [];
  for (const re of isImperative(quote) ? [CAUSE, PARAMETER, DURATION, PURPOSE] : [CAUSE, PARAMETER]) {
    // asked of the clause as it stands, which holds the same words and "=" as the quote: the word gates read it
    // once for all rules (word-gate.ts keeps the last text's words)
    if (MAY_MATCH.get(re)?.(clause) === false) continue;
    re.lastIndex = 0;
    for (let m = re.exec(quote); m; m = re.exec(quote)) cuts.push([m.index, m.index + m[0].length]);
  }
  if (cuts.length === 0) return undefined;
  cuts.sort((a, b) => a[0] - b[0]);
  let core = '';
  let from = 0;
  let lastKept = 0;
  const kept: Range[] = [];
  for (const [s, e] of cuts) {
    if (s < from) {
      from = Math.max(from, e);
      continue;
    } // overlapping adjuncts: one cut
    core += quote.slice(from, s);
    if (quote.slice(from, s).trim() !== '') {
      lastKept = s;
      kept.push(trimPiece(text, start + from, start + s));
    }
    from = e;
  }
  const tail = quote.slice(from);
  core += tail;
  if (tail.trim() !== '') {
    lastKept = quote.trimEnd().length;
    kept.push(trimPiece(text, start + from, start + lastKept));
  }
  const clean = core.replace(SPACE_BEFORE_COMMA, ',').replace(TRAILING_COMMA, '').trim();
  // the core must still be a statement of some length: abstain otherwise
  if (pieceCount(clean) < MIN_CORE_WORDS || !LOWER_LETTER.test(clean)) return undefined;
  const pieces = kept.filter((p) => p.start < p.end);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return undefined;
  const fact: EmbeddedFact = { start: first.start, end: last.end, text: asSentence(clean) };
  if (pieces.length > 1) fact.pieces = pieces;
  return fact;
}

export const adjunctCoreRule: EmbeddedRule = {
  id: 'adjunct-core',
  step: 'embedded',
  description:
    'A clause with a circumstantial adjunct (a cause "due to …", a parameter "with the prompt=login parameter", and in a call to action a duration "for 48 hours" or a closing purpose "to capture …") also yields its core without the adjunct, over the kept source words (pieces when they are not contiguous), so the core and the adjunct are judged apart. Only clauses read as written (no restored subject) and not in headings.',
  examples: [
    {
      // a cause coordinated with another keeps its clause whole: no core "means that, or because …"
      input: 'The widget sync stops due to a missing lease token, or because the relay is offline.\n',
      expect: [{ quote: 'The widget sync stops due to a missing lease token, or because the relay is offline.' }],
      // the broken core would stand over the sentence's words less its stop, its text "The widget sync stops, or because …"
      absent: ['The widget sync stops due to a missing lease token, or because the relay is offline'],
    },
    {
      input: 'The widget sync stops after midnight due to a missing lease token.\n',
      expect: [{ quote: 'The widget sync stops after midnight', text: 'The widget sync stops after midnight.' }],
    },
    {
      input: 'Keep the gadget logs in cold storage for 48 hours to capture late failures.\n',
      expect: [{ quote: 'Keep the gadget logs in cold storage', text: 'Keep the gadget logs in cold storage.' }],
    },
  ],
  apply(doc, _sentence, { blockType, parts }) {
    if (blockType === 'heading') return [];
    const out: EmbeddedFact[] = [];
    // a clause's core without its cause, parameter, duration or purpose (only for clauses read as written)
    for (const p of parts) {
      if (p.restored || p.text !== asSentence(doc.slice(p.start, p.end))) continue;
      const core = adjunctCore(doc, p.start, p.end);
      if (core && !parts.some((x) => x.text === core.text)) out.push(core);
    }
    return out;
  },
};
