import type { Classification } from '../../classify.js';
import type { WordGate } from '../../word-gate.js';
import type { KindContext, KindRule } from '../types.js';
import { hasSpecific } from '../helpers.js';

/** What a phrase rule asks of a claim's quote, in this order: where it stands, its entities, the gate, then the patterns. */
export interface PhraseTest {
  /** Answer only for a quote that ends its block. */
  atBlockEnd?: boolean;
  /** Answer only when the claim carries no value, code or date (hasSpecific). */
  unlessSpecific?: boolean;
  /** A word gate (word-gate.ts) that every match of the pattern passes. */
  gate?: WordGate;
  /** A pattern that, when it matches the quote, keeps the test from answering. */
  unless?: RegExp;
  pattern: RegExp;
  /** The pattern reads the quote without the white space around it. */
  trimmed?: boolean;
  /** The kind when the pattern matches. */
  answer: Classification;
}

/** A test's gate when it has none: it lets every quote through (never called). */
const OPEN_GATE: WordGate = { test: () => true };
/** A test's `unless` when it has none: a pattern that matches nothing (never run). */
const NEVER = /(?!)/;

/**
 * A kind rule that answers when a pattern matches the claim's quote (the first of its tests that answers). One class for all of them, so that they run
 * one `apply` (the tests are data): V8 optimises a function once it has run often enough, and a function of each
 * rule's own, called once per claim, had not got there after the first thousands of claims of an article, where
 * one shared by the rules gets there as many times sooner as there are rules (as patternRule for entities).
 */
class PhraseRule implements KindRule {
  readonly step = 'kind';
  readonly id: string;
  readonly description: string;
  readonly examples: KindRule['examples'];
  private readonly tests: readonly Required<PhraseTest>[];
  constructor(tests: readonly PhraseTest[], rule: Omit<KindRule, 'step' | 'apply'>) {
    this.id = rule.id;
    this.description = rule.description;
    this.examples = rule.examples;
    // every test with every field, in one order: tests written with some fields left out had as many shapes as there
    // were combinations, and apply's reads of them (for every claim, every test) were V8's slowest kind of property
    // read, one that looks the shape up in a shared cache (callgrind: 168 M instructions on 5 MB of plain text)
    this.tests = tests.map((t) => ({
      atBlockEnd: t.atBlockEnd ?? false,
      unlessSpecific: t.unlessSpecific ?? false,
      gate: t.gate ?? OPEN_GATE,
      unless: t.unless ?? NEVER,
      pattern: t.pattern,
      trimmed: t.trimmed ?? false,
      answer: t.answer,
    }));
  }

  apply(ctx: KindContext): Classification | undefined {
    for (const { atBlockEnd, unlessSpecific, gate, unless, pattern, trimmed, answer } of this.tests) {
      if (atBlockEnd && !ctx.atBlockEnd) continue;
      if (unlessSpecific && hasSpecific(ctx.entities)) continue;
      if (gate !== OPEN_GATE && !gate.test(ctx.quote)) continue;
      if (unless !== NEVER && unless.test(ctx.quote)) continue;
      if (pattern.test(trimmed ? ctx.quote.trim() : ctx.quote)) return answer;
    }
    return undefined;
  }
}

/** The kind rule that answers as the first of `tests` that answers for a claim's quote (see PhraseTest). */
export function phraseRule(tests: PhraseTest | readonly PhraseTest[], rule: Omit<KindRule, 'step' | 'apply'>): KindRule {
  return new PhraseRule(Array.isArray(tests) ? tests : [tests], rule);
}
