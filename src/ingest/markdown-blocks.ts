import { unified, type Data, type Processor } from 'unified';
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

/**
 * Chunk size: remark's tree of a chunk is garbage once its blocks are read, and a smaller tree dies before the
 * collector promotes it (5 MB of docs pages: 256 KiB chunks peak at 243 MB RSS, 64 KiB at 204 MB, same blocks).
 */
const CHUNK_CHARS = 64 * 1024;

/**
 * Inline syntax micromark need not look for: we read only where blocks start and end, and CommonMark decides
 * block structure before inline structure (a code span or link never moves a paragraph's bounds). Left on:
 * the GFM task-list check `[x]`, which moves the start of its item's paragraph. Off, parsing costs ~40% less
 * (1 MB of docs pages: 3.3 s → 2.0 s CPU) and the blocks of every page in ../shared/corpus are the same.
 */
const INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
  'emailAutolink',
  'protocolAutolink',
  'wwwAutolink',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
  'strikethrough',
];

/**
 * A unified plugin: micromark's own `disable` extension over the inline constructs above, and no tree
 * transforms (GFM's only one finds bare URLs in text and splits text nodes into links that have no positions).
 */
function blocksOnly(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: INLINE_CONSTRUCTS } }];
  if (data.fromMarkdownExtensions) data.fromMarkdownExtensions = data.fromMarkdownExtensions.map(withoutTransforms);
}

type MdastExtensions = NonNullable<Data['fromMarkdownExtensions']>[number];
function withoutTransforms(ext: MdastExtensions): MdastExtensions {
  if (Array.isArray(ext)) return ext.map(withoutTransforms) as MdastExtensions;
  const { transforms: _dropped, ...rest } = ext as { transforms?: unknown };
  return rest as MdastExtensions;
}

/**
 * Four parsers, so that each chunk pays only for the syntax it can contain: front matter can only open the
 * file, and of GFM only tables and footnote definitions change block structure (autolinks and strikethrough
 * stay inside a paragraph). Each plugin costs ~15–30% of parse time on plain prose.
 */
const PARSERS = {
  plain: unified().use(remarkParse).use(blocksOnly),
  gfm: unified().use(remarkParse).use(remarkGfm).use(blocksOnly),
  frontMatter: unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(blocksOnly),
  both: unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(blocksOnly),
};

/** A table's delimiter row (only `|`, `:`, `-` and spaces, with a `|` and a `-`), or a footnote definition. */
const GFM_BLOCKS = /^(?=[^\n]*\|)(?=[^\n]*-)[ \t|:-]+$|^ {0,3}\[\^[^\]\s]+\]:/m;
/** A YAML ("---") or TOML ("+++") front-matter fence. */
const FRONT_MATTER_OPENER = /^(?:---|\+\+\+)[ \t]*\r?\n/;

function parserFor(chunk: string, first: boolean) {
  const fm = first && FRONT_MATTER_OPENER.test(chunk);
  const gfm = GFM_BLOCKS.test(chunk);
  return fm && gfm ? PARSERS.both : fm ? PARSERS.frontMatter : gfm ? PARSERS.gfm : PARSERS.plain;
}

const SPACE_RUNS = /\s+/g;

/**
 * Markdown → blocks, from remark's node positions (offsets into the same string, never re-found with indexOf).
 * A paragraph inside a list item, blockquote or table cell takes that container's block type.
 */
export function markdownBlocks(text: string, chunkSize = CHUNK_CHARS): { blocks: Block[]; firstHeading: string | undefined } {
  const blocks: Block[] = [];
  const headings: Array<{ depth: number; text: string }> = [];
  let firstHeading: string | undefined;

  let base = 0; // offset of the chunk being visited
  const range = (node: MdNode): [number, number] | undefined => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    return s === undefined || e === undefined ? undefined : [base + s, base + e];
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
        const inner = contentRange(node, base) ?? r;
        const title = text.slice(inner[0], inner[1]).replace(SPACE_RUNS, ' ').trim();
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
        const inner = contentRange(node, base);
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
  for (const [s, e] of chunks(text, chunkSize)) {
    base = s;
    const chunk = text.slice(s, e);
    visit(parserFor(chunk, s === 0).parse(chunk) as MdNode, undefined);
  }
  return { blocks, firstHeading };
}

/** One line of the text, with its newline when it has one. */
const LINE = /[^\n]*\n|[^\n]+$/g;
/** A fence opener: up to three spaces, then three or more backticks (info string without backticks) or tildes. */
const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
/** A fence closer: a bare run of backticks or tildes, nothing after it but spaces (CommonMark 4.5). */
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?\n?$/;
/** A line that can start a new top-level block: not indented, not a quote, table row, bullet or list number. */
const BLOCK_START = /^[^\s>|\-*+\d]/;
const ORDERED_ITEM = /^\d+[.)]\s/;
/** A table's header row as a cut may precede it: not indented, not a quote or bullet (see BLOCK_START). */
const TABLE_HEAD_START = /^[^\s>\-*+]/;
/** A table's delimiter row: only `|`, `:`, `-` and blanks, with a `|` and a `-` (GFM_BLOCKS). */
const DELIMITER_ROW = /^(?=.*\|)(?=.*-)[ \t|:-]+\r?$/;
/**
 * The opener of an HTML block that blank lines do not end (CommonMark 4.6, kinds 1–5): a raw-text element, a
 * comment, a processing instruction, a declaration, CDATA. Each runs to the line holding its closer.
 */
const HTML_BLOCK_OPEN = /^ {0,3}(?:(<(?:script|pre|style|textarea)(?=[\s>]|$))|(<!--)|(<\?)|(<![A-Za-z])|(<!\[CDATA\[))/i;
/** What closes each kind of HTML_BLOCK_OPEN, in the order of its groups. */
const HTML_BLOCK_CLOSERS = [/<\/(?:script|pre|style|textarea)>/i, /-->/, /\?>/, />/, /\]\]>/];

/**
 * Large files are parsed in chunks cut where a new top-level block starts after a blank line (outside
 * fences, not a list item, quote or table row), so block structure is the same as for the whole file
 * while remark's tree for a multi-megabyte article never has to exist at once. Small files are one chunk.
 * In a large file a table also starts a chunk of its own, which ends at the next place a cut can go: only
 * such chunks need the GFM parser (parserFor), whose table construct otherwise tries the first line of every
 * paragraph of a chunk that holds a table anywhere (GFM parsing costs about 1.6× plain parsing; on 1 MB of
 * docs pages 94% of the text went through it in 64 KiB chunks).
 * A fence opened with ```` ```https ```` stays open until a bare ```` ``` ```` (or longer) closes it: a
 * second tagged opener inside it is code, as CommonMark reads it. Nor is a cut made inside an HTML comment (or
 * another HTML block that blank lines do not end, HTML_BLOCK_OPEN): a page's commented-out section
 * (`<!--- … -->` over headings and paragraphs) is one HTML block for CommonMark, and a cut inside it made its
 * second half prose. An opener read at the top level that in fact opens inside a container only cuts less.
 */
export function chunks(text: string, size = CHUNK_CHARS): Array<[number, number]> {
  if (text.length <= size) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  let start = 0;
  let fence: string | undefined;
  let html: RegExp | undefined; // the closer of the open HTML block
  let prevBlank = false;
  let inTable = false; // the chunk being read opens with a table
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const line = m[0];
    const at = m.index;
    if (fence === undefined && html === undefined && prevBlank && !ORDERED_ITEM.test(line)) {
      const table = TABLE_HEAD_START.test(line) && DELIMITER_ROW.test(lineAfter(text, at + line.length));
      if (table || BLOCK_START.test(line)) {
        // a table is a chunk of its own (with what follows it up to the next place a cut can go)
        if (at > start && (at - start >= size || table || inTable)) {
          out.push([start, at]);
          start = at;
        }
        if (at === start) inTable = table;
      }
    }
    if (html !== undefined) {
      if (html.test(line)) html = undefined;
    } else if (fence === undefined) {
      fence = FENCE_OPEN.exec(line)?.[1];
      if (fence === undefined) html = openHtmlBlock(line);
    } else if (closesFence(line, fence)) fence = undefined;
    prevBlank = line.trim() === '';
  }
  out.push([start, text.length]);
  return out;
}

/** The closer of the HTML block `line` opens and does not close itself, or undefined. */
function openHtmlBlock(line: string): RegExp | undefined {
  const m = HTML_BLOCK_OPEN.exec(line);
  if (!m) return undefined;
  const closer = HTML_BLOCK_CLOSERS[m.slice(1).findIndex((g) => g !== undefined)];
  // the closer must come after the opener ("<!-->" is left open: cutting less is always safe)
  return closer && !closer.test(line.slice(m[0].length)) ? closer : undefined;
}

/** The line that starts at `at` (without its newline). */
function lineAfter(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}

/** True when `line` closes a fence opened with `opener`: the same character, at least as many of them. */
function closesFence(line: string, opener: string): boolean {
  const run = FENCE_CLOSE.exec(line)?.[1];
  return run !== undefined && run[0] === opener[0] && run.length >= opener.length;
}

/** From the first child's start to the last child's end: a heading or cell without its `#`/`|` markers. */
function contentRange(node: MdNode, base: number): [number, number] | undefined {
  const kids = node.children ?? [];
  const s = kids[0]?.position?.start.offset;
  const e = kids[kids.length - 1]?.position?.end.offset;
  return s === undefined || e === undefined || e <= s ? undefined : [base + s, base + e];
}
