import { OFF_STATES, ON_STATES } from '../../lang/switch-states.js';
import { STEM_TAIL_MAX } from '../../lang/direction-pairs.js';
import { CLAUSE_JOINING_CONJUNCTIONS } from '../../lang/clause-breaks.js';
import { alternation } from '../../lang/words.js';
import { type ValueMention, valueMentions } from './channel.js';
import { AGREE, conflict, type SlotRule } from './types.js';

type State = 'on' | 'off';

const stemPattern = (stems: readonly string[]): string => `(?:${alternation(stems)})[a-z]{0,${STEM_TAIL_MAX}}`;
/** A word that says a setting is on or off. */
const STATE_WORD = new RegExp(`\\b(?:(${stemPattern(ON_STATES)})|(${stemPattern(OFF_STATES)}))\\b`, 'gi');
/** The same, to ask whether a text has one at all (no `g`: no lastIndex to reset). */
const HAS_STATE_WORD = new RegExp(STATE_WORD.source, 'i');
/** Words between a value and the state said of it ("B2B collaboration with other organizations is enabled"). */
const MAX_GAP_WORDS = 8;
/** What ends the stretch a state can be said of: a clause or sentence break. */
const BREAK = new RegExp(`[;:.!?]|,\\s*(?:${alternation(CLAUSE_JOINING_CONJUNCTIONS)})\\b`, 'i');
const WORD = /\S+/g;

/** Words between a state verb and the value it takes as its object ("block mutual B2B collaboration"). */
const MAX_OBJECT_GAP_WORDS = 2;

/**
 * The value a state word is said of: the value before it in the same clause ("B2B collaboration … is enabled"),
 * else the value right after it, as its object ("block B2B collaboration", "establish mutual B2B collaboration").
 */
function saidOf(text: string, values: readonly ValueMention[], start: number, end: number): ValueMention | undefined {
  const before = values.filter((v) => v.end <= start);
  const last = before[before.length - 1];
  if (last !== undefined) {
    const gap = text.slice(last.end, start);
    if (!BREAK.test(gap) && (gap.match(WORD)?.length ?? 0) <= MAX_GAP_WORDS) return last;
  }
  const next = values.find((v) => v.start >= end);
  if (next === undefined) return undefined;
  const gap = text.slice(end, next.start);
  return !BREAK.test(gap) && (gap.match(WORD)?.length ?? 0) <= MAX_OBJECT_GAP_WORDS ? next : undefined;
}

/** The state a text says of each sibling value: each on/off word, said of the value it belongs to (saidOf). */
function statesOf(text: string): Map<string, Set<State>> {
  const out = new Map<string, Set<State>>();
  // most texts say nothing is on or off: no need to find where they name values
  if (!HAS_STATE_WORD.test(text)) return out;
  const values = valueMentions(text);
  for (const m of text.matchAll(STATE_WORD)) {
    const state: State = m[1] !== undefined ? 'on' : 'off';
    const value = saidOf(text, values, m.index, m.index + m[0].length);
    if (value === undefined) continue;
    const set = out.get(value.name) ?? new Set<State>();
    set.add(state);
    out.set(value.name, set);
  }
  return out;
}

/**
 * The state each sibling value is in: "B2B direct connect is enabled and B2B collaboration is blocked" against
 * "B2B collaboration is enabled, and B2B direct connect is blocked". Both sentences name the same values and
 * the same states, so neither the sibling groups nor a direction pair tell them apart; the pairing does.
 */
export const valueState: SlotRule = {
  id: 'value-state',
  description: 'each named value (a feature, a method, a token type) is in the state the page says it is in: enabled or blocked',
  silenceBlocks: false,
  canRefute: true,
  examples: [
    {
      claim: 'By default, B2B direct connect is enabled and B2B collaboration is blocked.',
      passage: 'By default, B2B collaboration with other organizations is enabled, and B2B direct connect is blocked.',
      expect: 'conflict',
    },
    {
      claim: 'By default, B2B collaboration is enabled and B2B direct connect is blocked.',
      passage: 'By default, B2B collaboration with other organizations is enabled, and B2B direct connect is blocked.',
      expect: 'agree',
    },
    { claim: 'The Temporary Access Pass is enabled for all users.', passage: 'The Temporary Access Pass is disabled for all users until an administrator turns it on.', expect: 'conflict' },
    { claim: 'SMS sign-in is allowed for the pilot group.', passage: 'Enable SMS sign-in for the pilot group.', expect: 'agree' },
    { claim: 'Cloud settings block B2B collaboration with Azure Government.', passage: 'Use cloud settings to allow mutual B2B collaboration with Azure Government.', expect: 'conflict' },
  ],
  compare(claim, sentence) {
    const claimStates = statesOf(claim);
    if (claimStates.size === 0) return AGREE;
    const theirs = statesOf(sentence);
    for (const [value, mine] of claimStates) {
      const page = theirs.get(value);
      if (page === undefined || [...mine].some((s) => page.has(s))) continue;
      const said = (s: Set<State>): string => [...s].map((x) => (x === 'on' ? 'enabled or allowed' : 'disabled or blocked')).join(' / ');
      return { ...conflict(`the page says ${value} is ${said(page)}, the claim says ${said(mine)}`), about: value.toLowerCase().split(' ')[0] ?? value };
    }
    return AGREE;
  },
};
