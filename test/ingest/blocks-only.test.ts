import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { markdownBlocks } from '../../src/ingest/markdown-blocks.js';
import { corpusPages, SHARED_CORPUS } from './markdown-files.js';

/**
 * markdown-blocks parses with micromark's inline constructs turned off (blocks only). This suite holds it to
 * what a full remark parse (inline syntax and GFM transforms on) says about the same text: the same blocks at
 * the same offsets, on inline-heavy markdown and on every page of ../shared/corpus when it is present.
 */

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** [type, start, end] of the prose blocks a full parse gives, read the way markdown-blocks reads them. */
function reference(text: string): Array<[string, number, number]> {
  const out: Array<[string, number, number]> = [];
  const inner = (n: Node): [number, number] | undefined => {
    const kids = n.children ?? [];
    const s = kids[0]?.position?.start.offset;
    const e = kids[kids.length - 1]?.position?.end.offset;
    return s === undefined || e === undefined || e <= s ? undefined : [s, e];
  };
  const visit = (n: Node, container: string | undefined): void => {
    const s = n.position?.start.offset ?? 0;
    const e = n.position?.end.offset ?? 0;
    if (n.type === 'heading' || n.type === 'tableCell') {
      const r = inner(n);
      if (r) out.push([n.type === 'heading' ? 'heading' : 'table-cell', ...r]);
      else if (n.type === 'heading') out.push(['heading', s, e]);
      return;
    }
    if (n.type === 'code') return void out.push(['code', s, e]);
    if (n.type === 'paragraph') return void out.push([container ?? 'paragraph', s, e]);
    if (['yaml', 'toml', 'html', 'definition', 'thematicBreak'].includes(n.type)) return;
    const next = n.type === 'listItem' ? 'list-item' : n.type === 'blockquote' ? 'blockquote' : container;
    for (const c of n.children ?? []) visit(c, next);
  };
  visit(full.parse(text) as Node, undefined);
  return out;
}

function blocksOf(text: string): Array<[string, number, number]> {
  return markdownBlocks(text, Number.MAX_SAFE_INTEGER).blocks.map((b) => [b.type, b.start, b.end]);
}

const INLINE_HEAVY = [
  '# Tokens with `code`, *emphasis* and [a link](https://learn.microsoft.com)',
  '',
  '| Name | Where |',
  '|------|-------|',
  '| [Entra](https://aka.ms/entra) | https://example.com/a |',
  '| `a\\|b` | **bold** <img src="x.png"> |',
  '| ![logo] | www.example.com |',
  '',
  '- [x] Done with <b>inline html</b> and a footnote[^1]',
  '- [ ] Open, ~~struck~~, and an e-mail admin@contoso.com',
  '',
  'A paragraph ending in a hard break  ',
  'and a character reference &amp; an escape \\*not emphasis\\*.',
  '',
  '[^1]: The note.',
  '[logo]: https://example.com/logo.png',
  '',
  '## Heading that ends in [a link](https://x.example)',
  '',
  '> Quote with <https://autolink.example> inside.',
  '',
].join('\n');

describe('markdown blocks without inline parsing', () => {
  it('gives the blocks a full parse gives, on inline-heavy markdown', () => {
    const blocks = blocksOf(INLINE_HEAVY);
    expect(blocks).toEqual(reference(INLINE_HEAVY));
    const texts = blocks.map(([type, s, e]) => `${type}:${INLINE_HEAVY.slice(s, e)}`);
    // a cell that is only a link, a task item's paragraph after its checkbox, a heading ending in a link
    expect(texts).toContain('table-cell:[Entra](https://aka.ms/entra)');
    expect(texts).toContain('list-item:Done with <b>inline html</b> and a footnote[^1]');
    expect(texts).toContain('heading:Heading that ends in [a link](https://x.example)');
  });

  const present = existsSync(join(SHARED_CORPUS, 'entra-docs'));
  if (!present) console.warn(`skipping blocks-only corpus check: ${SHARED_CORPUS}/entra-docs is absent`);
  it.skipIf(!present)(
    'gives the blocks a full parse gives, on every page of ../shared/corpus',
    () => {
      const files = corpusPages();
      expect(files.length).toBeGreaterThan(50);
      const differ = files.filter((f) => {
        const text = readFileSync(f, 'utf8');
        return JSON.stringify(blocksOf(text)) !== JSON.stringify(reference(text));
      });
      expect(differ).toEqual([]);
    },
    120_000,
  );
});
