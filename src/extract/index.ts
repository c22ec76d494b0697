import type { Claim, Document } from '../schema/index.js';
import { withinPieces } from '../schema/index.js';
import { LineIndex } from '../ingest/index.js';
import { segmentBlock } from './segment.js';
import { splitAtomic, asSentence, type AtomicPart } from './split-atomic.js';
import { findEntities } from './entities.js';
import { classify } from './classify.js';
import { conceptMatchers, findConcepts } from './concepts.js';
import { assignIds } from './ids.js';
import { adjunctCore, appositives, labelledItem, reducedRelatives } from './embedded.js';

export { findEntities } from './entities.js';
export { splitAtomic } from './split-atomic.js';
export { segmentBlock } from './segment.js';
export { normaliseForId, baseId } from './ids.js';

const SUBJECT_PRONOUN = /^(?:they|it)(?:[’']re|[’']s)?\b(?=\s+(?:\w+ly\s+)?[a-z])/i;

/** "They are …" / "It binds …" after a sentence with a noun-phrase subject: that subject is the referent. */
function resolvePronoun(part: { start: number; end: number }, text: string, last: { start: number; end: number }) {
  return SUBJECT_PRONOUN.test(text.slice(part.start, part.end)) ? last : undefined;
}

function replacePronoun(sentence: string, subject: string): string {
  return sentence.replace(/^(they|it)([’']re|[’']s)?\b/i, (_m, _p: string, contraction: string | undefined) => {
    const verb = contraction ? (/re$/.test(contraction) ? ' are' : ' is') : '';
    return `${subject.charAt(0).toUpperCase()}${subject.slice(1)}${verb}`;
  });
}

/** Claims before verification: every checkworthy one starts `unverified`, the rest `not-checkable`. */
export function extractClaims(doc: Document): Claim[] {
  const lines = new LineIndex(doc.text);
  const concepts = conceptMatchers(findConcepts(doc.text, doc.blocks));
  const drafts: Array<Omit<Claim, 'id'>> = [];

  let leadIn: string | undefined; // the paragraph before a list, when it ends with ':'
  for (const block of doc.blocks) {
    if (block.type === 'code') continue;
    if (block.type !== 'list-item') leadIn = undefined;
    let lastSubject: { start: number; end: number } | undefined; // for sentences that open with a pronoun
    const ranges = block.type === 'heading' ? [{ start: block.start, end: block.end }] : segmentBlock(doc.text, block.start, block.end);
    for (const sentence of ranges) {
      const parts: AtomicPart[] = block.type === 'heading' ? [{ ...sentence, text: asSentence(doc.text.slice(sentence.start, sentence.end)) }] : splitAtomic(doc.text, sentence.start, sentence.end);
      if (block.type !== 'heading') {
        const embedded = [...reducedRelatives(doc.text, sentence.start, sentence.end), ...appositives(doc.text, sentence.start, sentence.end)];
        const item = block.type === 'list-item' && sentence.start === block.start ? labelledItem(doc.text, block.start, block.end, leadIn) : undefined;
        if (item) embedded.push(item);
        // a clause's core without its cause, parameter, duration or purpose (only for clauses read as written)
        for (const p of parts) {
          if (p.restored || p.text !== asSentence(doc.text.slice(p.start, p.end))) continue;
          const core = adjunctCore(doc.text, p.start, p.end);
          if (core && !parts.some((x) => x.text === core.text)) embedded.push(core);
        }
        parts.push(...embedded.filter((f) => !parts.some((p) => p.start === f.start && p.end === f.end)));
      }
      for (const part of parts) {
        const quote = doc.text.slice(part.start, part.end);
        // a claim's entities are the names in the words it keeps, not in a cause or parameter it dropped
        const pieces = part.pieces;
        const entities = findEntities(quote, part.start, concepts).filter((e) => !pieces || withinPieces({ span: part, parts: pieces }, e.span.start, e.span.end));
        const context = part.restored ?? (lastSubject && resolvePronoun(part, doc.text, lastSubject));
        if (context && !part.restored) part.text = replacePronoun(part.text, doc.text.slice(context.start, context.end));
        if (context) {
          // the subject the text restores, as it stands in the source (an earlier sentence or clause)
          for (const e of findEntities(doc.text.slice(context.start, context.end), context.start, concepts)) {
            if (!entities.some((x) => x.text.toLowerCase() === e.text.toLowerCase())) entities.push(e);
          }
        }
        lastSubject = part.subject ?? context ?? lastSubject;
        const { kind, checkworthy } = classify(block.type === 'heading' ? quote : part.text, block.type, entities);
        drafts.push({
          text: block.type === 'heading' ? quote.replace(/\s+/g, ' ').trim() : part.text,
          quote,
          span: { start: part.start, end: part.end, ...lines.at(part.start) },
          ...(pieces ? { parts: pieces } : {}),
          section: block.sectionPath,
          kind,
          checkworthy,
          entities,
          status: checkworthy ? 'unverified' : 'not-checkable',
          origin: 'auto',
          evidence: [],
          findings: [],
          history: [],
        });
      }
    }
    if (block.type === 'paragraph') {
      const body = doc.text.slice(block.start, block.end);
      leadIn = /:\s*$/.test(body) ? body : undefined;
    }
  }
  const ids = assignIds(drafts.map((d) => d.text));
  return drafts.map((d, i) => ({ id: ids[i] ?? '', ...d }));
}
