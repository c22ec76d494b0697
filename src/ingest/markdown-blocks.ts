import { unified, type Data, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parse, postprocess, preprocess } from 'micromark';
import type { Block, BlockType } from '../schema/index.js';
import { type PlainBlock, plainBlocks } from './plain-blocks.js';

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * Chunk size: micromark's tokens and events for a chunk are garbage once its blocks are read, and a smaller
 * chunk's die before the collector promotes them. With remark's trees, 64 KiB (5 MB of docs pages: 256 KiB
 * chunks peaked at 243 MB RSS, 64 KiB at 204 MB); reading events, 8 KiB: on 1 MB of docs pages, 64 KiB chunks
 * promoted 50 MB during parsing and spent ~450 ms in young-generation collections, 8 KiB ones none and ~105 ms.
 * Same blocks at any size (test/ingest/chunk-equality.test.ts).
 */
const CHUNK_CHARS = 8 * 1024;

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

type Parser = (typeof PARSERS)[keyof typeof PARSERS];
type Events = ReturnType<typeof postprocess>;
type SyntaxExtensions = NonNullable<Data['micromarkExtensions']>;

/** Each parser's micromark syntax extensions, as its plugins set them up (read once, when first needed). */
const SYNTAX = new Map<Parser, SyntaxExtensions>();

/**
 * micromark's events for a chunk: the calls remark-parse makes (mdast-util-from-markdown's fromMarkdown, with
 * the parser's own syntax extensions) without turning the events into an mdast tree. Building that tree (a node
 * and two position objects per token, each text run's value serialised) was about 40% of parsing (1 MB of docs
 * pages: 0.65 s → 0.39 s CPU), and we read only where blocks start and end. Hand-written on micromark rather
 * than through a remark plugin: an mdast extension can add handlers but not stop the tree being built.
 */
function eventsOf(parser: Parser, chunk: string): Events {
  let extensions = SYNTAX.get(parser);
  if (!extensions) {
    extensions = parser.freeze().data('micromarkExtensions') ?? [];
    SYNTAX.set(parser, extensions);
  }
  const context = parse({ extensions });
  withoutParagraphText(context, chunk);
  return postprocess(context.document().write(preprocess()(chunk, undefined, true)));
}

/** "[", which opens a GFM task-list check ("[x] "). */
const LEFT_BRACKET = 0x5b;

/**
 * Leaves the text inside paragraphs untokenised: once a flow tokenizer has read all its input (its paragraphs
 * final, setext headings told apart), its paragraphs' text chunks lose their content type, so postprocess does
 * not run the text tokenizer over them, character by character, to make data tokens no block reads (a
 * paragraph's range is its own token's). Headings and table cells keep their text, whose tokens give their
 * ranges, and so does a paragraph that opens with "[": GFM reads a task-list check there, which moves the
 * paragraph's start. About a fifth of parsing on docs pages.
 */
function withoutParagraphText(context: ReturnType<typeof parse>, chunk: string): void {
  const flow = context.flow;
  context.flow = (from) => {
    const tokenizer = flow(from);
    const write = tokenizer.write;
    tokenizer.write = (slice) => {
      const events = write(slice);
      if (slice[slice.length - 1] === null) {
        let strip = false;
        for (const [kind, token] of tokenizer.events) {
          if (token.type === 'paragraph') strip = kind === 'enter' && chunk.charCodeAt(token.start.offset) !== LEFT_BRACKET;
          else if (strip && token.type === 'chunkText') token.contentType = undefined;
        }
      }
      return events;
    };
    return tokenizer;
  };
}

const SPACE_RUNS = /\s+/g;

/**
 * Markdown → blocks, from micromark's token positions (offsets into the same string, never re-found with indexOf).
 * A paragraph inside a list item, blockquote or table cell takes that container's block type. `viaTree` reads
 * them from remark's mdast tree instead, as this module did before (the tests compare the two).
 */
export function markdownBlocks(text: string, chunkSize = CHUNK_CHARS, viaTree = false): { blocks: Block[]; firstHeading: string | undefined } {
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

  const addHeading = (start: number, end: number, depth: number): void => {
    const title = text.slice(start, end).replace(SPACE_RUNS, ' ').trim();
    while (headings.length > 0 && (headings[headings.length - 1]?.depth ?? 0) >= depth) headings.pop();
    headings.push({ depth, text: title });
    firstHeading ??= title;
    blocks.push({ type: 'heading', start, end, depth, sectionPath: sectionPath() });
  };

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
        addHeading(inner[0], inner[1], node.depth ?? 1);
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
  /**
   * The blocks `visit` reads from remark's tree, read from micromark's events instead: a paragraph takes the type
   * of the innermost list or block quote around it; a heading's or table cell's range is that of its text (its
   * tree children, as contentRange reads them: the first text token's start to the last one's end), a heading's
   * depth the length of its opening `#` run or its underline's character. A GFM task-list check ("- [x] Done")
   * moves its paragraph's start past the check and one space, as mdast-util-gfm-task-list-item does (unless
   * that space is all the text). test/ingest/markdown-events.test.ts checks that both give the same blocks.
   */
  const walk = (events: Events): void => {
    const containers: BlockType[] = [];
    /** The heading or table cell whose text is being read, with its text's first and last offsets. */
    let inner: { start: number; end: number; depth: number; textStart: number; textEnd: number } | undefined;
    let inText = false;
    let paragraph: Block | undefined;
    /** After a task-list check: where the text that follows it starts, and its length up to a break. */
    let check: { start: number; length: number; open: boolean } | undefined;
    for (const [kind, token] of events) {
      const s = base + token.start.offset;
      const e = base + token.end.offset;
      // GFM's token types are declared by its micromark packages' typings, which this module does not import
      const type: string = token.type;
      if (kind === 'enter') {
        switch (type) {
          case 'listOrdered':
          case 'listUnordered':
            containers.push('list-item');
            break;
          case 'blockQuote':
            containers.push('blockquote');
            break;
          case 'paragraph':
            paragraph = { type: containers[containers.length - 1] ?? 'paragraph', start: s, end: e, sectionPath: sectionPath() };
            blocks.push(paragraph);
            break;
          case 'codeFenced':
          case 'codeIndented':
            blocks.push({ type: 'code', start: s, end: e, sectionPath: sectionPath() });
            break;
          case 'atxHeading':
          case 'setextHeading':
          case 'tableHeader':
          case 'tableData':
            inner = { start: s, end: e, depth: 0, textStart: -1, textEnd: -1 };
            break;
          case 'atxHeadingText':
          case 'setextHeadingText':
          case 'tableContent':
            inText = true;
            break;
          case 'data':
          case 'lineEnding':
            if (check?.open) {
              if (check.start < 0) check.start = s;
              check.length += e - s;
            }
            if (inText && inner) {
              if (inner.textStart < 0) inner.textStart = s;
              inner.textEnd = e;
            }
            break;
          case 'hardBreakTrailing':
            if (check) check.open = false;
            if (inText && inner) inner.textEnd = e;
            break;
        }
        continue;
      }
      switch (type) {
        case 'listOrdered':
        case 'listUnordered':
        case 'blockQuote':
          containers.pop();
          break;
        case 'atxHeadingText':
        case 'setextHeadingText':
        case 'tableContent':
          inText = false;
          break;
        case 'atxHeadingSequence':
          if (inner && inner.depth === 0) inner.depth = e - s;
          break;
        case 'setextHeadingLineSequence':
          if (inner) inner.depth = text.charCodeAt(s) === EQUALS_SIGN ? 1 : 2;
          break;
        case 'atxHeading':
        case 'setextHeading':
          if (inner) {
            const found = inner.textStart >= 0 && inner.textEnd > inner.textStart;
            addHeading(found ? inner.textStart : inner.start, found ? inner.textEnd : inner.end, inner.depth);
          }
          inner = undefined;
          break;
        case 'tableHeader':
        case 'tableData':
          if (inner && inner.textStart >= 0 && inner.textEnd > inner.textStart) blocks.push({ type: 'table-cell', start: inner.textStart, end: inner.textEnd, sectionPath: sectionPath() });
          inner = undefined;
          break;
        case 'taskListCheck':
          check = { start: -1, length: 0, open: true };
          break;
        case 'paragraph':
          if (check && paragraph && check.start >= 0 && check.length > 1) paragraph.start = check.start + 1;
          check = undefined;
          paragraph = undefined;
          break;
      }
    }
  };

  /** The blocks of text[s, e), a stretch that chunks() may cut out: read plainly when it is plain, else parsed. */
  const read = (s: number, e: number, plainRead?: PlainBlock[]): void => {
    base = s;
    const chunk = text.slice(s, e);
    // a stretch of plain lines only: its blocks are certain without a parser (plain-blocks.ts)
    const plain = viaTree ? undefined : (plainRead ?? plainBlocks(chunk));
    if (plain) {
      for (const b of plain) {
        if (b.type === 'heading') addHeading(base + b.start, base + b.end, b.depth ?? 1);
        else blocks.push({ type: b.type, start: base + b.start, end: base + b.end, sectionPath: sectionPath() });
      }
      return;
    }
    const parser = parserFor(chunk, s === 0);
    if (viaTree) visit(parser.parse(chunk) as MdNode, undefined);
    else walk(eventsOf(parser, chunk));
  };
  const coarse = chunks(text, chunkSize);
  if (viaTree || coarse.length === 1) {
    for (const [s, e] of coarse) read(s, e);
    return { blocks, firstHeading };
  }
  // A large text: a chunk that is not plain as a whole is cut again at every place a cut can go inside it, so that
  // its plain stretches (the prose between lists, code and quotes) are read without the parser, and the stretches
  // between them are parsed together. Only where the chunk would be parsed by the plain parser: the first chunk
  // (front matter) and a chunk with GFM blocks are parsed whole as before, so that no line is read by another
  // parser than before (GFM reads a task-list check, the plain parser does not). Cutting at more of the places a
  // cut can go gives the same blocks (test/ingest/chunk-equality.test.ts).
  const fine = chunks(text, 1);
  let k = 0;
  let group: [number, number] | undefined;
  const flush = (): void => {
    if (group) read(group[0], group[1]);
    group = undefined;
  };
  for (const [s, e] of coarse) {
    const chunk = text.slice(s, e);
    const plainWhole = plainBlocks(chunk);
    if (plainWhole || s === 0 || parserFor(chunk, false) !== PARSERS.plain) {
      read(s, e, plainWhole);
      continue;
    }
    while (k < fine.length && (fine[k]?.[0] ?? e) < s) k++;
    for (; k < fine.length && (fine[k]?.[1] ?? e + 1) <= e; k++) {
      const [ps, pe] = fine[k] ?? [s, e];
      const plain = plainBlocks(text.slice(ps, pe));
      if (plain) {
        flush();
        read(ps, pe, plain);
      } else group = group ? [group[0], pe] : [ps, pe];
    }
    flush();
  }
  return { blocks, firstHeading };
}

/** "=", which underlines a level-one setext heading. */
const EQUALS_SIGN = 0x3d;

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
