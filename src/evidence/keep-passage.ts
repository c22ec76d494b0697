import { createHash } from 'node:crypto';
import type { Evidence } from '../schema/index.js';
import type { EvidenceSource, SourcePage, SourcePageSection } from './types.js';
import { queryWords, words } from './text-match.js';
import { urlAnchor } from './page-key.js';

/** Microsoft Learn text is CC BY 4.0; a citation keeps the aligned sentence(s), not the section. */
export const MAX_PASSAGE_CHARS = 400;
/** Where indexed section text breaks into sentences, list items and table rows. */
const SENTENCE_END = /[.!?](?=\s)|\n/g;
const WHITESPACE = /\s+/g;
/** A sentence that is only markdown decoration (a table rule, a fence, a bullet) is never a passage. */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;
/** A line of only HTML tags (`<a name='old-anchor'></a>`) says nothing either. */
const TAGS_ONLY = /^(?:<[^<>]*>\s*)+$/;
/** A blank line between two sentences: they belong to different paragraphs and are not kept together. */
const PARAGRAPH_BREAK = /\n\s*\n/;

/** Whitespace runs become one space, ends trimmed: how passages are compared and hashed. */
export function normalisePassage(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/** sha256 (hex) of the whitespace-normalised passage. */
export function hashPassage(passage: string): string {
  return createHash('sha256').update(normalisePassage(passage), 'utf8').digest('hex');
}

interface Piece {
  start: number;
  end: number;
  score: number;
}

/** The sentences of a section's text with their offsets (verbatim slices), blank ones dropped. */
function sentences(text: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = start + lead;
    const e = start + raw.trimEnd().length;
    if (e > s && !NO_WORDS.test(text.slice(s, e)) && !TAGS_ONLY.test(text.slice(s, e))) out.push({ start: s, end: e, score: 0 });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + (m[0] === '\n' ? 0 : 1);
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/** How well a sentence carries the claim: its content words, and the identifiers a checker matched (worth more). */
function scoreOf(sentence: string, claimWords: readonly string[], matched: readonly string[]): number {
  const have = new Set(words(sentence));
  const lower = sentence.toLowerCase();
  return claimWords.filter((w) => have.has(w)).length + 2 * matched.filter((m) => m.length > 1 && lower.includes(m.toLowerCase())).length;
}

/**
 * The sentence of `text` that best carries the claim, with the next one when it also shares the claim's
 * words and both fit; verbatim (a slice of `text`), at most MAX_PASSAGE_CHARS. Undefined when no sentence
 * shares a word with the claim. Hand-written rather than the extract stage's segmenter: indexed section text
 * is markdown lines, and a slice of it must stay verbatim.
 */
export function alignPassage(text: string, claimText: string, matched: readonly string[] = []): string | undefined {
  const claimWords = queryWords(claimText);
  const list = sentences(text).map((p) => ({ ...p, score: scoreOf(text.slice(p.start, p.end), claimWords, matched) }));
  let best = -1;
  list.forEach((p, i) => {
    if (p.score > 0 && (best < 0 || p.score > (list[best]?.score ?? 0))) best = i;
  });
  const first = list[best];
  if (!first) return undefined;
  let end = first.end;
  const next = list[best + 1];
  if (next && next.score >= 2 && next.end - first.start <= MAX_PASSAGE_CHARS && !PARAGRAPH_BREAK.test(text.slice(first.end, next.start))) end = next.end;
  // a long table row or list line keeps its first MAX_PASSAGE_CHARS characters
  return clip(text.slice(first.start, end));
}

/** The opening sentence(s) of a section, verbatim, within MAX_PASSAGE_CHARS; undefined for a section without words. */
export function leadPassage(text: string): string | undefined {
  const list = sentences(text);
  const first = list[0];
  if (!first) return undefined;
  let end = first.end;
  for (const p of list.slice(1)) {
    if (p.end - first.start > MAX_PASSAGE_CHARS || PARAGRAPH_BREAK.test(text.slice(end, p.start))) break;
    end = p.end;
  }
  return clip(text.slice(first.start, end));
}

/** At most MAX_PASSAGE_CHARS of a verbatim slice, cut at a word boundary when one is near the end. */
function clip(slice: string): string {
  if (slice.length <= MAX_PASSAGE_CHARS) return slice;
  const cut = slice.slice(0, MAX_PASSAGE_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > MAX_PASSAGE_CHARS / 2 ? cut.slice(0, space) : cut;
}

/** The sections a citation points at: the anchored one when the page has it, else the whole page. */
export function citedSections(page: SourcePage, anchor: string | undefined): SourcePageSection[] {
  const withText = page.sections.filter((s) => s.text !== undefined);
  if (anchor === undefined) return withText;
  const at = withText.filter((s) => s.anchor === anchor);
  return at.length > 0 ? at : withText;
}

/** The first page any source knows for the URL, preferring one with text. */
export function findPage(sources: readonly EvidenceSource[], url: string): SourcePage | undefined {
  let headingsOnly: SourcePage | undefined;
  for (const s of sources) {
    const p = s.knownPage?.(url);
    if (!p) continue;
    if (p.sections.some((x) => x.text !== undefined)) return p;
    headingsOnly ??= p;
  }
  return headingsOnly;
}

/**
 * The evidence entry with the passage it rests on: the aligned sentence(s) of the cited section (or of the
 * page when the anchor is gone or absent), its hash and the docs version. Only `supports` and `refutes`
 * entries keep one; an entry that already has a passage keeps it (recheck is what compares it again); a
 * page no source has text for is left as it is.
 */
export function withPassage(ev: Evidence, claimText: string, sources: readonly EvidenceSource[]): Evidence {
  if (ev.stance === 'related' || ev.passage !== undefined) return ev;
  const page = findPage(sources, ev.url);
  if (!page) return ev;
  const anchor = ev.anchor ?? urlAnchor(ev.url);
  let passage: string | undefined;
  for (const s of citedSections(page, anchor)) {
    const p = alignPassage(s.text ?? '', claimText, ev.matched ?? []);
    if (p !== undefined && (passage === undefined || rank(p, claimText, ev) > rank(passage, claimText, ev))) passage = p;
  }
  // A section the citation names on purpose (a reviewer's `#properties`) that shares no word with the
  // claim (a property table that lacks the claimed names) is still what the verdict rests on: keep its opening.
  const named = anchor === undefined ? undefined : page.sections.find((s) => s.anchor === anchor && s.text !== undefined);
  if (passage === undefined && named) passage = leadPassage(named.text ?? '');
  if (passage === undefined) return ev;
  return { ...ev, passage, passageHash: hashPassage(passage), docsVersion: page.docsVersion };
}

function rank(passage: string, claimText: string, ev: Evidence): number {
  return scoreOf(passage, queryWords(claimText), ev.matched ?? []);
}

/** Every evidence entry of a claim with its passage (see withPassage). */
export function withPassages(evidence: Evidence[], claimText: string, sources: readonly EvidenceSource[]): Evidence[] {
  return evidence.map((e) => withPassage(e, claimText, sources));
}
