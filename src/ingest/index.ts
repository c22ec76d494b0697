import type { Document } from '../schema/index.js';
import { readArticle, stripBom } from './read-file.js';
import { readFrontMatter } from './front-matter.js';
import { detectFormat } from './detect-format.js';
import { markdownBlocks } from './markdown-blocks.js';
import { assertNestingWithinLimit } from './nesting-depth.js';
import { textBlocks } from './text-blocks.js';

export { LineIndex } from './positions.js';
export { readArticle, DEFAULT_MAX_ARTICLE_BYTES } from './read-file.js';
export { suppressedRanges, isSuppressedAt, type SuppressedRange } from './suppressions.js';

export interface IngestOptions {
  /** Force a format instead of detecting it from the body. */
  format?: 'markdown' | 'text';
  /** Refuse articles larger than this many bytes (default DEFAULT_MAX_ARTICLE_BYTES). */
  maxBytes?: number;
}

export interface IngestedDocument extends Document {
  /** From front matter `title`, else the first heading, else the first line. */
  title: string;
  /** Offsets of the front matter block (not prose), when the file has one. */
  frontMatter?: { start: number; end: number; data: Record<string, unknown> };
}

/** Stage 1 of the pipeline: a file on disk → Document. */
export async function ingestFile(path: string, options: IngestOptions = {}): Promise<IngestedDocument> {
  return ingestText(await readArticle(path, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}), path, options);
}

const LINE_BREAK = /\r?\n/;

/** The same from text already in memory (tests, benchmarks). A leading BOM is removed. */
export function ingestText(raw: string, path: string, options: IngestOptions = {}): IngestedDocument {
  const text = stripBom(raw);
  // first, in one linear pass: the markdown parser recurses per nesting level, and format detection and
  // extraction slow down on deep bracket runs
  assertNestingWithinLimit(text, path);
  const fm = readFrontMatter(text);
  const bodyStart = fm?.end ?? 0;
  const format = options.format ?? detectFormat(text.slice(bodyStart), path);
  const fmTitle = typeof fm?.data['title'] === 'string' ? (fm.data['title'] as string) : undefined;
  const { blocks, firstHeading } = format === 'markdown' ? markdownBlocks(text) : textBlocks(text, bodyStart, fmTitle);
  // the body's first line: the text up to its first line break (splitting the whole body made a string per line)
  const body = text.slice(bodyStart).trim();
  const firstBreak = body.search(LINE_BREAK);
  const firstLine = firstBreak < 0 ? body : body.slice(0, firstBreak);
  const doc: IngestedDocument = { path, format, text, blocks, title: fmTitle ?? firstHeading ?? firstLine.slice(0, 120) };
  if (fm) doc.frontMatter = fm;
  return doc;
}
