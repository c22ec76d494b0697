import { DEFAULT_CUES, DIRECTION_PAIRS, NEGATED_SIDES, STEM_TAIL_MAX } from '../../lang/direction-pairs.js';
import { isStopword, lemma, tokens } from '../text.js';
import { alternation } from '../../lang/words.js';
import { AGREE, conflict, silent, type SlotRule } from './types.js';
import { AUXILIARIES } from '../../lang/auxiliaries.js';
import { PRE_VERB_ADVERBS } from '../../lang/pre-verb-adverbs.js';
import { STATE_VERBS } from '../../lang/state-verbs.js';

/** Hyphenated words stay whole ("client-side"), as well as their parts. */
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** Each two-word form of a side ("not compliant") and the one word it is read as. */
const NEGATED_FORMS = NEGATED_SIDES.map(([phrase, word]) => [new RegExp(`\\b(?:${alternation([phrase])})\\b`, 'gi'), word] as const);

/** The text with each two-word form of a side written as that side's word. */
function oneWordSides(text: string): string {
  return NEGATED_FORMS.reduce((t, [re, word]) => t.replace(re, word), text);
}

function words(raw: string): string[] {
  const text = oneWordSides(raw);
  return [...tokens(text), ...(text.toLowerCase().match(HYPHENATED) ?? [])];
}

/** The word of the text that states one of the stems. */
const found = (ws: string[], stems: readonly string[]): string | undefined => ws.find((w) => stems.some((s) => w.startsWith(s) && w.length - s.length <= STEM_TAIL_MAX));
const stated = (ws: string[], stems: readonly string[]): boolean => found(ws, stems) !== undefined;

/** What stands before a word said of the subject as its state: a form of "be" or another auxiliary, maybe an adverb or "not". */
const STATE_BEFORE = new RegExp(`\\b(?:${alternation([...AUXILIARIES, ...STATE_VERBS])})\\s+(?:(?:${alternation([...PRE_VERB_ADVERBS, 'not'])})\\s+)?$`, 'i');

const DEFAULT_CUE = new Set(DEFAULT_CUES);

/**
 * Is the side word the state the claim gives its subject ("TAP is disabled in the policy", "Legacy protocols
 * are not allowed")? Then it is the claim's point, and a page silent on it does not support the claim, even for
 * a pair whose sides are often implied (enable/disable): otherwise the claim and its opposite pass alike.
 */
function isState(claim: string, word: string): boolean {
  // a state given as a default ("is disabled by default") is the default-value rule's to compare, which reads
  // the lines under a setting's name
  if (tokens(claim).some((t) => DEFAULT_CUE.has(t))) return false;
  const sides = oneWordSides(claim);
  const at = sides.toLowerCase().indexOf(word);
  return at > 0 && STATE_BEFORE.test(sides.slice(0, at));
}

/** How many words back a direction word looks for the thing it is said of ("app roles are removed"). */
const ATTACH_WINDOW = 4;
type Stems = readonly string[];
const isStated = (w: string, stems: Stems): boolean => stems.some((s) => w.startsWith(s) && w.length - s.length <= STEM_TAIL_MAX);

/** Each word of one side of a pair with the content word just before it, the thing it is said of: "registration is added" → registration:a. */
function attachments(text: string, pair: { a: Stems; b: Stems }): Array<{ noun: string; side: 'a' | 'b' }> {
  const ws = tokens(oneWordSides(text));
  const out: Array<{ noun: string; side: 'a' | 'b' }> = [];
  ws.forEach((w, i) => {
    const side = isStated(w, pair.a) ? 'a' : isStated(w, pair.b) ? 'b' : undefined;
    if (!side) return;
    for (let j = i - 1; j >= Math.max(0, i - ATTACH_WINDOW); j--) {
      const v = ws[j] ?? '';
      if (isStopword(v) || isStated(v, pair.a) || isStated(v, pair.b)) continue;
      out.push({ noun: lemma(v), side });
      return;
    }
  });
  return out;
}

/**
 * A claim that names both sides of a pair, each of its own thing ("when the registration is added, its roles are
 * removed"), against a sentence that says the other side of the same thing ("roles are removed when their
 * registration is removed"): the thing and its side, word for word.
 */
function crossedSide(claim: string, sentence: string, pair: { a: Stems; b: Stems }): string | undefined {
  const theirs = attachments(sentence, pair);
  for (const mine of attachments(claim, pair)) {
    const same = theirs.filter((t) => t.noun === mine.noun);
    if (same.length > 0 && same.every((t) => t.side !== mine.side)) return mine.noun;
  }
  return undefined;
}

/** Direction: inbound / outbound, upload / download, enable / disable, allow / block, include / exclude. */
export const direction: SlotRule = {
  id: 'direction',
  description: 'opposite directions (inbound/outbound, upload/download, enable/disable, allow/block): the page must not state the other one',
  silenceBlocks: true,
  canRefute: true,
  examples: [
    { claim: 'Devices without a policy are marked Compliant.', passage: 'Devices without a policy are marked Not compliant by default.', expect: 'conflict' },
    { claim: 'Devices without a policy are marked Not compliant.', passage: 'Devices without a policy are marked Not compliant by default.', expect: 'agree' },
    { claim: 'When the gateway is added, its routes are removed with it.', passage: 'Routes are removed when their gateway is removed.', expect: 'conflict' },
    { claim: 'When the gateway is removed, its routes are removed with it.', passage: 'Routes are removed when their gateway is removed.', expect: 'agree' },
    { claim: 'Admins can allow or block sign-ins from a country.', passage: 'Admins can allow or block sign-ins from a country.', expect: 'agree' },
    { claim: 'Inbound settings control which external users can access your resources.', passage: 'Outbound settings control which external users can access your resources.', expect: 'conflict' },
    { claim: 'Inbound settings control which external users can access your resources.', passage: 'Inbound settings let you control which external users can access your resources.', expect: 'agree' },
    { claim: 'Inbound settings control which external users can access your resources.', passage: 'These settings control which external users can access your resources.', expect: 'silent' },
    { claim: 'The policy blocks legacy authentication.', passage: 'The policy allows legacy authentication.', expect: 'conflict' },
    { claim: 'The policy blocks legacy authentication.', passage: 'The policy stops legacy authentication.', expect: 'agree' },
    { claim: 'Security defaults are enabled for new tenants.', passage: 'Security defaults are disabled for new tenants.', expect: 'conflict' },
    // the state the claim gives its subject is its point: a page silent on it does not support it
    { claim: 'The widget pass is disabled in the methods policy.', passage: 'Admins configure the widget pass in the methods policy.', expect: 'silent' },
    { claim: 'Admins disable the widget pass in the methods policy.', passage: 'Admins configure the widget pass in the methods policy.', expect: 'agree' },
  ],
  compare(claim, sentence) {
    const c = words(claim);
    const s = words(sentence);
    let unstated: string | undefined;
    for (const pair of DIRECTION_PAIRS) {
      const a = stated(c, pair.a);
      const b = stated(c, pair.b);
      if (a && b) {
        // both, each said of its own thing: compare thing by thing
        const noun = crossedSide(claim, sentence, pair);
        if (noun !== undefined) return { ...conflict(`the page says the other way for "${noun}"`), about: noun, ...(pair.strict ? {} : { weak: true }) };
        continue;
      }
      if (a === b) continue; // neither
      const [mine, other] = a ? [pair.a, pair.b] : [pair.b, pair.a];
      if (stated(s, mine)) continue;
      const theirs = found(s, other);
      if (theirs !== undefined) return { ...conflict(`the page says "${theirs}", the claim says "${found(c, mine) ?? ''}"`), ...(pair.strict ? {} : { weak: true }) };
      const word = found(c, mine) ?? '';
      if (pair.strict || isState(claim, word)) unstated ??= `"${word}"`;
    }
    return unstated === undefined ? AGREE : silent(`the page does not say ${unstated}`);
  },
};
