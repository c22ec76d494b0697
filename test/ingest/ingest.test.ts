import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFile, ingestText } from '../../src/ingest/index.js';
import { ClaimcheckError } from '../../src/errors.js';

const fixture = (name: string): string => join(import.meta.dirname, '..', 'fixtures', 'articles', name);
const textOf = (doc: { text: string }, b: { start: number; end: number }): string => doc.text.slice(b.start, b.end);

describe('ingest: markdown', () => {
  it('maps headings, paragraphs, nested lists, tables, code and blockquotes to blocks with exact offsets', async () => {
    const doc = await ingestFile(fixture('mixed.md'));
    expect(doc.format).toBe('markdown');
    expect(doc.title).toBe('Service principals in practice');
    const kinds = doc.blocks.map((b) => `${b.type}:${textOf(doc, b).slice(0, 24)}`);
    expect(kinds).toContain('heading:Service principals in pr');
    expect(kinds).toContain('heading:Token lifetimes');
    expect(kinds).toContain('blockquote:Access tokens last betwe');
    expect(kinds).toContain('list-item:Nested item: the `prompt');
    expect(kinds).toContain('table-cell:Sets the validity of iss');
    expect(doc.blocks.find((b) => b.type === 'code')).toBeDefined();
    // front matter is not prose
    expect(doc.blocks.some((b) => textOf(doc, b).includes('ms.date'))).toBe(false);
    const h2 = doc.blocks.find((b) => textOf(doc, b) === 'Token lifetimes');
    expect(h2?.depth).toBe(2);
    const quote = doc.blocks.find((b) => b.type === 'blockquote');
    expect(quote?.sectionPath).toEqual(['Service principals in practice', 'Token lifetimes']);
  });

  it('keeps astral characters (emoji) inside exact UTF-16 offsets', async () => {
    const doc = await ingestFile(fixture('mixed.md'));
    const para = doc.blocks.find((b) => textOf(doc, b).includes('🚀'));
    expect(para).toBeDefined();
    expect(textOf(doc, para!).endsWith('across tenants.')).toBe(true);
  });

  it('strips a BOM and handles CRLF line ends', async () => {
    const doc = await ingestFile(fixture('bom-crlf.md'));
    expect(doc.text.charCodeAt(0)).not.toBe(0xfeff);
    const para = doc.blocks.find((b) => b.type === 'paragraph');
    expect(para && textOf(doc, para)).toBe('The issuer is fixed. It never changes.');
  });
});

describe('ingest: plain text', () => {
  it('finds bare heading lines, bullet items and paragraphs', async () => {
    const doc = await ingestFile(fixture('plain.txt'));
    expect(doc.format).toBe('text');
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => textOf(doc, b));
    expect(headings).toEqual(['Identity Basics', 'Understanding Tenants']);
    const items = doc.blocks.filter((b) => b.type === 'list-item').map((b) => textOf(doc, b));
    expect(items).toEqual(['Users: people or workloads that sign in.', 'Groups: collections of users — and they can be nested.']);
    // a trailing label with a colon is not a heading
    expect(headings).not.toContain('Further Reading:');
  });

  it('reads a .md file without markdown syntax by the plain-text rules', () => {
    const doc = ingestText('Short Heading\n\nBody text follows here.\n\n  • item one\n', 'a.md');
    expect(doc.format).toBe('text');
    expect(doc.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list-item']);
  });

  it('reads a "# Title" line left in plain text as a heading, whatever its final punctuation', () => {
    const doc = ingestText('Category\n\n# Seven Things You Need To Know!\n\nBody text follows here.\n\n  • item one\n  • item two\n', 'a.md');
    expect(doc.format).toBe('text');
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => textOf(doc, b));
    expect(headings).toEqual(['Category', 'Seven Things You Need To Know!']);
  });
});

describe('ingest: bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-ingest-'));
  const cases: Array<[string, () => string, string]> = [
    ['missing file', () => join(dir, 'nope.md'), 'ENOENT'],
    [
      'directory',
      () => {
        const d = join(dir, 'sub');
        mkdirSync(d, { recursive: true });
        return d;
      },
      'EISDIR',
    ],
    [
      'binary',
      () => {
        const f = join(dir, 'bin.md');
        writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
        return f;
      },
      'EBINARY',
    ],
    [
      'empty',
      () => {
        const f = join(dir, 'empty.md');
        writeFileSync(f, ' \n\n');
        return f;
      },
      'EEMPTY',
    ],
  ];
  for (const [name, make, code] of cases) {
    it(`refuses a ${name} with ${code}`, async () => {
      const err = await ingestFile(make()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ClaimcheckError);
      expect((err as ClaimcheckError).code).toBe(code);
    });
  }
});

describe('ingest: large markdown in chunks', () => {
  it('gives the same blocks whether the file is parsed whole or in chunks', async () => {
    const { markdownBlocks, chunks } = await import('../../src/ingest/markdown-blocks.js');
    const { readFileSync } = await import('node:fs');
    const unit = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'articles', 'mixed.md'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
    const big = Array.from({ length: 12 }, (_, i) => `## Part ${i}\n\n${unit}\n\n\`\`\`\nfenced line\n\nstill fenced ${i}\n\`\`\`\n`).join('\n');
    const cut = chunks(big, 300);
    expect(cut.length).toBeGreaterThan(5);
    for (const [s] of cut.slice(1)) expect(big.slice(s - 2, s)).toMatch(/\n\n$/);
    expect(markdownBlocks(big, 300)).toEqual(markdownBlocks(big, Number.MAX_SAFE_INTEGER));
  });
});

describe('ingest: parser choice per chunk', () => {
  it('finds a table (GFM) and front matter wherever the chunk boundaries fall', async () => {
    const { markdownBlocks } = await import('../../src/ingest/markdown-blocks.js');
    const prose = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says something about tokens.`).join('\n\n');
    const text = `---\ntitle: T\n---\n\n${prose}\n\n| a | b |\n| --- | --- |\n| one | two |\n\n${prose}\n\nA footnote ref[^n].\n\n[^n]: The note.\n`;
    const chunked = markdownBlocks(text, 500);
    expect(chunked).toEqual(markdownBlocks(text, Number.MAX_SAFE_INTEGER));
    const cells = chunked.blocks.filter((b) => b.type === 'table-cell').map((b) => text.slice(b.start, b.end));
    expect(cells).toEqual(['a', 'b', 'one', 'two']);
    expect(chunked.blocks.some((b) => text.slice(b.start, b.end).includes('title: T'))).toBe(false);
  });
});
