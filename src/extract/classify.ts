import type { BlockType, ClaimKind, Entity, EntityType } from '../schema/index.js';
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

const IMPERATIVE = new RegExp(`^(?:${alternation(IMPERATIVE_OPENERS)})\\b`, 'i');
const OPINION = /\b(?:you(?:’|')re not alone|let(?:’|')s|essential|crucial|critical for every|must know|game[- ]changer|best-kept|powerful|exciting|amazing)\b/i;
/** The writer's own judgement: hedges, first-person views, evaluative comparisons. Not a documented fact. */
const STANCE =
  /^(?:in (?:our|my) (?:opinion|view|experience)|we (?:think|believe|feel|recommend|suggest|prefer)|i (?:think|believe|feel)|arguably|honestly|frankly)\b|\b(?:is|are|was|were) (?:the )?(?:hardest|easiest|best|worst|simplest|most important|least important|better|worse|overrated|underrated)\b|\b(?:takes?|took) (?:them|it|this|that) out of the picture\b/i;
/** "Microsoft recommends …": a report of what a vendor documents, so checkable like any other fact. */
const REPORTED_ADVICE = /^(?:[A-Z][\w’'-]*\s){1,3}(?:recommends?|advises?|suggests?|requires?)\b/;
const SPECIFIC: ReadonlySet<EntityType> = new Set(['identifier', 'api-path', 'header', 'error-code', 'url', 'date', 'number', 'person', 'document']);
const NAMED: ReadonlySet<EntityType> = new Set(['product', 'feature']);

export interface Classification {
  kind: ClaimKind;
  checkworthy: boolean;
}

/** A call to action: the clause opens with a verb in the imperative ("Enable …", "Don't …"). */
export function isImperative(text: string): boolean {
  return IMPERATIVE.test(text.trim());
}

const ENDS_WITH_QUESTION = /\?["”’)]?$/;
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
  const has = (t: EntityType): boolean => entities.some((e) => e.type === t);
  const specific = entities.some((e) => SPECIFIC.has(e.type));
  const named = entities.some((e) => NAMED.has(e.type));
  const trimmed = text.trim();
  // a verb by the word patterns, else by the tagger: read once, and only where kind or checkworthiness asks
  let verb: boolean | undefined;

  if (blockType === 'heading' || blockType === 'code') return { kind: 'non-claim', checkworthy: false };
  if (ENDS_WITH_QUESTION.test(trimmed)) return { kind: 'non-claim', checkworthy: false };
  if (!specific && pieceCount(trimmed) < 3) return { kind: 'non-claim', checkworthy: false };

  let kind: ClaimKind;
  const cited = has('document') && CITING_VERB.test(trimmed);
  if (has('person') || QUOTE_WITH_SPEAKER.test(trimmed)) kind = 'attribution';
  else if ((mayBePercentage(trimmed) && PERCENTAGE.test(trimmed)) || (has('number') && STATISTIC_CUE.test(trimmed))) kind = 'statistic';
  else if (cited) kind = 'attribution';
  else if (has('date') && ROADMAP_CUE.test(trimmed)) kind = 'date-roadmap';
  else if (STANCE.test(trimmed)) kind = 'opinion';
  else if (IMPERATIVE.test(trimmed) || RECOMMENDATION_CUE.test(trimmed)) kind = 'recommendation';
  else if (has('api-path') || has('header') || has('error-code') || (has('identifier') && API_SURFACE_NOUN.test(trimmed))) kind = 'api-surface';
  else if (PROTOCOL_TERM.test(trimmed)) kind = 'protocol';
  else if (DEFINITION_START.test(trimmed)) kind = 'definition';
  else if (OPINION.test(trimmed) && !specific && !has('feature')) kind = 'opinion';
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
          ? REPORTED_ADVICE.test(trimmed) || entities.some((e) => SPECIFIC.has(e.type) && e.type !== 'url') || entities.filter((e) => NAMED.has(e.type)).length >= 2
          : specific || named || (verb ?? (hasFiniteVerb(trimmed) || hasTaggedFiniteVerb(trimmed)));
  return { kind, checkworthy };
}
