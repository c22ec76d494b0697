import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chunks, markdownBlocks } from '../../src/ingest/markdown-blocks.js';
import { ingestText } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/extract/index.js';
import type { Claim } from '../../src/schema/index.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'articles', 'tagged-fences.md');
const htmlFixture = join(import.meta.dirname, '..', 'fixtures', 'articles', 'html-blocks.md');
const tableFixture = join(import.meta.dirname, '..', 'fixtures', 'articles', 'tables.md');
const corpusDir = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const WHOLE = Number.MAX_SAFE_INTEGER;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** Claims of `text` with its markdown blocks parsed in chunks of `size` characters. */
function claimsAt(text: string, size: number): Claim[] {
  const doc = ingestText(text, 'article.md', { format: 'markdown' });
  return extractClaims({ ...doc, blocks: markdownBlocks(text, size).blocks });
}

describe('markdown chunks: fences with language tags', () => {
  const text = readFileSync(fixture, 'utf8');

  it('cuts only outside fences, whatever the chunk size', () => {
    const whole = markdownBlocks(text, WHOLE);
    const code = whole.blocks.filter((b) => b.type === 'code').map((b) => [b.start, b.end] as const);
    let cuts = 0;
    for (let size = 1; size < text.length; size += 7) {
      for (const [s] of chunks(text, size).slice(1)) {
        cuts++;
        expect(
          code.some(([a, b]) => s > a && s < b),
          `cut at ${s} (size ${size}) falls inside code`,
        ).toBe(false);
      }
      expect(markdownBlocks(text, size)).toEqual(whole);
    }
    expect(cuts).toBeGreaterThan(100);
  });

  it('reads a second tagged opener as code, not as the first fence closing', () => {
    const { blocks } = markdownBlocks(text, 1);
    const prose = blocks.filter((b) => b.type !== 'code').map((b) => text.slice(b.start, b.end));
    expect(prose.some((p) => p.includes('Create a single token'))).toBe(false);
    expect(prose.some((p) => p.includes('Still inside the indented fence'))).toBe(false);
    expect(prose).toContain('In the request body, the serial number must be unique within the tenant.');
  });

  it('gives the same claims chunked as parsed whole', () => {
    const whole = claimsAt(text, WHOLE);
    expect(whole.length).toBeGreaterThan(5);
    for (const size of [1, 50, 200, 400]) expect(claimsAt(text, size)).toEqual(whole);
  });
});

describe('markdown chunks: HTML blocks that blank lines do not end', () => {
  const text = readFileSync(htmlFixture, 'utf8');

  it('cuts only outside comments, raw-text elements, instructions, declarations and CDATA', () => {
    const whole = markdownBlocks(text, WHOLE);
    const prose = whole.blocks.map((b) => text.slice(b.start, b.end));
    expect(prose).toContain('Key set endpoint');
    expect(prose.some((p) => p.includes('Manual rotation') || p.includes('Not a heading') || p.includes('Inside CDATA'))).toBe(false);
    let cuts = 0;
    for (let size = 1; size < text.length; size += 3) {
      cuts += chunks(text, size).length - 1;
      expect(markdownBlocks(text, size), `chunks of ${size}`).toEqual(whole);
    }
    expect(cuts).toBeGreaterThan(100);
  });
});

describe('markdown chunks: tables in chunks of their own', () => {
  const text = readFileSync(tableFixture, 'utf8');

  it('gives the same blocks as parsing whole, whatever the chunk size', () => {
    const whole = markdownBlocks(text, WHOLE);
    expect(whole.blocks.filter((b) => b.type === 'table-cell').length).toBeGreaterThan(20);
    for (let size = 1; size < text.length; size += 3) expect(markdownBlocks(text, size), `chunks of ${size}`).toEqual(whole);
  });

  it('starts a chunk at a table after a blank line, even before the size is reached', () => {
    const size = text.length - 1; // one cut by size at most: the others are the tables'
    const starts = chunks(text, size).map(([s]) => text.slice(s, text.indexOf('\n', s)));
    expect(starts).toContain('| Client | Access token | Refresh token |');
    expect(starts).toContain('Client | Lifetime');
    expect(starts).toContain('| One | Two |');
    // never inside a list item, nor at a pipe line that opens no table, nor at rows under a paragraph line
    expect(starts).not.toContain('  | Setting | Value |');
    expect(starts).not.toContain('| Not a table, only a line that starts with a pipe.');
    expect(starts).not.toContain('| Head | Row |');
  });
});

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) markdownFiles(p, out);
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

const present = existsSync(join(corpusDir, 'entra-docs'));
if (!present) console.warn(`skipping chunk-equality corpus suite: ${corpusDir} is absent (needs entra-docs)`);

describe.skipIf(!present)('markdown chunks over real docs pages (> 1 MB)', () => {
  it('gives the same blocks and claims as parsing the concatenated pages whole', () => {
    const pages = ['entra-docs', 'memdocs', 'azure-docs'].filter((c) => existsSync(join(corpusDir, c))).flatMap((c) => markdownFiles(join(corpusDir, c)));
    const bodies: string[] = [];
    let size = 0;
    for (const f of pages) {
      if (size > 1_100_000) break;
      const body = readFileSync(f, 'utf8').replace(FRONT_MATTER, '');
      bodies.push(body);
      size += body.length + 2;
    }
    const text = bodies.join('\n\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(chunks(text).length).toBeGreaterThan(3);
    const whole = markdownBlocks(text, WHOLE);
    expect(markdownBlocks(text)).toEqual(whole);
    const doc = ingestText(text, 'corpus.md', { format: 'markdown' });
    expect(extractClaims(doc)).toEqual(extractClaims({ ...doc, blocks: whole.blocks }));
  }, 300_000);
});
