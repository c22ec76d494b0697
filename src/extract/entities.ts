import type { Entity, EntityType } from '../schema/index.js';
import { DOCUMENT_NOUNS, ENTITY_PATTERNS, NOT_A_NAME, ROLE } from './entity-patterns.js';

interface Found {
  type: EntityType;
  start: number;
  end: number;
}

/**
 * Entities of one sentence (offsets into the document). `base` is the sentence's start offset.
 * Earlier pattern families win overlaps; document titles, products and concepts are found last.
 */
export function findEntities(sentence: string, base: number, concepts: RegExp[] = []): Entity[] {
  const found: Found[] = [];
  const free = (s: number, e: number): boolean => !found.some((f) => s < f.end && f.start < e);
  const add = (type: EntityType, s: number, e: number): void => {
    const [ts, te] = trimPunct(sentence, s, e);
    if (te > ts && free(ts, te)) found.push({ type, start: ts, end: te });
  };

  // A cited document's title wins over the dates and names inside it ("the 2023 Readiness Guide").
  for (const [s, e] of documentTitles(sentence)) add('document', s, e);
  for (const p of ENTITY_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(sentence); m; m = p.re.exec(sentence)) {
      const text = p.group ? m[p.group] : m[0];
      if (!text) continue;
      const s = p.group ? m.index + m[0].indexOf(text) : m.index;
      const e = s + text.length;
      if (p.accept && !p.accept(text, sentence.slice(0, s), sentence.slice(e))) continue;
      add(p.type, s, e);
      if (p.type === 'url') graphPathOf(sentence, s, e, found);
    }
  }
  for (const [s, e] of productNames(sentence)) add('product', s, e);
  for (const re of concepts) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) add('feature', m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start).map((f) => ({ text: sentence.slice(f.start, f.end), type: f.type, span: { start: base + f.start, end: base + f.end } }));
}

/** A Graph URL also names an API path: `https://graph.microsoft.com/v1.0/me` → `/v1.0/me` (overlap allowed). */
function graphPathOf(sentence: string, s: number, e: number, found: Found[]): void {
  const m = /^https?:\/\/graph\.microsoft\.com(\/[^\s?#]+)/.exec(sentence.slice(s, e));
  if (m?.[1]) found.push({ type: 'api-path', start: e - (sentence.slice(s, e).length - m[0].length) - m[1].length, end: s + m[0].length });
}

function trimPunct(s: string, start: number, end: number): [number, number] {
  let e = end;
  while (e > start && /[.,;:!?'"”’)]/.test(s[e - 1] ?? '') && !(s[e - 1] === ')' && s.slice(start, e).includes('('))) e--;
  return [start, e];
}

/** "2023 … Engineering Briefing", "the MSAL migration guide": up to six name-like words before a document noun. */
function documentTitles(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  DOCUMENT_NOUNS.lastIndex = 0;
  for (let m = DOCUMENT_NOUNS.exec(sentence); m; m = DOCUMENT_NOUNS.exec(sentence)) {
    if (/^s\b/.test(sentence.slice(m.index + m[0].length))) continue; // plural: "reports" names no one document
    const words = sentence.slice(0, m.index).split(/(?<=\s)/);
    let start = m.index;
    let named = /^[A-Z]/.test(m[0]);
    for (let k = words.length - 1, n = 0; k >= 0 && n < 6; k--, n++) {
      const w = (words[k] ?? '').trim();
      if (!w || /^(?:the|a|an|at|in|to|with|that|which|by|from|for|on|and|or|is|are|was|uses?|per|see|read)$/i.test(w) || /[,;:(]$/.test(w)) break;
      start -= (words[k] ?? '').length;
      if (w.startsWith('(')) {
        start += (words[k] ?? '').indexOf('(') + 1; // "(2023 … Briefing": the title starts inside the parenthesis
        if (/^[A-Z0-9]/.test(w.slice(1))) named = true;
        break;
      }
      if (/^[A-Z0-9]/.test(w)) named = true;
      if (/[’']s$/.test(w)) break;
    }
    if (named && start < m.index) out.push([start, m.index + m[0].length]);
  }
  return out;
}

const ROLE_WORD = new RegExp(`^${ROLE}s?$`);

/** Runs of capitalised words or acronyms ("Microsoft Entra ID", "Conditional Access"), and single mid-sentence names. */
function productNames(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const tok = /[A-Za-z0-9][\w.+/&-]*(?:[’']s)?/g;
  let run: Array<{ s: number; e: number; w: string; first: boolean }> = [];
  let first = true;
  const flush = (): void => {
    // a sentence opening with a gerund ("Trusting MFA doesn't …") starts with a verb, not a name
    while (run.length > 0 && (NOT_A_NAME.has(run[0]?.w ?? '') || (run[0]?.first === true && /^[A-Z][a-z]{2,}ing$/.test(run[0]?.w ?? '')))) run.shift();
    if (run.length > 0) {
      const a = run[0];
      const b = run[run.length - 1];
      // a job title after a name ("Jane Doe, Principal Identity Architect") names a role, not a product
      if (a && b && (run.length > 1 || !a.first) && !ROLE_WORD.test(b.w)) out.push([a.s, b.e]);
    }
    run = [];
  };
  for (let m = tok.exec(sentence); m; m = tok.exec(sentence)) {
    const raw = m[0];
    const possessive = /[’']s$/.test(raw);
    const w = possessive ? raw.slice(0, -2) : raw;
    const between = sentence.slice(run[run.length - 1]?.e ?? m.index, m.index);
    if (run.length > 0 && !/^ $/.test(between)) flush();
    if (/^[A-Z]/.test(w) && /[a-z]|^[A-Z0-9]{2,}$/.test(w) && !/^[A-Z][a-z]+[A-Z]/.test(w)) {
      run.push({ s: m.index, e: m.index + w.length, w, first });
      if (possessive) flush();
    } else flush();
    first = /[.!?:]$/.test(raw);
  }
  flush();
  return out;
}
