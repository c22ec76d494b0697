import type { BlockContent, Link, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { isLinkable } from './claims.js';

/**
 * Building blocks for Markdown written as a syntax tree (mdast) and serialised by remark-stringify with
 * the GFM extension: the library escapes text for the exact place it lands (table cell, link text, start
 * of a line) and writes each URL as a destination that parses back to the same string, so URLs and code
 * are never escaped into broken links.
 */

const WHITESPACE = /\s+/gu;

/** Text on one line (table cells cannot hold a line break). */
export const oneLine = (s: string): string => s.replace(WHITESPACE, ' ');

export const text = (value: string): PhrasingContent => ({ type: 'text', value: oneLine(value) });
export const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value: oneLine(value) });
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
export const emphasis = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children });

/** A link for http(s) URLs; any other scheme (a hand-edited `javascript:` URL) is shown as inline code, never linked. */
export function link(url: string, label: string): PhrasingContent[] {
  if (!isLinkable(url)) return [text(`${label} `), code(url)];
  const node: Link = { type: 'link', url, children: [text(label)] };
  return [node];
}

export const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
export const heading = (depth: 1 | 2 | 3, ...children: PhrasingContent[]): RootContent => ({ type: 'heading', depth, children });

export function list(items: BlockContent[][]): RootContent {
  return { type: 'list', ordered: false, spread: false, children: items.map((children) => ({ type: 'listItem', spread: false, children })) };
}

export const blockquote = (...children: PhrasingContent[]): BlockContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children }] });

/** A GFM table: the first row is the header; `align` per column. */
export function table(align: Array<'left' | 'right'>, rows: PhrasingContent[][][]): Table {
  return {
    type: 'table',
    align,
    children: rows.map((cells) => ({ type: 'tableRow', children: cells.map((children): TableCell => ({ type: 'tableCell', children })) })),
  };
}

/** Join phrasing runs with a separator text. */
export function joined(runs: PhrasingContent[][], separator: string): PhrasingContent[] {
  return runs.flatMap((run, i) => (i === 0 ? run : [{ type: 'text', value: separator } as PhrasingContent, ...run]));
}

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });

/** The tree as Markdown (CommonMark + GFM tables), ending in one newline. */
export function stringifyMarkdown(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return processor.stringify(root);
}
