import { isMap, isNode, isPair, isScalar, type Document, type LineCounter, type Node } from 'yaml';

export interface LinePos {
  line: number;
  column: number;
}

/** 1-based line/column of a character offset. */
export function posOf(lineCounter: LineCounter, offset: number): LinePos {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * The node a zod issue path points at, or the nearest existing ancestor when the path runs past the
 * document (a missing field is reported at the object that lacks it).
 */
export function nodeAt(doc: Document, path: ReadonlyArray<PropertyKey>): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return node;
  }
  return undefined;
}

/** The key node of `key` inside the map at `path` (to point at an unknown field's name, not its value). */
export function keyNodeAt(doc: Document, path: ReadonlyArray<PropertyKey>, key: string): Node | undefined {
  const map = doc.getIn(path as unknown[], true);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const k = pair.key;
    if (isScalar(k) && String(k.value) === key && k.range) return k;
  }
  return undefined;
}

/** Where a node starts (1-based), falling back to the top of the file. */
export function placeOfNode(lineCounter: LineCounter, node: Node | undefined): LinePos {
  return node?.range ? posOf(lineCounter, node.range[0]) : { line: 1, column: 1 };
}
