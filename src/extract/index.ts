import type { Claim, Document } from '../schema/index.js';
import { LineIndex } from '../ingest/index.js';
import { segmentBlock } from './segment.js';
import { splitAtomic, asSentence } from './split-atomic.js';
import { findEntities } from './entities.js';
import { classify } from './classify.js';
import { conceptMatchers, findConcepts } from './concepts.js';
import { assignIds } from './ids.js';

export { findEntities } from './entities.js';
export { splitAtomic } from './split-atomic.js';
export { segmentBlock } from './segment.js';
export { normaliseForId, baseId } from './ids.js';

/** Claims before verification: every checkworthy one starts `unverified`, the rest `not-checkable`. */
export function extractClaims(doc: Document): Claim[] {
  const lines = new LineIndex(doc.text);
  const concepts = conceptMatchers(findConcepts(doc.text, doc.blocks));
  const drafts: Array<Omit<Claim, 'id'>> = [];

  for (const block of doc.blocks) {
    if (block.type === 'code') continue;
    const ranges = block.type === 'heading' ? [{ start: block.start, end: block.end }] : segmentBlock(doc.text, block.start, block.end);
    for (const sentence of ranges) {
      const parts = block.type === 'heading' ? [{ ...sentence, text: asSentence(doc.text.slice(sentence.start, sentence.end)) }] : splitAtomic(doc.text, sentence.start, sentence.end);
      for (const part of parts) {
        const quote = doc.text.slice(part.start, part.end);
        const entities = findEntities(quote, part.start, concepts);
        const { kind, checkworthy } = classify(quote, block.type, entities);
        drafts.push({
          text: block.type === 'heading' ? quote.replace(/\s+/g, ' ').trim() : part.text,
          quote,
          span: { start: part.start, end: part.end, ...lines.at(part.start) },
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
  }
  const ids = assignIds(drafts.map((d) => d.text));
  return drafts.map((d, i) => ({ id: ids[i] ?? '', ...d }));
}
