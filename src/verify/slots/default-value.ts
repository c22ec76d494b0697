import { THRESHOLDS } from '../thresholds.js';
import { DEFAULT_CUES } from '../../lang/direction-pairs.js';
import { NUMBER_WORDS } from '../../lang/number-words.js';
import { alternation } from '../../lang/words.js';
import { durations, overlaps, type Duration } from '../durations.js';
import { contentLemmas, lemma, tokens } from '../text.js';
import { NEGATIVE_PREFIXES } from '../../lang/negative-prefixes.js';
import { AGREE, alternatives, conflict, silent, type SlotRule } from './types.js';

/** A value word or two, maybe bold or in backticks. */
const V = '[*`"]*([\\w-]+(?:\\s+[\\w-]+)?)[*`"]*';
/** Where a text states a default value: "Compliant (default)", "defaults to Off", "is X by default", "by default, … is X", "the default is X". */
const DEFAULT_VALUE: readonly RegExp[] = [
  new RegExp(`${V}\\s*\\(\\s*[*_]*(?:the\\s+)?default[*_]*\\s*\\)`, 'i'),
  new RegExp(`\\bdefaults?\\s+to\\s+${V}`, 'i'),
  new RegExp(`\\b(?:is|are|be)\\s+(?:set\\s+to\\s+|marked\\s+(?:as\\s+)?|treated\\s+as\\s+)?${V}\\s+by\\s+default`, 'i'),
  new RegExp(`\\bby\\s+default,?\\s+(?:[\\w-]+\\s+){0,6}?(?:is|are)\\s+(?:set\\s+to\\s+|marked\\s+(?:as\\s+)?|treated\\s+as\\s+)?${V}`, 'i'),
  new RegExp(`\\bthe\\s+default\\s+(?:value\\s+|setting\\s+)?is\\s+${V}`, 'i'),
];
/** "non-compliant", "not compliant", "noncompliant", "in-active": the negative of the base word (setting-target.ts reads it too). */
export const NEGATIVE_PREFIX = new RegExp(`^(?:${alternatives(NEGATIVE_PREFIXES)})`, 'i');
const CUES = new Set(DEFAULT_CUES);
const DETERMINERS = new Set(['the', 'a', 'an']);

interface DefaultValue {
  negative: boolean;
  base: string;
  text: string;
}

function defaultValue(text: string): DefaultValue | undefined {
  for (const re of DEFAULT_VALUE) {
    const v = re.exec(text)?.[1];
    if (!v) continue;
    const negative = NEGATIVE_PREFIX.test(v);
    const base = tokens(v.replace(NEGATIVE_PREFIX, ''))
      .filter((t) => !DETERMINERS.has(t))
      .map(lemma)[0];
    if (base !== undefined) return { negative, base, text: v };
  }
  return undefined;
}

const statesDefault = (text: string): boolean => tokens(text).some((t) => CUES.has(t));

/** A spelled-out number ("one day"): read as its digits so that durations compare. */
const NUMBER_WORD = new RegExp(`\\b(?:${alternation(Object.keys(NUMBER_WORDS))})\\b`, 'gi');
const withDigits = (text: string): string => text.replace(NUMBER_WORD, (w) => String(NUMBER_WORDS[w.toLowerCase()] ?? w));
/** A duration a claim gives as a default: "valid for one day by default", "by default, … lasts 90 days". */
const DURATION_BY_DEFAULT = /(\d+(?:\.\d+)?\s?[a-z]+)\s+by\s+default|\bby\s+default\b[^.;]*?(\d+(?:\.\d+)?\s?[a-z]+)/i;
/** Where a page gives the default duration: a table cell under "Default", "defaults to", "the default is", "(default)". */
const DEFAULT_CELL = /\bdefault(?:\s+value)?\s*:\s*([^;|]+)/i;
const DEFAULT_WORDED = /\bdefault(?:s\s+to|\s+(?:value\s+|lifetime\s+)?is)\s+([^;|.]+)|([^;|(]+)\(\s*default\s*\)/i;

/** The duration a text states as a default, if any. */
function defaultDuration(text: string, claimSide: boolean): Duration | undefined {
  const t = withDigits(text);
  const m = claimSide ? DURATION_BY_DEFAULT.exec(t) : (DEFAULT_CELL.exec(t) ?? DEFAULT_WORDED.exec(t));
  const v = m?.[1] ?? m?.[2];
  return v === undefined ? undefined : durations(v)[0];
}

/** Default values: "non-compliant by default" is not "Compliant (default)". */
export const defaultValueRule: SlotRule = {
  id: 'default-value',
  description: 'a default the claim states ("by default", "(default)", "defaults to") is the page’s default',
  silenceBlocks: true,
  canRefute: true,
  readsNext: THRESHOLDS.followingSentences,
  examples: [
    {
      claim: 'Devices without an assigned compliance policy are marked non-compliant by default.',
      passage: 'Mark devices with no compliance policy assigned as: Compliant (default) or Not compliant.',
      expect: 'conflict',
    },
    {
      claim: 'Devices without an assigned compliance policy are marked compliant by default.',
      passage: 'Mark devices with no compliance policy assigned as: Compliant (default) or Not compliant.',
      expect: 'agree',
    },
    { claim: 'By default, the setting is Off.', passage: 'The setting defaults to On.', expect: 'conflict' },
    { claim: 'A session token is valid for one day by default.', passage: 'Property: SessionLifetime; Minimum: 10 minutes; Maximum: 1 day; Default: 1 hour', expect: 'conflict' },
    { claim: 'A session token is valid for one hour by default.', passage: 'Property: SessionLifetime; Minimum: 10 minutes; Maximum: 1 day; Default: 1 hour', expect: 'agree' },
    { claim: 'By default, a session lasts 90 days.', passage: 'The default lifetime is 24 hours for kiosks.', expect: 'conflict' },
    { claim: 'Policy templates create policies in report-only mode by default.', passage: 'Policy templates create policies in report-only mode.', expect: 'silent' },
    { claim: 'Policy templates create policies in report-only mode by default.', passage: 'Policy templates create common policies in report-only mode by default.', expect: 'agree' },
  ],
  compare(claim, sentence) {
    if (!statesDefault(claim)) return AGREE;
    if (!statesDefault(sentence)) return silent('the page does not say what the default is');
    // a default duration: "valid for one day by default" against "Default: 1 hour"
    const wantTime = defaultDuration(claim, true);
    const haveTime = wantTime ? defaultDuration(sentence, false) : undefined;
    if (wantTime && haveTime) return overlaps(wantTime, haveTime) ? AGREE : conflict(`the page says the default is ${haveTime.text.trim()}, the claim says ${wantTime.text.trim()}`);
    const want = defaultValue(claim);
    const have = defaultValue(sentence);
    if (!want) return AGREE;
    if (have) {
      if (have.negative === want.negative && have.base === want.base) return AGREE;
      return conflict(`the page says the default is "${have.text}", the claim says "${want.text}"`);
    }
    // the page names a default without a value we can read: the claim's value must be in the sentence, same polarity
    const present = new Set([...contentLemmas(sentence), ...tokens(sentence)]);
    return present.has(want.base) ? AGREE : silent(`the page does not say the default is "${want.text}"`);
  },
};
