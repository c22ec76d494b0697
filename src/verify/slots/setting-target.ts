import { SETTING_VERBS } from '../../lang/setting-verbs.js';
import { OFF_STATES, ON_STATES } from '../../lang/switch-states.js';
import { OFF_VALUES, ON_VALUES } from '../../lang/switch-values.js';
import { alternation } from '../../lang/words.js';
import { lemma, tokens } from '../text.js';
import { NEGATIVE_PREFIX } from './default-value.js';
import { AGREE, conflict, type SlotRule } from './types.js';

/** A setting verb, a few words (the setting's name), "to", and the value: one or two words, maybe bold or quoted. */
const TARGET = new RegExp(`\\b(?:${alternation(SETTING_VERBS)})(?:s|es|ed|ing)?\\b(?:\\s+[^\\s.;:]+){0,5}?\\s+to\\s+[*\`"'“]*([\\w-]+(?:\\s+[\\w-]+)?)`, 'gi');
const ON = new Set(ON_VALUES);
const OFF = new Set(OFF_VALUES);
const stem = (stems: readonly string[], word: string): boolean => stems.some((s) => !s.includes(' ') && word.startsWith(s));

interface Target {
  text: string;
  /** The value's first word without a negative prefix, as a lemma. */
  base: string;
  negative: boolean;
  /** Which position of a switch the value names, if it names one ("On", "Enabled", "Block"). */
  position?: 'on' | 'off';
}

function targets(text: string): Target[] {
  const out: Target[] = [];
  for (const m of text.matchAll(TARGET)) {
    const value = (m[1] ?? '').trim();
    const negative = NEGATIVE_PREFIX.test(value);
    const first = tokens(value.replace(NEGATIVE_PREFIX, ''))[0];
    if (first === undefined) continue;
    const position = ON.has(first) || stem(ON_STATES, first) ? 'on' : OFF.has(first) || stem(OFF_STATES, first) ? 'off' : undefined;
    out.push({ text: value, base: lemma(first), negative, ...(position ? { position } : {}) });
  }
  return out;
}

/** The same value, or its negative ("Compliant" against "Not compliant"), or the other position of a switch ("On" against "Off"). */
const same = (a: Target, b: Target): boolean => a.base === b.base && a.negative === b.negative;
const opposite = (a: Target, b: Target): boolean => (a.base === b.base && a.negative !== b.negative) || (a.position !== undefined && b.position !== undefined && a.position !== b.position);

/**
 * The value a setting is put to: "switch it to Compliant" against "change this setting to Not compliant". Only a
 * value's negative or the other position of a switch conflicts; another value may be another setting's, so it is
 * left to the other rules.
 */
export const settingTarget: SlotRule = {
  id: 'setting-target',
  description: 'the value the claim puts a setting to ("switch it to Compliant") is the one the page gives, not its negative or the other position',
  silenceBlocks: false,
  canRefute: false,
  examples: [
    {
      claim: 'If you use Conditional Access with compliance, switch the setting to Compliant.',
      passage: 'If you use Conditional Access with your device compliance policies, change this setting to **Not compliant**.',
      expect: 'conflict',
    },
    {
      claim: 'If you use Conditional Access with compliance, switch the setting to Not compliant.',
      passage: 'If you use Conditional Access with your device compliance policies, change this setting to **Not compliant**.',
      expect: 'agree',
    },
    { claim: 'Set Enable policy to Off while you test the policy.', passage: 'Set Enable policy to On once you have tested the policy.', expect: 'conflict' },
    { claim: 'Set Enable policy to Report-only while you test the policy.', passage: 'Set Enable policy to On once you have tested the policy.', expect: 'agree' },
    { claim: 'Toggle the Allow setting to Enabled for the pilot group.', passage: 'Toggle the Allow setting to Disabled for every group but the pilot.', expect: 'conflict' },
  ],
  compare(claim, sentence) {
    const mine = targets(claim);
    if (mine.length === 0) return AGREE;
    const theirs = targets(sentence);
    for (const m of mine) {
      if (theirs.some((t) => same(m, t))) continue;
      const other = theirs.find((t) => opposite(m, t));
      if (other) return { ...conflict(`the page puts it to "${other.text}", the claim to "${m.text}"`), weak: true, about: m.base };
    }
    return AGREE;
  },
};
