import type { WordGate } from '../word-gate.js';
import type { BlockType, ClaimKind, Entity, EntityType } from '../../schema/index.js';
import type { Classification } from '../classify.js';

/**
 * An extraction heuristic as data: an id, the step it belongs to, a description, and examples that are both
 * its documentation and its test (test/extract/rules.test.ts runs every example through the real extractor).
 */
export type Step = 'segment' | 'split' | 'subject' | 'entities' | 'embedded' | 'kind';

/** One claim the extractor must produce for an example: located by `quote` (exact source words) or `text`. */
export interface ExpectedClaim {
  quote?: string;
  text?: string;
  kind?: ClaimKind;
  checkworthy?: boolean;
  /** Entities the claim must carry (by text and type). */
  entities?: Array<{ text: string; type: EntityType }>;
  /** Texts that must not be an entity of the claim (of any type). */
  notEntities?: string[];
}

export interface RuleExample {
  /** A small article (markdown unless `path` says `.txt`), written for the example. */
  input: string;
  path?: string;
  expect: ExpectedClaim[];
  /** Quotes that must not come out as claims of their own. */
  absent?: string[];
}

interface RuleBase {
  id: string;
  description: string;
  examples: RuleExample[];
}

export interface Range {
  start: number;
  end: number;
}

/** segment: rewrite a block's sentence ranges (join pieces cut in the wrong place, cut where one was missed). */
export interface SegmentRule extends RuleBase {
  step: 'segment';
  apply(text: string, ranges: Range[]): Range[];
}

/**
 * split: veto a cut that splitAtomic would make (`left` before the cut, `after` from the cut on), or propose
 * cuts of its own: every match of `cuts` (a global regex over the sentence) that `accept` takes is a cut
 * before the match, skipping the matched characters.
 */
export interface SplitRule extends RuleBase {
  step: 'split';
  veto?(left: string, after: string): boolean;
  cuts?: RegExp;
  /** What every match of `cuts` holds, as written (case-sensitive): a sentence without it is not scanned. */
  needs?: string;
  /** A word gate (word-gate.ts) every match of `cuts` passes: a sentence it stops is not scanned. */
  gate?: WordGate;
  accept?(left: string, after: string): boolean;
}

/** A noun phrase as it stands in the source, for restoring a subject. */
export interface Referent {
  start: number;
  end: number;
  text: string;
}

export interface SubjectContext {
  /** The document text; every offset indexes it. */
  doc: string;
  part: { start: number; end: number; text: string };
  blockType: BlockType;
  block: Range;
  /** The part opens its block. */
  atBlockStart: boolean;
  /** The sentence before this one in the same section, with its subject (already resolved) when it has one. */
  previous?: { sentence: Range; subject?: Referent | undefined };
  /** Subjects of the section so far, newest first. */
  recent: Referent[];
  /** The paragraph before a list, when it ends with ':' (for list items). */
  leadIn?: Range;
  /** The nearest heading above. */
  heading?: Range;
}

export interface SubjectResult {
  text: string;
  /** The source words the restored subject stands for (their entities join the claim's). */
  referent?: Referent;
  /** The part's own subject after the rewrite, for the sentences that follow. */
  subject?: Referent;
  /** Where the claim's words start, when the rewrite drops the part's first words (a label before a full clause): its quote starts there too. */
  from?: number;
}

/** subject: make a claim self-contained (restore a referent, give a bullet its subject, make a label a sentence). */
export interface SubjectRule extends RuleBase {
  step: 'subject';
  apply(ctx: SubjectContext): SubjectResult | undefined;
}

export interface KindContext {
  /** The claim text (after subject restoration). */
  text: string;
  /** The exact source words. */
  quote: string;
  blockType: BlockType;
  /** The whole block's source text. */
  blockText: string;
  atBlockStart: boolean;
  atBlockEnd: boolean;
  /** Entities of the quote itself (not those of a restored referent). */
  entities: Entity[];
  /** The part is one clause of a sentence that was split (not the whole sentence). */
  clause: boolean;
  /** The part is a `Label: description` item. */
  labelled: boolean;
  /** For a table cell: it is the first cell of a body row, whose other cells say something of it. */
  rowLabel?: boolean;
  /** For list items: the run of sibling items (source text), whether it is numbered, and whether a lead-in ending with ':' introduces it. */
  list?: { items: string[]; ordered: boolean; leadIn: boolean };
}

/** kind: decide that a claim is not check-worthy (or, for a heading, that it is); `undefined` passes to the next rule. */
export interface KindRule extends RuleBase {
  step: 'kind';
  apply(ctx: KindContext): Classification | undefined;
}

/** One clause of a sentence as splitAtomic gave it (see AtomicPart). */
export interface EmbeddedPart extends Range {
  text: string;
  /** The clause's text restores a subject it lost (it is not the source words as written). */
  restored?: Range;
}

export interface EmbeddedContext {
  blockType: BlockType;
  block: Range;
  /** The paragraph before a list, when it ends with ':' (for list items). */
  leadIn?: Range;
  /** The sentence's own clauses (for a heading, the heading itself). */
  parts: readonly EmbeddedPart[];
}

/** A fact stated in passing, with its exact span; `pieces` are the kept source pieces when they are not contiguous (see Claim.parts). */
export interface EmbeddedFact extends Range {
  text: string;
  pieces?: Range[];
  /** The clause this fact (with its siblings) states in full: that clause is left out as a claim of its own. */
  replaces?: Range;
}

/** embedded: a fact stated in passing inside a sentence, as a claim of its own with an exact sub-span. */
export interface EmbeddedRule extends RuleBase {
  step: 'embedded';
  apply(doc: string, sentence: Range, ctx: EmbeddedContext): EmbeddedFact[];
}

/** A candidate entity, offsets into the sentence. */
export interface EntityCandidate extends Range {
  type: EntityType;
  /** Taken as found: not trimmed of closing punctuation, and kept even where it overlaps an earlier entity. */
  overlaps?: boolean;
}

export interface EntityContext {
  sentence: string;
  /** The article's recurring concepts (concepts.ts), one matcher each. */
  concepts: readonly RegExp[];
  /** Where in the sentence each concept matcher may start (offsets, in order; undefined: anywhere), by index. */
  conceptStarts?: ReadonlyArray<readonly number[] | undefined>;
}

/**
 * entities: propose the entities of a sentence. Rules run in order and an earlier rule wins an overlap, so the
 * list is a priority order; a candidate is trimmed of closing punctuation before it is placed.
 */
export interface EntityRule extends RuleBase {
  step: 'entities';
  apply(ctx: EntityContext): EntityCandidate[];
}

export type Rule = SegmentRule | SplitRule | SubjectRule | EmbeddedRule | EntityRule | KindRule;
