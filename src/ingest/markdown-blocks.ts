import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Block, BlockType } from '../schema/index.js';

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * Markdown → blocks, from remark's node positions (offsets into the same string, never re-found with indexOf).
 * A paragraph inside a list item, blockquote or table cell takes that container's block type.
 */
export function markdownBlocks(text: string): { blocks: Block[]; firstHeading: string | undefined } {
  const tree = parser.parse(text) as MdNode;
  const blocks: Block[] = [];
  const headings: Array<{ depth: number; text: string }> = [];
  let firstHeading: string | undefined;

  const range = (node: MdNode): [number, number] | undefined => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    return s === undefined || e === undefined ? undefined : [s, e];
  };
  const sectionPath = (): string[] => headings.map((h) => h.text);

  const visit = (node: MdNode, container: BlockType | undefined): void => {
    const r = range(node);
    switch (node.type) {
      case 'yaml':
      case 'toml':
      case 'html':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'heading': {
        if (!r) return;
        const inner = contentRange(node) ?? r;
        const title = text.slice(inner[0], inner[1]).replace(/\s+/g, ' ').trim();
        const depth = node.depth ?? 1;
        while (headings.length > 0 && (headings[headings.length - 1]?.depth ?? 0) >= depth) headings.pop();
        headings.push({ depth, text: title });
        firstHeading ??= title;
        blocks.push({ type: 'heading', start: inner[0], end: inner[1], depth, sectionPath: sectionPath() });
        return;
      }
      case 'code':
        if (r) blocks.push({ type: 'code', start: r[0], end: r[1], sectionPath: sectionPath() });
        return;
      case 'paragraph':
        if (r) blocks.push({ type: container ?? 'paragraph', start: r[0], end: r[1], sectionPath: sectionPath() });
        return;
      case 'tableCell': {
        const inner = contentRange(node);
        if (inner) blocks.push({ type: 'table-cell', start: inner[0], end: inner[1], sectionPath: sectionPath() });
        return;
      }
      case 'listItem':
        for (const child of node.children ?? []) visit(child, 'list-item');
        return;
      case 'blockquote':
        for (const child of node.children ?? []) visit(child, 'blockquote');
        return;
      default:
        for (const child of node.children ?? []) visit(child, container);
    }
  };
  visit(tree, undefined);
  return { blocks, firstHeading };
}

/** From the first child's start to the last child's end: a heading or cell without its `#`/`|` markers. */
function contentRange(node: MdNode): [number, number] | undefined {
  const kids = node.children ?? [];
  const s = kids[0]?.position?.start.offset;
  const e = kids[kids.length - 1]?.position?.end.offset;
  return s === undefined || e === undefined || e <= s ? undefined : [s, e];
}
