import { words } from '../text-match.js';
import type { PackFile } from './format.js';

/**
 * Word postings over a pack's titles (by page) and headings (by slot = one heading of one page),
 * built once per pack, so lookups and searches touch only the entries that contain a query word.
 */
export class PackTextIndex {
  /** slot → [page, heading index]; heading 0 is the page top. */
  readonly slots: Array<[number, number]> = [];
  /** Space-padded lower-case words, for exact phrase checks. */
  readonly headingText: string[] = [];
  readonly titleText: string[] = [];
  readonly headingLen: Uint16Array;
  readonly titleLen: Uint16Array;
  private readonly headingPost = new Map<string, number[]>();
  private readonly titlePost = new Map<string, number[]>();

  constructor(pack: PackFile) {
    pack.pages.forEach((p, pi) => {
      const tw = words(p[2]);
      this.titleText.push(` ${tw.join(' ')} `);
      for (const w of new Set(tw)) push(this.titlePost, w, pi);
      p[4].forEach(([, heading], hi) => {
        const slot = this.slots.length;
        this.slots.push([pi, hi]);
        const hw = words(heading);
        this.headingText.push(` ${hw.join(' ')} `);
        for (const w of new Set(hw)) push(this.headingPost, w, slot);
      });
    });
    this.headingLen = Uint16Array.from(this.headingText, (t) => Math.min(65535, t.split(' ').length - 2));
    this.titleLen = Uint16Array.from(this.titleText, (t) => Math.min(65535, t.split(' ').length - 2));
  }

  headingsWith(word: string): number[] {
    return this.headingPost.get(word) ?? [];
  }

  pagesWith(word: string): number[] {
    return this.titlePost.get(word) ?? [];
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
