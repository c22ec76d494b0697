import { contentLemmas } from '../text.js';
import { THRESHOLDS } from '../thresholds.js';
import { SLOT_RULES } from './index.js';
import { inClaimNaming } from '../acronyms.js';
import type { SlotResult, SlotRule } from './types.js';

/** A slot the passage states otherwise (conflict) or not at all (silent), with the sentence that decided it. */
export interface SlotFinding {
  rule: string;
  outcome: 'conflict' | 'silent';
  detail: string;
  sentence: string;
  /** The sentence shares the claim's subject and most of its words, and the rule may refute: a plain conflict. */
  plain: boolean;
  /** The claim's word the conflict turns on (stemmed), when the rule names one. */
  about?: string;
  /** Left unstated, the claim's value reverses what the passage's words say (see SlotRule.reverses). */
  reverses?: boolean;
}

export interface SlotComparison {
  conflicts: SlotFinding[];
  /** Claim slots the aligned sentences leave unstated, for rules whose silence blocks support. */
  unstated: SlotFinding[];
}

interface Aligned {
  sentence: string;
  shared: number;
  tier: 1 | 2;
  /** The sentences after it, up to THRESHOLDS.followingSentences: a rule with `readsNext` reads some of them with it. */
  after: readonly string[];
}

/**
 * The passage sentences that share most of the claim's content lemmas: tier 1 those with the most, tier 2
 * those with one fewer (at least THRESHOLDS.anchorLemmas each), at most THRESHOLDS.alignedSentences in all.
 */
export function alignedSentences(claimLemmas: readonly string[], sentences: readonly string[]): Aligned[] {
  const scored = sentences.map((sentence, i) => {
    const present = new Set(contentLemmas(sentence));
    return { sentence, shared: claimLemmas.filter((l) => present.has(l)).length, after: sentences.slice(i + 1, i + 1 + THRESHOLDS.followingSentences) };
  });
  const top = Math.max(0, ...scored.map((s) => s.shared));
  if (top < THRESHOLDS.anchorLemmas) return [];
  const floor = Math.max(THRESHOLDS.anchorLemmas, top - 1);
  return scored
    .filter((s) => s.shared >= floor)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, THRESHOLDS.alignedSentences)
    .map((s) => ({ ...s, tier: s.shared >= top ? 1 : 2 }));
}

/**
 * Each slot rule over the aligned sentences: a tier-1 sentence that agrees settles it (about the conflict's
 * word, when a tier-1 sentence conflicts), then a tier-1 conflict, then tier 2 the same way; a slot no aligned sentence states is silent. With no aligned sentence,
 * every slot the claim states is silent.
 */
export function compareSlots(
  claim: string,
  written: readonly string[],
  subject: string | undefined /* no plain conflict without one */,
  rules: readonly SlotRule[] = SLOT_RULES,
  /** The page title and section heading, which a rule with `readsFrame` reads with each sentence. */
  frame = '',
): SlotComparison {
  const lemmas = contentLemmas(claim);
  // a sentence that names the subject by its acronym ("a PRT is valid …") is read in the claim's naming
  const sentences = written.map((s) => inClaimNaming(claim, s));
  const asWritten = new Map(sentences.map((s, i) => [s, written[i] ?? s]));
  const aligned = alignedSentences(lemmas, sentences);
  const out: SlotComparison = { conflicts: [], unstated: [] };
  for (const rule of rules) {
    const results = aligned.map((a) => ({
      a,
      r: rule.compare(claim, [...(rule.readsFrame && frame ? [frame] : []), a.sentence, ...(rule.readsNext ? a.after.slice(0, rule.readsNext) : [])].join(' ')),
    }));
    const pick = (tier: 1 | 2, outcome: SlotResult['outcome']) => results.find((x) => x.a.tier === tier && x.r.outcome === outcome);
    const c1 = pick(1, 'conflict');
    // an agreement about the conflict's word, not a sentence that says nothing about it (a tier-2 sentence that
    // negates the word a tier-1 sentence never uses is not outweighed by it)
    const about = (c1 ?? pick(2, 'conflict'))?.r.about;
    const disputed = results.some((x) => x.r.outcome === 'conflict');
    const agrees = (tier: 1 | 2): boolean =>
      results.some(
        (x) =>
          x.a.tier === tier &&
          x.r.outcome === 'agree' &&
          (about === undefined || contentLemmas(x.a.sentence).includes(about)) &&
          (!disputed || rule.states === undefined || rule.states(claim, x.a.sentence)),
      );
    if (agrees(1) || (rule.anyAgreement && agrees(2))) continue;
    if (!c1 && agrees(2)) continue;
    const c = c1 ?? pick(2, 'conflict');
    if (c) {
      const present = new Set(contentLemmas(c.a.sentence));
      const plain =
        c.a.tier === 1 &&
        rule.canRefute &&
        !c.r.weak &&
        lemmas.length > 0 &&
        c.a.shared >= THRESHOLDS.anchorLemmas + 1 &&
        c.a.shared / lemmas.length >= THRESHOLDS.plainConflictShare &&
        subject !== undefined &&
        present.has(subject) &&
        !rule.severalCases?.(
          claim,
          aligned.map((a) => a.sentence),
        );
      out.conflicts.push({
        rule: rule.id,
        outcome: 'conflict',
        detail: c.r.detail ?? rule.description,
        sentence: asWritten.get(c.a.sentence) ?? c.a.sentence,
        plain,
        ...(c.r.about ? { about: c.r.about } : {}),
      });
      continue;
    }
    if (!rule.silenceBlocks) continue;
    const s = results[0]?.r ?? rule.compare(claim, '');
    const first = results[0]?.a.sentence ?? '';
    if (s.outcome === 'silent')
      out.unstated.push({
        rule: rule.id,
        outcome: 'silent',
        detail: s.detail ?? rule.description,
        sentence: asWritten.get(first) ?? first,
        plain: false,
        ...(rule.reverses ? { reverses: true } : {}),
      });
  }
  return out;
}
