import type { Root as HastRoot } from 'hast';
import type { BlockContent, ListItem, Root as MdastRoot, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Block } from '../schema/index.js';
import { markClaims, type PlacedPiece } from './html-marks.js';

/**
 * What the sanitiser lets through: GitHub's rules (rehype-sanitize's default), without images (the page
 * fetches nothing, so they could only show as broken), plus the <mark> elements claimcheck adds with
 * exactly the attributes it sets. Links keep http(s)/mailto hrefs only.
 */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((t) => t !== 'img' && t !== 'input'), 'mark'],
  attributes: {
    ...defaultSchema.attributes,
    // ariaDescribedBy is clobbered like ids (prefixed `user-content-`), so the page names its status elements so.
    mark: ['className', 'dataId', 'dataStatus', 'tabIndex', 'role', 'ariaControls', 'ariaExpanded', 'ariaDescribedBy'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
};

const toHast = unified().use(remarkRehype);
const finish = unified().use(rehypeSanitize, SCHEMA).use(rehypeStringify);
const parseMarkdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** Raw HTML in the article is shown as the text it is (never run, never dropped: it may hold a claim). */
function htmlAsText(node: MdastRoot | RootContent): void {
  if (!('children' in node)) return;
  node.children = node.children
    .filter((ch) => ch.type !== 'yaml' && (ch.type as string) !== 'toml')
    .map((ch) => (ch.type === 'html' ? { type: 'text', value: ch.value, ...(ch.position ? { position: ch.position } : {}) } : ch)) as typeof node.children;
  for (const ch of node.children) htmlAsText(ch);
}

const point = (text: string, offset: number): { line: number; column: number; offset: number } => {
  // Only the offset is read (by markClaims); line and column are filled for a well-formed node.
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), offset };
};

/**
 * A plain-text article as Markdown's tree, from the blocks ingest found (headings by its rules, list
 * items, paragraphs): one text node per block, positioned at the block, so claims can be marked in it.
 */
export function textTree(text: string, blocks: readonly Pick<Block, 'type' | 'start' | 'end' | 'depth'>[]): MdastRoot {
  const children: RootContent[] = [];
  for (const b of blocks) {
    const value = text.slice(b.start, b.end);
    const position = { start: point(text, b.start), end: point(text, b.end) };
    const inline = { type: 'text' as const, value, position };
    if (b.type === 'heading') {
      children.push({ type: 'heading', depth: Math.min(6, Math.max(2, (b.depth ?? 1) + 1)) as 2 | 3 | 4 | 5 | 6, children: [inline], position });
    } else if (b.type === 'code') {
      children.push({ type: 'paragraph', children: [{ type: 'inlineCode', value, position }], position });
    } else if (b.type === 'list-item') {
      const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [inline], position }], position };
      const last = children.at(-1);
      if (last?.type === 'list') last.children.push(item);
      else children.push({ type: 'list', ordered: false, spread: false, children: [item] });
    } else {
      const para: BlockContent = { type: 'paragraph', children: [inline], position };
      children.push(b.type === 'blockquote' ? { type: 'blockquote', children: [para], position } : para);
    }
  }
  return { type: 'root', children };
}

/** Markdown source as its tree (front matter dropped, raw HTML as text), with source positions. */
export function markdownTree(text: string): MdastRoot {
  const tree = parseMarkdown.parse(text);
  htmlAsText(tree);
  return tree;
}

/** The article as sanitised HTML with every placed claim piece wrapped in a <mark>. */
export function renderArticle(tree: MdastRoot, text: string, pieces: readonly PlacedPiece[]): string {
  const hast = toHast.runSync(tree) as HastRoot;
  markClaims(hast, text, pieces);
  return finish.stringify(finish.runSync(hast) as HastRoot);
}
