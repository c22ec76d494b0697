import type { Claim } from '../../schema/index.js';
import type { Checker, CheckResult } from '../types.js';
import { reporter } from '../report.js';
import { durations, overlaps } from '../durations.js';
import { keyNames } from '../key-entities.js';
import { lemma } from '../text.js';

const messages = {
  'comparison-contradicts': '{{subject}} is called {{relation}} than {{other}}, but the figures say otherwise',
  'conflicting-durations': '{{subject}}: this claim says {{mine}}, claim {{otherId}} says {{other}} for the same subject and verb',
} as const;
const report = reporter<keyof typeof messages>('consistency', messages);

const SHORTER = /\b(?:shorter|less|fewer|smaller|lower|faster|sooner|quicker)\s+than\b/i;
const LONGER = /\b(?:longer|more|greater|larger|higher|slower|later)\s+than\b/i;
const DURATION_VERB = /\b(expir\w*|last\w*|valid|rotat\w*|persist\w*|live\w*|refresh\w*|remain\w*)\b/i;
/** The "than" ending a comparison ("shorter than" → "shorter"). */
const TRAILING_THAN = /\s+than$/i;

/** What a duration is about: the claim's first key name, and the verb that carries the duration. */
function durationKey(claim: Claim): string | undefined {
  const subject = keyNames(claim)[0]?.text;
  const verb = DURATION_VERB.exec(claim.text)?.[1];
  return subject && verb ? `${subject.toLowerCase()}|${lemma(verb).slice(0, 5)}` : undefined;
}

/** The article contradicting itself on durations: comparisons inside a claim, and the same subject across claims. */
export const consistency: Checker = {
  id: 'consistency',
  meta: { description: 'the article should not contradict itself (durations, comparisons)', messages },
  appliesTo: (claim) => claim.checkworthy && durations(claim.text).length > 0,
  async check(claim, ctx): Promise<CheckResult> {
    const findings: CheckResult['findings'] = [];
    const trace: string[] = [];
    const mine = durations(claim.text);
    trace.push(`durations: ${mine.map((d) => d.text).join(', ')}`);
    const [first, second] = mine;
    if (first && second) {
      const between = claim.text.slice(first.index, second.index);
      const relation = SHORTER.exec(between)?.[0] ?? LONGER.exec(between)?.[0];
      const wrong = relation && (SHORTER.test(relation) ? first.min > second.max : first.max < second.min);
      trace.push(`comparison between "${first.text}" and "${second.text}": ${relation ?? 'none'}${wrong ? ' — contradicts the figures' : ''}`);
      if (relation && wrong) findings.push(report('comparison-contradicts', first.text, { relation: relation.replace(TRAILING_THAN, ''), other: second.text }, 'warning'));
    }
    const key = durationKey(claim);
    if (key && first) {
      for (const other of ctx.claims) {
        if (other.id === claim.id || durationKey(other) !== key) continue;
        const theirs = durations(other.text)[0];
        if (theirs && !overlaps(first, theirs)) {
          findings.push(report('conflicting-durations', keyNames(claim)[0]?.text ?? '', { mine: first.text, other: theirs.text, otherId: other.id }, 'warning'));
          trace.push(`same subject and verb as ${other.id}: ${first.text} vs ${theirs.text}`);
        }
      }
    }
    return { evidence: [], findings, signal: 'not-applicable', trace };
  },
};
