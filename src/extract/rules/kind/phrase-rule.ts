import type { Classification } from '../../classify.js';
import type { WordGate } from '../../word-gate.js';
import type { KindContext, KindRule } from '../types.js';
import { hasSpecific } from '../helpers.js';

/** What a phrase rule asks of a claim's quote, in this order: its entities, the gate, then the pattern. */
export interface PhraseTest {
  /** Answer only when the claim carries no value, code or date (hasSpecific). */
  unlessSpecific?: boolean;
  /** A word gate (word-gate.ts) that every match of the pattern passes. */
  gate?: WordGate;
  pattern: RegExp;
  /** The pattern reads the quote without the white space around it. */
  trimmed?: boolean;
  /** The kind when the pattern matches. */
  answer: Classification;
}

/**
 * A kind rule that answers when a pattern matches the claim's quote. One class for all of them, so that they run
 * one `apply` (the tests are data): V8 optimises a function once it has run often enough, and a function of each
 * rule's own, called once per claim, had not got there after the first thousands of claims of an article, where
 * one shared by the rules gets there as many times sooner as there are rules (as patternRule for entities).
 */
class PhraseRule implements KindRule {
  readonly step = 'kind';
  readonly id: string;
  readonly description: string;
  readonly examples: KindRule['examples'];
  constructor(
    private readonly test: PhraseTest,
    rule: Omit<KindRule, 'step' | 'apply'>,
  ) {
    this.id = rule.id;
    this.description = rule.description;
    this.examples = rule.examples;
  }

  apply(ctx: KindContext): Classification | undefined {
    const { unlessSpecific, gate, pattern, trimmed, answer } = this.test;
    if (unlessSpecific && hasSpecific(ctx.entities)) return undefined;
    if (gate && !gate.test(ctx.quote)) return undefined;
    return pattern.test(trimmed ? ctx.quote.trim() : ctx.quote) ? answer : undefined;
  }
}

/** The kind rule that answers `test.answer` when `test.pattern` matches a claim's quote (see PhraseTest). */
export function phraseRule(test: PhraseTest, rule: Omit<KindRule, 'step' | 'apply'>): KindRule {
  return new PhraseRule(test, rule);
}
