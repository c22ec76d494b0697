const CLOSING_HASHES = /\s+#+\s*$/;
/** A markdown link or image; group 1 is its text. */
const LINK_OR_IMAGE = /!?\[([^\]]*)\]\([^)]*\)/g;
const HTML_TAGS = /<[^>]+>/g;
/** Code or emphasis marks around words; group 1 is the words. */
const CODE_OR_EMPHASIS = /[`*_]{1,3}([^`*_]+)[`*_]{1,3}/g;
/**
 * Learn heading anchors: strip inline markdown, lower-case, drop punctuation, spaces → '-'.
 * Repeated anchors on one page get '-1', '-2', … as docfx does.
 */
export function headingText(raw: string): string {
  return raw
    .replace(CLOSING_HASHES, '') // closing hashes
    .replace(LINK_OR_IMAGE, '$1') // links and images keep their text
    .replace(HTML_TAGS, '') // inline html
    .replace(CODE_OR_EMPHASIS, '$1') // code, emphasis
    .trim();
}

/** Characters a heading anchor drops: all but letters, digits, spaces, "_" and "-". */
const NOT_ANCHOR_CHARACTERS = /[^\p{L}\p{N}\s_-]/gu;
const WHITE_SPACES = /\s/g;

export function slugify(text: string): string {
  return text.toLowerCase().replace(NOT_ANCHOR_CHARACTERS, '').trim().replace(WHITE_SPACES, '-');
}

export class AnchorAllocator {
  private readonly seen = new Map<string, number>();
  next(text: string): string {
    const base = slugify(text);
    const n = this.seen.get(base);
    this.seen.set(base, (n ?? 0) + 1);
    return n === undefined ? base : `${base}-${n}`;
  }
}
