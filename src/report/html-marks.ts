import type { Element, ElementContent, Parents, Root, Text } from 'hast';
import type { Claim } from '../schema/index.js';

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

/** The attributes that make a fragment the claim's control: focusable, a button for the panel, described by its status. */
function makeControl(el: Element, claim: Claim): void {
  el.properties['className'] = ['claim', `s-${claim.status}`];
  el.properties['tabIndex'] = 0;
  el.properties['role'] = 'button';
  el.properties['ariaControls'] = ['panel'];
  el.properties['ariaExpanded'] = 'false';
  // The name is the claim's own words; the status is its description (a hidden `status-<status>` element of the page).
  el.properties['ariaDescribedBy'] = [`status-${claim.status}`];
}

function markElement(piece: PlacedPiece, focusable: boolean): Element {
  const { claim } = piece;
  const el: Element = { type: 'element', tagName: 'mark', properties: { className: ['claim', `s-${claim.status}`, 'cont'], dataId: claim.id, dataStatus: claim.status }, children: [] };
  if (focusable) makeControl(el, claim);
  return el;
}

/**
 * `value` with the local pieces wrapped in <mark>: nested spans nest; a span that crosses another's end
 * is closed there and reopened as a continuation (class `cont`), so the tree is always well formed.
 */
function wrap(value: string, locals: readonly Local[], seen: Set<string>): ElementContent[] {
  const points = [...new Set([0, value.length, ...locals.flatMap((l) => [l.start, l.end])])].sort((a, b) => a - b);
  const ordered = [...locals].sort((a, b) => a.start - b.start || b.end - a.end);
  const root: ElementContent[] = [];
  const stack: Array<{ local: Local; el: Element; focusable: boolean }> = [];
  const current = (): ElementContent[] => stack.at(-1)?.el.children ?? root;
  const push = (local: Local, focusable: boolean): void => {
    const el = markElement(local.piece, focusable);
    current().push(el);
    stack.push({ local, el, focusable });
    if (focusable) seen.add(local.piece.claim.id);
  };
  // A claim's control is its first fragment that holds text and sits inside no other control.
  const canFocus = (local: Local): boolean => !local.piece.later && !seen.has(local.piece.claim.id) && !stack.some((s) => s.focusable);
  const open = (local: Local, deferred: boolean): void => {
    const top = stack.at(-1);
    if (top?.focusable && top.el.children.length === 0) {
      // An empty control (its text is all the new claim's): it gives its place up and waits as a continuation.
      stack.pop();
      current().pop();
      seen.delete(top.local.piece.claim.id);
      push(top.local, false);
    }
    if (!deferred && !local.piece.later && !seen.has(local.piece.claim.id) && stack.some((s) => s.focusable)) {
      // No control inside another (a claim within a claim): the open marks close here and go on as continuations.
      for (const s of stack.splice(0)) push(s.local, false);
    }
    push(local, !deferred && canFocus(local));
  };
  let prev = 0;
  for (const point of points) {
    if (point > prev) current().push({ type: 'text', value: value.slice(prev, point) });
    prev = point;
    const lowest = stack.findIndex((s) => s.local.end === point);
    if (lowest >= 0) {
      const above = stack.splice(lowest);
      for (const s of above) if (s.local.end !== point) push(s.local, canFocus(s.local));
      // A claim that waited for an inner one takes its control now: the open marks go on as new fragments.
      if (stack.some((s) => !s.focusable && canFocus(s.local))) for (const s of stack.splice(0)) push(s.local, canFocus(s.local));
    }
    const starting = ordered.filter((l) => l.start === point && l.end > point);
    // Claims that start together: the outer ones wait (as continuations) and take their control after the
    // inner one ends, unless they end with it (then there is no text of their own to hold it).
    for (const [i, l] of starting.entries()) open(l, i < starting.length - 1 && l.end > (starting[i + 1]?.end ?? l.end));
  }
  return prune(root, seen);
}

const isMark = (n: ElementContent): n is Element => n.type === 'element' && n.tagName === 'mark';

/** Marks left empty by the splitting go; a control among them gives its claim back (the fallback finds it another). */
function prune(nodes: ElementContent[], seen: Set<string>): ElementContent[] {
  return nodes.filter((n) => {
    if (!isMark(n)) return true;
    n.children = prune(n.children, seen);
    if (n.children.length > 0) return true;
    if (n.properties['tabIndex'] === 0) seen.delete(String(n.properties['dataId']));
    return false;
  });
}

/** The first mark of each claim in document order. */
function firstMarks(parent: Parents, out: Map<string, Element>): Map<string, Element> {
  for (const ch of parent.children) {
    if (ch.type !== 'element') continue;
    if (ch.tagName === 'mark' && !out.has(String(ch.properties['dataId']))) out.set(String(ch.properties['dataId']), ch);
    firstMarks(ch, out);
  }
  return out;
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
  // A claim whose every fragment lies within other claims (it ends where they do) takes its first fragment
  // as its control after all, nested: reachable matters more than the rule against nesting.
  for (const [id, el] of firstMarks(tree, new Map())) {
    const piece = pieces.find((p) => p.claim.id === id && !p.later);
    if (!seen.has(id) && piece) makeControl(el, piece.claim);
  }
}
