import { asSentence, mainSubject } from './split-atomic.js';
import { isImperative } from './classify.js';

/**
 * Facts embedded in a larger claim that can be true while the claim is false (Claimify's "implied
 * claims"): a labelled list item under a lead-in that announces fields ("The log includes two fields:" +
 * "Foo: …" → "The log includes the Foo field."), and a clause's core without its adjuncts. Reduced relatives
 * and renames given in passing are rule files (rules/embedded/).
 * Each gets its own exact sub-span. Hand-written: no library extracts implied claims with offsets.
 */
export interface EmbeddedFact {
  start: number;
  end: number;
  text: string;
  /** The kept source pieces when they are not contiguous (see Claim.parts). */
  pieces?: Array<{ start: number; end: number }>;
}

/** Characters a kept piece does not start or end with: the spaces and commas left around a cut. */
const PIECE_EDGE = /[\s,;]/;

/** [start, end) shrunk past the spaces and commas at both ends. */
function trimPiece(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && PIECE_EDGE.test(text[s] ?? '')) s++;
  while (e > s && PIECE_EDGE.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

const FIELD_NOUN = /\b(fields?|properties|property|claims?|parameters?|settings?|values?|columns?|attributes?|headers?)\b[^.]*:\s*$/i;

/** `Label: …` in a list item, under a lead-in sentence that ends with ':' and names what the labels are. */
export function labelledItem(text: string, itemStart: number, itemEnd: number, leadIn: string | undefined): EmbeddedFact | undefined {
  if (!leadIn) return undefined;
  const noun = FIELD_NOUN.exec(leadIn)?.[1];
  const label = /^([A-Za-z_][\w.]*):\s/.exec(text.slice(itemStart, itemEnd))?.[1];
  if (!noun || !label) return undefined;
  const sentences = leadIn.split(/(?<=[.!?])\s+/);
  const subject = mainSubject(sentences[sentences.length - 1] ?? leadIn);
  if (!subject) return undefined;
  const singular = noun.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const plural = /s$/.test(subject) && !/ss$/.test(subject);
  return { start: itemStart, end: itemStart + label.length, text: asSentence(`${subject} ${plural ? 'include' : 'includes'} the ${label} ${singular}`) };
}

/**
 * Circumstantial adjuncts: a cause ("due to …"), a parameter value a call is made with ("with the
 * prompt=login parameter"), and in a call to action a duration ("for 72 hours") and a closing purpose
 * ("to capture …"). Each adds a fact of its own, so a sentence can be wrong only in its adjunct while its
 * core is documented. In a statement a duration or purpose is often the fact itself ("tokens live for
 * 30 minutes", "retained to meet audits"), so those two are taken from imperatives only.
 */
const CAUSE = /\s+(?:due to|because of|owing to|as a result of)\s+[^,;:—–()]+?(?=,\s|;|\s[—–]\s|$)/gi;
const PARAMETER = /\s+with\s+the\s+`?[A-Za-z_][\w.]*=[\w.-]+`?\s+(?:query\s+)?(?:parameters?|options?|arguments?)\b/g;
const DURATION = /\s+for\s+(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|ten|twelve|several)\s*(?:-\s*)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/gi;
const PURPOSE =
  /(?<!\b(?:want|wants|need|needs|able|unable|used|have|has|had|going|likely|required|allowed|designed|ought|tend|tends|seem|seems|try|tries|tried|how|order|due|up|back|next|close|prior|according|similar|access|equal|subject|set|configured|comes?|refers?|belongs?|applies|apply|is|are|was|were|be|reason|reasons|time|way|ways|chance|ability|option|need|right|permission|attempt|effort|decision|plan|it|them|one))\s+to\s+(?:capture|collect|gather|measure|track|monitor|identify|detect|ensure|avoid|prevent|reduce|improve|validate|test|evaluate|assess|observe|record|see|find|check|confirm|catch|limit|protect|gain|spot|understand|review|compare)\b[^;]*$/gi;

/** The core of a clause without its circumstantial adjuncts, over the clause's own span (`start` … last kept word). */
export function adjunctCore(text: string, start: number, end: number): EmbeddedFact | undefined {
  const quote = text.slice(start, end).replace(/[.!?]+$/, '');
  const cuts: Array<[number, number]> = [];
  for (const re of isImperative(quote) ? [CAUSE, PARAMETER, DURATION, PURPOSE] : [CAUSE, PARAMETER]) {
    re.lastIndex = 0;
    for (let m = re.exec(quote); m; m = re.exec(quote)) cuts.push([m.index, m.index + m[0].length]);
  }
  if (cuts.length === 0) return undefined;
  cuts.sort((a, b) => a[0] - b[0]);
  let core = '';
  let from = 0;
  let lastKept = 0;
  const kept: Array<{ start: number; end: number }> = [];
  for (const [s, e] of cuts) {
    if (s < from) {
      from = Math.max(from, e);
      continue;
    } // overlapping adjuncts: one cut
    core += quote.slice(from, s);
    if (quote.slice(from, s).trim() !== '') {
      lastKept = s;
      kept.push(trimPiece(text, start + from, start + s));
    }
    from = e;
  }
  const tail = quote.slice(from);
  core += tail;
  if (tail.trim() !== '') {
    lastKept = quote.trimEnd().length;
    kept.push(trimPiece(text, start + from, start + lastKept));
  }
  const clean = core.replace(/\s+,/g, ',').replace(/,\s*$/, '').trim();
  // the core must still be a statement of some length: abstain otherwise
  if (clean.split(/\s+/).length < 5 || !/[a-z]/.test(clean)) return undefined;
  const pieces = kept.filter((p) => p.start < p.end);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return undefined;
  const fact: EmbeddedFact = { start: first.start, end: last.end, text: asSentence(clean) };
  if (pieces.length > 1) fact.pieces = pieces;
  return fact;
}
