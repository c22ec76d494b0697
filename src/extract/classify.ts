import { ENDS_WITH_QUESTION } from '../lang/sentence-marks.js';
import { EndPattern } from './end-pattern.js';
import { type BlockType, type ClaimKind, type Entity, ENTITY_TYPES, type EntityType } from '../schema/index.js';
import { hasFiniteVerb, hasTaggedFiniteVerb } from './verbs.js';
import { IMPERATIVE_OPENERS } from '../lang/imperative-verbs.js';
import { alternation, exactAlternation } from '../lang/words.js';
import { CITING_VERBS } from '../lang/citing-verbs.js';
import { STATISTIC_CUES } from '../lang/statistic-cues.js';
import { ROADMAP_STEMS, ROADMAP_WORDS } from '../lang/roadmap-cues.js';
import { RECOMMENDATION_STEMS, RECOMMENDATION_WORDS } from '../lang/recommendation-cues.js';
import { API_SURFACE_NOUNS } from '../lang/api-surface-nouns.js';
import { PROTOCOL_TERMS } from '../lang/protocol-terms.js';
import { pieceCount } from './word-count.js';
import { wordGate } from './word-gate.js';
import { STANCE_OPENERS } from '../lang/stance-openers.js';
import { STANCE_JUDGEMENTS } from '../lang/stance-judgements.js';

/** ENDS_WITH_QUESTION read on the text's end: "?", at most two closing characters, white space (end-pattern.ts). */
const QUESTION_END = new EndPattern(ENDS_WITH_QUESTION, 3, true);
const IMPERATIVE = new RegExp(`^(?:${alternation(IMPERATIVE_OPENERS)})\\b`, 'i');
const OPINION = /\b(?:you(?:’|')re not alone|let(?:’|')s|essential|crucial|critical for every|must know|game[- ]changer|best-kept|powerful|exciting|amazing)\b/i;
/** The writer's own judgement: hedges, first-person views, evaluative comparisons. Not a documented fact. */
const STANCE = new RegExp(
  String.raw`^(?:${exactAlternation(STANCE_OPENERS)})\b|\b(?:is|are|was|were|it['’]s) (?:the )?(?:${exactAlternation(STANCE_JUDGEMENTS)})\b|\bhow (?:${exactAlternation(STANCE_JUDGEMENTS)}) (?:it|this|that) (?:is|was)\b|\b(?:takes?|took) (?:them|it|this|that) out of the picture\b`,
  'i',
);
/** A word of each phrase STANCE matches (word-gate.ts): nearly no claim holds one, and STANCE scanned every claim. */
const STANCE_GATE = wordGate([...STANCE_OPENERS, ...STANCE_JUDGEMENTS, 'out of the picture']);
/** "Microsoft recommends …": a report of what a vendor documents, so checkable like any other fact. */
const REPORTED_ADVICE = /^(?:[A-Z][\w’'-]*\s){1,3}(?:recommends?|advises?|suggests?|requires?)\b/;
const NAMED: ReadonlySet<EntityType> = new Set(['product', 'feature']);

/** Each entity type's bit, for the set of types a claim's entities have (read once per claim, not once per question). */
const TYPE_BIT: ReadonlyMap<EntityType, number> = new Map(ENTITY_TYPES.map((t, i) => [t, 1 << i]));
function bitsOfTypes(types: readonly EntityType[]): number {
  return types.reduce((bits, t) => bits | (TYPE_BIT.get(t) ?? 0), 0);
}
const SPECIFIC = bitsOfTypes(['identifier', 'api-path', 'header', 'error-code', 'url', 'date', 'number', 'person', 'document']);
const SPECIFIC_BUT_URL = SPECIFIC & ~bitsOfTypes(['url']);
const NAMED_BITS = bitsOfTypes([...NAMED]);
const PERSON = bitsOfTypes(['person']);
const DOCUMENT = bitsOfTypes(['document']);
const NUMBER = bitsOfTypes(['number']);
const DATE = bitsOfTypes(['date']);
const FEATURE = bitsOfTypes(['feature']);
const IDENTIFIER = bitsOfTypes(['identifier']);
const API_BITS = bitsOfTypes(['api-path', 'header', 'error-code']);

/** The bits of the types the entities have. */
function typesOf(entities: readonly Entity[]): number {
  let bits = 0;
  for (const e of entities) bits |= TYPE_BIT.get(e.type) ?? 0;
  return bits;
}

export interface Classification {
  kind: ClaimKind;
  checkworthy: boolean;
}

/** A call to action: the clause opens with a verb in the imperative ("Enable …", "Don't …"). */
export function isImperative(text: string): boolean {
  return IMPERATIVE.test(text.trim());
}

/** A verb that reports what a cited document says. */
const CITING_VERB = new RegExp(`\\b(?:${exactAlternation(CITING_VERBS)})\\b`, 'i');
/** A quotation followed by a dash and the person who said it. */
const QUOTE_WITH_SPEAKER = /[”"]\s*—\s*(?:Dr\.|Prof\.|[A-Z][a-z]+ [A-Z])/;
const PERCENTAGE = /\d\s?%|\bpercent\b/i;
/** What a PERCENTAGE match holds: a "%", or the word "percent" (in any case). */
const PERCENT_WORD = wordGate(['percent']);
function mayBePercentage(s: string): boolean {
  return s.includes('%') || PERCENT_WORD.test(s);
}
/** Words that make a figure a statistic. */
const STATISTIC_CUE = new RegExp(`\\b(?:${exactAlternation(STATISTIC_CUES)})\\b`, 'i');
/** Words of a date on a roadmap: deprecation, retirement, release, deadline. */
const ROADMAP_CUE = new RegExp(`\\b(?:(?:${exactAlternation(ROADMAP_STEMS)})\\w*|${exactAlternation(ROADMAP_WORDS)})\\b`, 'i');
const RECOMMENDATION_CUE = new RegExp(`\\b(?:${exactAlternation(RECOMMENDATION_WORDS)}|(?:${exactAlternation(RECOMMENDATION_STEMS)})\\w*)\\b`, 'i');
/** Nouns of an API surface: with an identifier, the claim is about the API. */
const API_SURFACE_NOUN = new RegExp(`\\b(?:${exactAlternation(API_SURFACE_NOUNS)})s?\\b`);
/** Terms of identity protocols and tokens. */
const PROTOCOL_TERM = new RegExp(`\\b(?:${exactAlternation(PROTOCOL_TERMS)})\\b`);
/** A short subject and "is a/an/the": a definition. */
const DEFINITION_START = /^[\w\s’'-]{2,60}?\b(?:is|are)\s+(?:a|an|the)\b/i;

/** DESIGN 3.3: kind and checkworthiness by rules over entities and cue words. */
export function classify(text: string, blockType: BlockType, entities: Entity[]): Classification {
  const types = typesOf(entities);
  const has = (bits: number): boolean => (types & bits) !== 0;
  const specific = has(SPECIFIC);
  const named = has(NAMED_BITS);
  const trimmed = text.trim();
  // a verb by the word patterns, else by the tagger: read once, and only where kind or checkworthiness asks
  let verb: boolean | undefined;

  if (blockType === 'heading' || blockType === 'code') return { kind: 'non-claim', checkworthy: false };
  if (QUESTION_END.test(trimmed)) return { kind: 'non-claim', checkworthy: false };
  if (!specific && pieceCount(trimmed) < 3) return { kind: 'non-claim', checkworthy: false };

  let kind: ClaimKind;
  const cited = has(DOCUMENT) && CITING_VERB.test(trimmed);
  if (has(PERSON) || QUOTE_WITH_SPEAKER.test(trimmed)) kind = 'attribution';
  else if ((mayBePercentage(trimmed) && PERCENTAGE.test(trimmed)) || (has(NUMBER) && STATISTIC_CUE.test(trimmed))) kind = 'statistic';
  else if (cited) kind = 'attribution';
  else if (has(DATE) && ROADMAP_CUE.test(trimmed)) kind = 'date-roadmap';
  else if (STANCE_GATE.test(trimmed) && STANCE.test(trimmed)) kind = 'opinion';
  else if (IMPERATIVE.test(trimmed) || RECOMMENDATION_CUE.test(trimmed)) kind = 'recommendation';
  else if (has(API_BITS) || (has(IDENTIFIER) && API_SURFACE_NOUN.test(trimmed))) kind = 'api-surface';
  else if (PROTOCOL_TERM.test(trimmed)) kind = 'protocol';
  else if (DEFINITION_START.test(trimmed)) kind = 'definition';
  else if (OPINION.test(trimmed) && !specific && !has(FEATURE)) kind = 'opinion';
  else if (named || specific) kind = 'product-fact';
  else {
    verb = hasFiniteVerb(trimmed) || hasTaggedFiniteVerb(trimmed);
    kind = verb ? 'product-fact' : 'non-claim';
  }

  // Calls to action and opinions are worth checking only when they carry something checkable.
  const checkworthy =
    kind === 'non-claim'
      ? false
      : kind === 'opinion'
        ? false
        : kind === 'recommendation'
          ? REPORTED_ADVICE.test(trimmed) || has(SPECIFIC_BUT_URL) || entities.filter((e) => NAMED.has(e.type)).length >= 2
          : specific || named || (verb ?? (hasFiniteVerb(trimmed) || hasTaggedFiniteVerb(trimmed)));
  return { kind, checkworthy };
}
