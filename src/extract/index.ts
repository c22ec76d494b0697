import type { Block, Claim, Document } from '../schema/index.js';
import { withinPieces } from '../schema/index.js';
import { LineIndex } from '../ingest/index.js';
import { segmentBlock } from './segment.js';
import { splitAtomic, asSentence, clauseUpToVerb, ClauseSubject, clauseSubjectSpan, type AtomicPart } from './split-atomic.js';
import { findEntities } from './entities.js';
import { classify } from './classify.js';
import { conceptMatchers, findConcepts } from './concepts.js';
import { conceptPrecheck } from './concept-precheck.js';
import { IdAssigner } from './ids.js';
import { EMBEDDED_RULES, KIND_RULES, SUBJECT_RULES } from './rules/index.js';
import { isRowLabel } from './rules/subject/table-cell.js';
import type { EmbeddedContext, EmbeddedFact, KindContext, Range, Referent, SubjectContext } from './rules/types.js';
import { labelOf } from './rules/subject/label-item.js';
import { DEMONSTRATIVES } from '../lang/demonstratives.js';
import { SUBJECT_PRONOUNS } from '../lang/pronouns.js';
import { openingPattern } from '../lang/words.js';
import { objectList } from './object-list.js';
import { EndPattern } from './end-pattern.js';

export { findEntities } from './entities.js';
export { splitAtomic } from './split-atomic.js';
export { segmentBlock } from './segment.js';
export { normaliseForId, baseId } from './ids.js';

/** A subject that is itself a pronoun or demonstrative phrase ("These codes") stands for its referent. */
const POINTING_SUBJECT = openingPattern([...SUBJECT_PRONOUNS, ...DEMONSTRATIVES, 'we', 'you', 'i']);
const MAX_RECENT = 6;

interface ListRun {
  items: string[];
  ordered: boolean;
  leadIn: boolean;
}

/** The "1." or "1)" before a numbered list item. */
const NUMBERED_ITEM_MARKER = /^[ \t]*\d{1,3}[.)][ \t]*$/;
/** A text that ends with a colon, maybe white space after it (read on its end: end-pattern.ts). */
const ENDS_WITH_COLON = new EndPattern(/:\s*$/, 1, true);

/** Runs of consecutive list items, with whether they are numbered and whether a paragraph ending with ':' introduces them. */
function listRuns(text: string, blocks: Block[]): Map<Block, ListRun> {
  const runs = new Map<Block, ListRun>();
  let run: { blocks: Block[]; leadIn: boolean } | undefined;
  let prev: Block | undefined;
  for (const b of blocks) {
    if (b.type === 'list-item') {
      run ??= { blocks: [], leadIn: prev?.type === 'paragraph' && ENDS_WITH_COLON.test(text.slice(prev.start, prev.end)) };
      run.blocks.push(b);
    } else if (run) {
      closeRun(text, run, runs);
      run = undefined;
    }
    prev = b;
  }
  if (run) closeRun(text, run, runs);
  return runs;
}

/**
 * Records a run of list items in `runs`, by block. A function of the module rather than a closure in listRuns: a
 * closure made anew for each article was a new function to listRuns' compiled loop, compiled again each article.
 */
function closeRun(text: string, run: { blocks: Block[]; leadIn: boolean }, runs: Map<Block, ListRun>): void {
  const items = run.blocks.map((b) => text.slice(b.start, b.end));
  const ordered = run.blocks.every((b) => NUMBERED_ITEM_MARKER.test(text.slice(text.lastIndexOf('\n', b.start - 1) + 1, b.start)));
  const info = { items, ordered, leadIn: run.leadIn };
  for (const b of run.blocks) runs.set(b, info);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A closing full stop or exclamation mark. */
const FINAL_STOP = /[.!]$/;
const SPACE_RUNS = /\s+/g;
/** A space left before a closing mark where an image was dropped. */
const SPACE_BEFORE_STOP = / +(?=[.,;:!?]$)/;
/** A markdown link or image: `[text](target)`, `![alt](target)` (a target may hold one level of parentheses). */
const MARKDOWN_LINK = /(!?)\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;

/**
 * A claim's text with each link reduced to its words and each image dropped: the target is the page the author
 * cites (kept as the claim's url entity, from the quote), not words of the claim.
 */
function linkText(text: string): string {
  if (!text.includes('](')) return text;
  return text
    .replace(MARKDOWN_LINK, (_m, bang: string, words: string) => (bang ? '' : words))
    .replace(SPACE_RUNS, ' ')
    .replace(SPACE_BEFORE_STOP, '');
}

/**
 * What a subject rule reads, with `recent` brought up to date only when a rule reads it (extractClaims, `pending`).
 * A class, not an object literal with a getter: one is made per clause, and a literal's getter is defined anew
 * each time, on V8's slow path. The rules of a clause share it (they only read it): `part` is replaced when a rule
 * rewrites the clause's text.
 */
class SubjectInput implements SubjectContext {
  declare previous?: NonNullable<SubjectContext['previous']>;
  declare leadIn?: Range;
  declare heading?: Range;
  constructor(
    readonly doc: string,
    public part: SubjectContext['part'],
    readonly blockType: SubjectContext['blockType'],
    readonly block: Range,
    readonly atBlockStart: boolean,
    private readonly recentNow: () => Referent[],
  ) {}
  get recent(): Referent[] {
    return this.recentNow();
  }
}

/**
 * What a sentence gives a later pronoun or demonstrative to point back to (referentOf). Read when first asked for
 * (`pending` in extractClaims): finding a clause's own subject may run the tagger, and most are never read. A class
 * rather than a closure, which kept its whole scope alive; it keeps the clause's place (ClauseSubject), not the
 * clause with its text.
 */
class SentenceReferent {
  #memo: Referent | undefined | null = null;
  readonly own: ClauseSubject | undefined;
  readonly restored: { start: number; end: number } | undefined;
  constructor(
    private readonly doc: string,
    private readonly subject: Referent | undefined,
    part: AtomicPart | undefined,
  ) {
    this.own = part && new ClauseSubject(doc, part);
    this.restored = part?.restored;
  }
  get(): Referent | undefined {
    if (this.#memo === null) this.#memo = this.subject ?? referentOf(this.doc, this.own?.get(), this.restored);
    return this.#memo;
  }
  /**
   * Whether the referent is read from numbers alone (PendingReferents): no subject given, nothing read yet, a
   * clause's place, and a restored subject (if any) that is only a range.
   */
  byPlaceOnly(): boolean {
    const r = this.restored;
    return this.subject === undefined && this.#memo === null && this.own?.byPlaceOnly() === true && (r === undefined || isRangeOnly(r));
  }
}

/** An object with exactly the keys `start` and `end` (so that a copy of it is `{ start, end }`). */
function isRangeOnly(r: object): boolean {
  const keys = Object.keys(r);
  return keys.length === 2 && keys[0] === 'start' && keys[1] === 'end';
}

/**
 * A sentence's referent when no rule gave it a subject: its own stated subject (unless that is itself a pointing
 * word), else the subject restored from before it.
 */
function referentOf(doc: string, own: { start: number; end: number } | undefined, restored: { start: number; end: number } | undefined): Referent | undefined {
  const stated = own && { ...own, text: doc.slice(own.start, own.end) };
  return (stated && !POINTING_SUBJECT.test(stated.text) ? stated : undefined) ?? (restored && { ...restored, text: doc.slice(restored.start, restored.end) });
}

const NO_RANGE = -1;
/** Numbers per sentence in PendingReferents' columns: the clause's start and end, the restored subject's (or NO_RANGE). */
const PENDING_COLUMNS = 4;

/**
 * The referents of the sentences since `recent` was last brought up to date (extractClaims' `pending`). The newest
 * is the object PreviousSentence reads too (they share what it found); each older one that reads only from its
 * clause's place is kept as four numbers in a typed array, the others as their objects. On text where no
 * sentence reads them they are every sentence of the article: kept as a chain of objects, they were a quarter of
 * what the scavenger copied (5 MB of plain text), and a typed array's numbers are not copied at all.
 */
class PendingReferents {
  #newest: SentenceReferent | undefined;
  #count = 0;
  #columns = new Int32Array(PENDING_COLUMNS * 256);
  /** The older ones kept as objects, by number. */
  readonly #kept = new Map<number, SentenceReferent>();

  constructor(private readonly doc: string) {}

  get empty(): boolean {
    return this.#newest === undefined;
  }

  push(next: SentenceReferent): void {
    const old = this.#newest;
    this.#newest = next;
    if (!old) return;
    const i = this.#count++;
    if (!old.byPlaceOnly()) {
      this.#kept.set(i, old);
      return;
    }
    if ((i + 1) * PENDING_COLUMNS > this.#columns.length) {
      const bigger = new Int32Array(this.#columns.length * 2);
      bigger.set(this.#columns);
      this.#columns = bigger;
    }
    const c = this.#columns;
    const own = old.own as ClauseSubject;
    const at = i * PENDING_COLUMNS;
    c[at] = own.start;
    c[at + 1] = own.end;
    c[at + 2] = old.restored ? old.restored.start : NO_RANGE;
    c[at + 3] = old.restored ? old.restored.end : NO_RANGE;
  }

  /** The referent of pending sentence `k` counted from the newest (0), k < the number pending. */
  at(k: number): Referent | undefined {
    if (k === 0) return this.#newest?.get();
    const i = this.#count - k;
    const kept = this.#kept.get(i);
    if (kept) return kept.get();
    const c = this.#columns;
    const at = i * PENDING_COLUMNS;
    const rs = c[at + 2] ?? NO_RANGE;
    return referentOf(this.doc, clauseSubjectSpan(this.doc, c[at] ?? 0, c[at + 1] ?? 0), rs === NO_RANGE ? undefined : { start: rs, end: c[at + 3] ?? 0 });
  }

  get size(): number {
    return this.#newest ? this.#count + 1 : 0;
  }

  clear(): void {
    this.#newest = undefined;
    this.#count = 0;
    this.#kept.clear();
  }
}

/** The sentence before, its subject read when first asked for (a class for the reason SubjectInput is one). */
class PreviousSentence {
  constructor(
    readonly sentence: Range,
    private readonly referent: SentenceReferent,
  ) {}
  get subject(): Referent | undefined {
    return this.referent.get();
  }
}

/** Claims before verification: every checkworthy one starts `unverified`, the rest `not-checkable`. */
export function extractClaims(doc: Document): Claim[] {
  const lines = new LineIndex(doc.text);
  const concepts = conceptMatchers(findConcepts(doc.text, doc.blocks));
  // the concepts that may match in a stretch of the text (concept-precheck.ts): the concept rule runs only those
  const precheck = conceptPrecheck(doc.text, concepts);
  const lists = listRuns(doc.text, doc.blocks);
  const drafts: Claim[] = objectList();
  // each claim's id as it is made (claims come in position order), not in a pass over them all at the end
  const ids = new IdAssigner();

  let leadIn: Range | undefined; // the paragraph before a list, when it ends with ':'
  let heading: Range | undefined;
  let previous: SubjectContext['previous'];
  // The subjects of recent sentences, most recent first, one per text, for a later pronoun or demonstrative. A
  // sentence's subject is found only when a later one asks (finding it may run the tagger, and most are never
  // read): `pending` holds the referents of the sentences since `recent` was last brought up to date, unread
  // (PendingReferents).
  let recent: Referent[] = [];
  const pending = new PendingReferents(doc.text);
  const recentNow = (): Referent[] => {
    if (pending.empty) return recent;
    // the most recent referent of each text, newest first: what remembering them one by one, in order, leaves
    const found: Referent[] = [];
    for (let k = 0; k < pending.size && found.length < MAX_RECENT; k++) {
      const r = pending.at(k);
      if (r && !found.some((x) => x.text === r.text)) found.push(r);
    }
    for (const r of recent) if (found.length < MAX_RECENT && !found.some((x) => x.text === r.text)) found.push(r);
    recent = found;
    pending.clear();
    return recent;
  };
  for (const block of doc.blocks) {
    if (block.type === 'code') continue;
    if (block.type !== 'list-item') leadIn = undefined;
    if (block.type === 'heading') {
      heading = { start: block.start, end: block.end };
      previous = undefined; // `recent` carries over: a subsection goes on about its parent's subject
    }
    const blockText = doc.text.slice(block.start, block.end);
    const blockEnd = block.start + blockText.trimEnd().length;
    const ranges = block.type === 'heading' ? [{ start: block.start, end: block.end }] : segmentBlock(doc.text, block.start, block.end);
    for (const sentence of ranges) {
      const parts: AtomicPart[] = block.type === 'heading' ? [{ ...sentence, text: asSentence(doc.text.slice(sentence.start, sentence.end)) }] : splitAtomic(doc.text, sentence.start, sentence.end);
      const embeddedCtx: EmbeddedContext = { blockType: block.type, block, parts };
      if (leadIn) embeddedCtx.leadIn = leadIn;
      const embedded: EmbeddedFact[] = [];
      for (const rule of EMBEDDED_RULES) for (const fact of rule.apply(doc.text, sentence, embeddedCtx)) embedded.push(fact);
      // a heading that is wholly a stated fact ("Entra Portal (formerly Azure AD Portal)") is that fact
      if (block.type === 'heading' && embedded.some((f) => f.start === sentence.start && f.end === sentence.end)) parts.length = 0;
      // facts that together state a clause in full take its place ("14 (A) to 90 (B) days" → A's, B's)
      for (const r of embedded.flatMap((f) => (f.replaces ? [f.replaces] : []))) {
        const i = parts.findIndex((p) => p.start === r.start && p.end === r.end);
        if (i >= 0) parts.splice(i, 1);
      }
      const own = parts.length;
      parts.push(...embedded.filter((f) => !parts.some((p) => p.start === f.start && p.end === f.end)));
      let before: { kind: Claim['kind']; checkworthy: boolean } | undefined; // the previous clause's classification
      let clauseText: string | undefined; // the previous clause's final text
      parts.forEach((part, index) => {
        const quote = doc.text.slice(part.start, part.end);
        // a claim's entities are the names in the words it keeps, not in a cause or parameter it dropped
        const pieces = part.pieces;
        const here = precheck.at(part.start, part.end);
        const found = findEntities(quote, part.start, here.matchers, here.starts);
        const entities = pieces ? found.filter((e) => withinPieces({ span: part, parts: pieces }, e.span.start, e.span.end)) : found;
        const atBlockStart = part.start === block.start;
        const atBlockEnd = !LETTER_OR_DIGIT.test(doc.text.slice(part.end, blockEnd));
        const ownPart = index < own && block.type !== 'heading';
        const referents: Range[] = part.restored ? [part.restored] : [];
        let subject: Referent | undefined;
        let from: number | undefined; // where the claim's words start, when a rule drops the part's first words
        if (ownPart && index === 0 && !part.restored) {
          const ctx = new SubjectInput(doc.text, { start: part.start, end: part.end, text: part.text }, block.type, block, atBlockStart, recentNow);
          if (previous) ctx.previous = previous;
          if (leadIn) ctx.leadIn = leadIn;
          if (heading) ctx.heading = heading;
          for (const rule of SUBJECT_RULES) {
            const r = rule.apply(ctx);
            if (!r) continue;
            part.text = r.text;
            ctx.part = { start: part.start, end: part.end, text: part.text };
            if (r.referent) referents.push(r.referent);
            if (r.subject) subject = r.subject;
            if (r.from !== undefined && !pieces) from = r.from;
          }
        }
        if (part.joins && clauseText && index < own) {
          const clause = clauseText.replace(FINAL_STOP, '');
          const how = part.joins.how;
          part.text = asSentence(how === 'means' ? `${clause} ${part.joins.rest}` : how === 'object' ? `${clauseUpToVerb(clause)} ${part.joins.rest}` : `${clause}, which ${part.joins.rest}`);
        }
        if (index < own) clauseText = part.text;
        // the claim's own entities, before the restored subject's join them (a copy only when there are some to join)
        const ownEntities = referents.length > 0 ? [...entities] : entities;
        for (const context of referents) {
          // the subject the text restores, as it stands in the source (an earlier sentence or clause)
          const there = precheck.at(context.start, context.end);
          for (const e of findEntities(doc.text.slice(context.start, context.end), context.start, there.matchers, there.starts)) {
            if (!entities.some((x) => x.text.toLowerCase() === e.text.toLowerCase())) entities.push(e);
          }
        }
        if (ownPart) {
          // what a later sentence may point back to: read when first asked for (see `pending`)
          const next = new SentenceReferent(doc.text, subject, subject ? undefined : part);
          pending.push(next);
          previous = new PreviousSentence({ start: part.start, end: part.end }, next);
        }
        const list = lists.get(block);
        const classified =
          part.joins?.how === 'consequence' && before?.kind === 'opinion'
            ? before
            : kindOf(
                withList(
                  {
                    text: part.text,
                    quote,
                    blockType: index < own ? block.type : 'paragraph',
                    blockText,
                    atBlockStart,
                    atBlockEnd,
                    entities: ownEntities,
                    labelled: atBlockStart && labelOf(doc.text, part.start, part.end) !== undefined,
                    clause: own > 1,
                    ...(block.type === 'table-cell' && index < own && isRowLabel(doc.text, block.start) ? { rowLabel: true } : {}),
                  },
                  list,
                ),
                entities,
                index >= own,
              );
        if (index < own) before = classified;
        const { kind, checkworthy } = classified;
        const text = linkText(block.type === 'heading' && index < own ? quote.replace(SPACE_RUNS, ' ').trim() : part.text);
        const start = from ?? part.start;
        const { line, column } = lines.at(start);
        const span = { start, end: part.end, line, column };
        const kept = from === undefined ? quote : doc.text.slice(start, part.end);
        // the names in the dropped words (a label) are not the claim's
        const keptEntities = from === undefined ? entities : entities.filter((e) => !(e.span.start >= part.start && e.span.end <= start));
        const status = checkworthy ? 'unverified' : 'not-checkable';
        const id = ids.next(text);
        // two literals rather than a spread of `parts`: a claim is written in this key order (its JSON), once per claim
        drafts.push(
          pieces
            ? { id, text, quote, span, parts: pieces, section: block.sectionPath, kind, checkworthy, entities, status, origin: 'auto', evidence: [], findings: [], history: [] }
            : { id, text, quote: kept, span, section: block.sectionPath, kind, checkworthy, entities: keptEntities, status, origin: 'auto', evidence: [], findings: [], history: [] },
        );
      });
    }
    if (block.type === 'paragraph') leadIn = ENDS_WITH_COLON.test(blockText) ? { start: block.start, end: block.end } : undefined;
  }
  return drafts;
}

/** The context with the list run its block is in, if any (set, not spread in: a context is made per claim). */
function withList(ctx: KindContext, list: ListRun | undefined): KindContext {
  if (list) ctx.list = list;
  return ctx;
}

/** The first kind rule that answers decides; classify() decides the rest (DESIGN 3.3). */
function kindOf(ctx: KindContext, entities: Claim['entities'], embedded: boolean): { kind: Claim['kind']; checkworthy: boolean } {
  // a fact embedded in a sentence is a sentence the extractor wrote: the rules about how prose is written do not apply
  for (const rule of embedded ? [] : KIND_RULES) {
    const r = rule.apply(ctx);
    if (r) return r;
  }
  return classify(ctx.text, ctx.blockType, entities);
}
