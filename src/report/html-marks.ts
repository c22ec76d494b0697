import type { Element, ElementContent, Parents, Root, Text } from 'hast';
import type { Claim } from '../schema/index.js';
import { toInline, truncate } from './text.js';

/** A claim piece placed in the source text: [start, end) offsets into the article's text. */
export interface PlacedPiece {
  claim: Claim;
  start: number;
  end: number;
  /** A later piece of a claim with `parts` (never focusable: the first piece stands for the claim). */
  later?: boolean;
}

/**
 * For each character of a rendered text node, the source offset it came from. The renderer drops some
 * source characters (backslash escapes, code-span backticks, indentation, the `&amp;` of an entity) but
 * never reorders them, so a greedy left-to-right match of each character finds its source position.
 * Written by hand: the unified tools keep positions per node, not per character.
 */
export function sourceOffsets(value: string, source: string, base: number): number[] {
  const map: number[] = new Array(value.length + 1);
  if (value === source) {
    for (let i = 0; i <= value.length; i++) map[i] = base + i;
    return map;
  }
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    // Look a few characters ahead only: what the renderer drops is short (an escape, a fence, an indent),
    // and a bounded look keeps this linear in the node's length.
    let k = -1;
    for (let d = j; d < Math.min(source.length, j + LOOKAHEAD); d++) {
      if (source[d] === value[i]) {
        k = d;
        break;
      }
    }
    // A character the source does not have here (a newline made a space) stays at the current place.
    map[i] = base + (k === -1 ? j : k);
    if (k !== -1) j = k + 1;
  }
  map[value.length] = base + j;
  return map;
}

/** How far ahead in the source a rendered character is looked for. */
const LOOKAHEAD = 24;

interface Local {
  piece: PlacedPiece;
  start: number;
  end: number;
}

function markElement(piece: PlacedPiece, focusable: boolean, children: ElementContent[]): Element {
  const { claim } = piece;
  const properties: Element['properties'] = {
    className: ['claim', `s-${claim.status}`, ...(focusable ? [] : ['cont'])],
    dataId: claim.id,
    dataStatus: claim.status,
  };
  if (focusable) {
    properties['tabIndex'] = 0;
    properties['role'] = 'button';
    properties['ariaControls'] = ['panel'];
    properties['ariaExpanded'] = 'false';
    properties['ariaLabel'] = `${claim.status} claim, line ${claim.span.line}: ${truncate(toInline(claim.text), 100)}`;
  }
  return { type: 'element', tagName: 'mark', properties, children };
}

/**
 * `value` with the local pieces wrapped in <mark>: nested spans nest; a span that crosses another's end
 * is closed there and reopened as a continuation (class `cont`), so the tree is always well formed.
 */
function wrap(value: string, locals: readonly Local[], seen: Set<string>): ElementContent[] {
  const points = [...new Set([0, value.length, ...locals.flatMap((l) => [l.start, l.end])])].sort((a, b) => a - b);
  const ordered = [...locals].sort((a, b) => a.start - b.start || b.end - a.end);
  const root: ElementContent[] = [];
  const stack: Array<{ local: Local; el: Element }> = [];
  const current = (): ElementContent[] => stack.at(-1)?.el.children ?? root;
  const open = (local: Local): void => {
    const id = local.piece.claim.id;
    const focusable = !local.piece.later && !seen.has(id);
    seen.add(id);
    const el = markElement(local.piece, focusable, []);
    current().push(el);
    stack.push({ local, el });
  };
  let prev = 0;
  for (const point of points) {
    if (point > prev) current().push({ type: 'text', value: value.slice(prev, point) });
    prev = point;
    const lowest = stack.findIndex((s) => s.local.end === point);
    if (lowest >= 0) {
      const above = stack.splice(lowest);
      for (const s of above) if (s.local.end !== point) open(s.local);
    }
    for (const l of ordered) if (l.start === point && l.end > point) open(l);
  }
  return root;
}

/**
 * Wrap every placed claim piece in the rendered tree in <mark> elements, text node by text node, using
 * each node's source position; the first fragment of each claim in document order is the focusable one.
 */
export function markClaims(tree: Root, source: string, pieces: readonly PlacedPiece[]): void {
  const seen = new Set<string>();
  // Text nodes come in source order, so a sweep over the pieces sorted by start finds each node's pieces
  // without scanning them all for every node.
  const sorted = [...pieces].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: PlacedPiece[] = [];
  let lastStart = 0;
  const visit = (parent: Parents): void => {
    const out: Array<Root['children'][number]> = [];
    for (const child of parent.children) {
      if (child.type === 'text') out.push(...markText(child));
      else {
        if (child.type === 'element') visit(child);
        out.push(child);
      }
    }
    parent.children = out as typeof parent.children;
  };
  const markText = (node: Text): ElementContent[] => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || node.value === '') return [node];
    // A node out of source order (a footnote the renderer moved to the end) is matched against every piece.
    const inOrder = start >= lastStart;
    lastStart = Math.max(lastStart, start);
    while (next < sorted.length && (sorted[next]?.start ?? Number.POSITIVE_INFINITY) < end) active.push(sorted[next++] as PlacedPiece);
    if (inOrder) active = active.filter((p) => p.end > start);
    const hits = (inOrder ? active : pieces).filter((p) => p.start < end && p.end > start);
    if (hits.length === 0) return [node];
    const map = sourceOffsets(node.value, source.slice(start, end), start);
    const locals: Local[] = [];
    for (const piece of hits) {
      let ls = -1;
      let le = node.value.length;
      for (let i = 0; i < node.value.length; i++) {
        const at = map[i] ?? start;
        if (ls === -1 && at >= piece.start && at < piece.end) ls = i;
        if (ls !== -1 && at >= piece.end) {
          le = i;
          break;
        }
      }
      if (ls !== -1 && le > ls) locals.push({ piece, start: ls, end: le });
    }
    return locals.length > 0 ? wrap(node.value, locals, seen) : [node];
  };
  visit(tree);
}
