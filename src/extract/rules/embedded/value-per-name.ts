import type { EmbeddedRule, EmbeddedFact } from '../types.js';
import { asSentence } from '../../split-atomic.js';
import { labelOf } from '../subject/label-item.js';
import { UNITS } from '../../../lang/units.js';
import { alternation, exactAlternation } from '../../../lang/words.js';
import { RANGE_JOINERS } from '../../../lang/bound-cues.js';
import { tag } from '../../../lang/nlp.js';
import { SINGULAR_S_END, singularVerb } from '../../../lang/inflection.js';

/** The unit words, singular and plural ("day", "days"). */
const UNIT_WORDS = Object.keys(UNITS).flatMap((u) => [u, `${u}s`]);
/**
 * "8 (Standard Session) to 24 (Persistent Session) hours": two values, each followed by the name it holds for,
 * joined by a range joiner ("to", "and", a dash) or "or", then one unit for both. Groups: first value, first name, joiner,
 * second value, second name, unit. A figure starts only where a run of digits and separators starts, so a long
 * run ("1.2.1.2…") is read once, not from each of its characters.
 */
const VALUE_PER_NAME = new RegExp(
  String.raw`(?<![\d.,])(\d+(?:[.,]\d+)*)\s*\(([A-Z][^()]{1,60})\)\s+(${alternation([...RANGE_JOINERS, 'or'])})\s+(\d+(?:[.,]\d+)*)\s*\(([A-Z][^()]{1,60})\)\s+(${exactAlternation(UNIT_WORDS)})\b`,
  'd',
);
/** The tags that open a predicate: its verb or auxiliary. */
const PREDICATE_START = new Set(['VERB', 'AUX']);
/** A plural unit's or name's final "s". */
const PLURAL_END = /s$/;

/** Where the clause's predicate starts: its first verb or auxiliary at or after `from`, before `end`. */
function predicateStart(clause: string, from: number, end: number): number | undefined {
  const verb = tag(clause.slice(from, end)).find((t) => PREDICATE_START.has(t.pos));
  return verb ? from + verb.start : undefined;
}

/** The predicate said of one name: lower-cased first word, its verb made singular for a singular name ("remain" → "remains"). */
function predicateFor(predicate: string, name: string): string {
  const [first = '', ...rest] = predicate.split(' ');
  const lower = first.toLowerCase();
  const plural = PLURAL_END.test(name) && !SINGULAR_S_END.test(name);
  const verb = plural ? lower : singularVerb(lower);
  return [verb, ...rest].join(' ');
}

/** "1 days" → "1 day". */
function unitFor(value: string, unit: string): string {
  return value === '1' ? unit.replace(PLURAL_END, '') : unit;
}

export const valuePerName: EmbeddedRule = {
  id: 'value-per-name',
  step: 'embedded',
  description:
    'Two values that each name what they hold for ("stays valid for 8 (Standard Session) to 24 (Persistent Session) hours") are two claims, one per name ("Standard Session stays valid for 8 hours."; "Persistent Session stays valid for 24 hours."), each over its own words (the first value’s claim keeps the unit as a second piece); they replace the clause that joined them, since one of the two can be false.',
  examples: [
    {
      input: 'Session cookie: Stays valid for 8 (Standard Session) to 24 (Persistent Session) hours.\n',
      expect: [
        { quote: 'Stays valid for 8 (Standard Session) to 24 (Persistent Session) hours', text: 'Standard Session stays valid for 8 hours.' },
        { quote: 'to 24 (Persistent Session) hours', text: 'Persistent Session stays valid for 24 hours.' },
      ],
      absent: ['Session cookie: Stays valid for 8 (Standard Session) to 24 (Persistent Session) hours.'],
    },
    {
      input: 'Tokens remain valid for 1 (Access Token) or 90 (Refresh Token) days after they are issued.\n',
      expect: [
        { quote: 'remain valid for 1 (Access Token) or 90 (Refresh Token) days', text: 'Access Token remains valid for 1 day.' },
        { quote: 'or 90 (Refresh Token) days', text: 'Refresh Token remains valid for 90 days.' },
      ],
    },
  ],
  apply(doc, _sentence, ctx) {
    const out: EmbeddedFact[] = [];
    for (const part of ctx.parts) {
      const clause = doc.slice(part.start, part.end);
      if (!clause.includes(') ')) continue;
      const m = VALUE_PER_NAME.exec(clause);
      const at = m?.indices;
      if (!m || !at) continue;
      const [, first = '', firstName = '', , second = '', secondName = '', unit = ''] = m;
      const label = labelOf(doc, part.start, part.end);
      const from = predicateStart(clause, label ? label.labelEnd + 1 - part.start : 0, m.index);
      if (from === undefined) continue;
      const predicate = clause.slice(from, m.index).trim();
      const firstEnd = (at[2]?.[1] ?? 0) + 1; // after the first name's ")"
      const secondStart = at[3]?.[0] ?? 0; // the joiner
      const unitEnd = m.index + m[0].length;
      const sentence = (name: string, value: string): string => asSentence(`${name.charAt(0).toUpperCase()}${name.slice(1)} ${predicateFor(predicate, name)} ${value} ${unitFor(value, unit)}`);
      out.push(
        // the first value's words and the unit they share: two pieces
        {
          start: part.start + from,
          end: part.start + unitEnd,
          pieces: [
            { start: part.start + from, end: part.start + firstEnd },
            { start: part.start + unitEnd - unit.length, end: part.start + unitEnd },
          ],
          text: sentence(firstName, first),
          replaces: part,
        },
        { start: part.start + secondStart, end: part.start + unitEnd, text: sentence(secondName, second), replaces: part },
      );
    }
    return out;
  },
};
