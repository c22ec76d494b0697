/**
 * Learn heading anchors: strip inline markdown, lower-case, drop punctuation, spaces → '-'.
 * Repeated anchors on one page get '-1', '-2', … as docfx does.
 */
export function headingText(raw: string): string {
  return raw
    .replace(/\s+#+\s*$/, '') // closing hashes
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images keep their text
    .replace(/<[^>]+>/g, '') // inline html
    .replace(/[`*_]{1,3}([^`*_]+)[`*_]{1,3}/g, '$1') // code, emphasis
    .trim();
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
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
