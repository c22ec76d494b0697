import type { PackFile } from './format.js';

/**
 * The part of a pack that covers only the corpora at the given positions of `pack.corpora`: their pages
 * (renumbered) and the identifier places on them. The corpora list itself is kept whole, so each page's
 * corpus number still points at the right entry.
 */
export function restrictPack(pack: PackFile, keep: ReadonlySet<number>): PackFile {
  const newIndex = new Int32Array(pack.pages.length).fill(-1);
  const pages: PackFile['pages'] = [];
  pack.pages.forEach((page, pi) => {
    if (!keep.has(page[0])) return;
    newIndex[pi] = pages.length;
    pages.push(page);
  });
  // entries, not assignment: a term such as `__proto__` must stay an ordinary key
  const identifiers: Array<[string, number[]]> = [];
  for (const [term, refs] of Object.entries(pack.identifiers)) {
    const kept: number[] = [];
    for (let i = 0; i + 1 < refs.length; i += 2) {
      const to = newIndex[refs[i] ?? -1] ?? -1;
      if (to >= 0) kept.push(to, refs[i + 1] ?? 0);
    }
    if (kept.length > 0) identifiers.push([term, kept]);
  }
  return { ...pack, pages, identifiers: Object.fromEntries(identifiers) };
}
