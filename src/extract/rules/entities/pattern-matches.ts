import type { EntityType } from '../../../schema/index.js';
import type { EntityCandidate, EntityContext, EntityRule } from '../types.js';

/** A digit anywhere: what every numeric pattern needs. */
export const HAS_DIGIT = /\d/;
/** Four digits in a row: what every date pattern holds (its year). */
export const FOUR_DIGITS = /\d{4}/;
/** A full stop with a lower-case letter after it: in a dotted lower-case name, and before a host name's top-level domain. */
export const DOT_THEN_LOWER = /\.[a-z]/;
/** A full stop with a capital after it: in a dotted PascalCase name. */
export const DOT_THEN_CAPITAL = /\.[A-Z]/;
/** A lower-case letter or digit with a capital right after it: in a camelCase or PascalCase name. */
export const CAPITAL_INSIDE = /[a-z0-9][A-Z]/;
/** A capitalised word, one space and a capital: how a person's name opens ("Jane Doe", "Jane Q. Doe"). */
export const TWO_NAMES = /[A-Z][a-z]+ [A-Z]/;

/** A test every text a pattern matches in passes: a one-character class (not global), or a word gate (word-gate.ts). */
export interface Needs {
  test(text: string): boolean;
}

/** One pattern family: a global regex over a sentence, and which capture group (0 = whole match) is the entity. */
export interface EntityPattern {
  type: EntityType;
  re: RegExp;
  group?: number;
  /**
   * What every match holds (a literal, or a short pattern such as HAS_DIGIT, not global): a sentence without it is
   * not scanned. Said only where the pattern cannot match without it; `includes` is far cheaper than the scan.
   */
  needs?: string | Needs;
  /** Reject a match by its surroundings. */
  accept?: (match: string, before: string, after: string) => boolean;
}

/** The sentence `holds` answers about (the entity rules read one sentence after another), and its answers. */
let heldSentence: string | undefined;
/** The `needs` patterns asked about (the first `heldCount`), and the answers: a few patterns, so a list, not a map. */
const heldNeeds: Needs[] = [];
const heldAnswers: boolean[] = [];
let heldCount = 0;

/** Whether the sentence holds what a `needs` pattern looks for, tested once per sentence: nine patterns need a digit. */
function holds(sentence: string, needs: Needs): boolean {
  if (sentence !== heldSentence) {
    heldSentence = sentence;
    heldCount = 0;
  }
  for (let i = 0; i < heldCount; i++) if (heldNeeds[i] === needs) return heldAnswers[i] === true;
  const found = needs.test(sentence);
  heldNeeds[heldCount] = needs;
  heldAnswers[heldCount] = found;
  heldCount++;
  return found;
}

/**
 * A digit, then four in a row (a year): FOUR_DIGITS looked for only in a sentence HAS_DIGIT passes (an answer the
 * numeric patterns share), so that a sentence without digits is not read again.
 */
export const HAS_YEAR: Needs = { test: (sentence) => holds(sentence, HAS_DIGIT) && FOUR_DIGITS.test(sentence) };

/** Every match of the patterns, pattern by pattern, in order: the earlier pattern wins an overlap. */
export function patternMatches(patterns: readonly EntityPattern[], sentence: string): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const p of patterns) {
    if (p.needs !== undefined && !(typeof p.needs === 'string' ? sentence.includes(p.needs) : holds(sentence, p.needs))) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(sentence); m; m = p.re.exec(sentence)) {
      const text = p.group ? m[p.group] : m[0];
      if (!text) continue;
      const start = p.group ? m.index + m[0].indexOf(text) : m.index;
      const end = start + text.length;
      if (p.accept && !p.accept(text, sentence.slice(0, start), sentence.slice(end))) continue;
      out.push({ type: p.type, start, end });
    }
  }
  return out;
}

/**
 * An entity rule whose candidates are the matches of its patterns. One class for all of them, so that they run one
 * `apply` (the patterns are data): V8 optimises a function once it has run often enough, and a function of each
 * rule's own, called once per sentence, had not got there after the first thousands of sentences of an article,
 * where one shared by the rules gets there as many times sooner as there are rules.
 */
class PatternRule implements EntityRule {
  readonly step = 'entities';
  readonly id: string;
  readonly description: string;
  readonly examples: EntityRule['examples'];
  constructor(
    private readonly patterns: readonly EntityPattern[],
    rule: Omit<EntityRule, 'step' | 'apply'>,
    private readonly within?: WithinMatch,
  ) {
    this.id = rule.id;
    this.description = rule.description;
    this.examples = rule.examples;
  }

  apply(ctx: EntityContext): EntityCandidate[] {
    const matches = patternMatches(this.patterns, ctx.sentence);
    const within = this.within;
    if (!within) return matches;
    const out: EntityCandidate[] = [];
    for (const c of matches) {
      out.push(c);
      const inner = within(ctx.sentence, c);
      if (inner) out.push(inner);
    }
    return out;
  }
}

/** A second entity a rule reads inside one of its matches (it follows the match among the candidates). */
export type WithinMatch = (sentence: string, match: EntityCandidate) => EntityCandidate | undefined;

/**
 * The entity rule whose candidates are the matches of `patterns`, pattern by pattern (patternMatches), each followed
 * by what `within` reads inside it, if anything.
 */
export function patternRule(patterns: readonly EntityPattern[], rule: Omit<EntityRule, 'step' | 'apply'>, within?: WithinMatch): EntityRule {
  return new PatternRule(patterns, rule, within);
}
