import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownBlocks } from '../../src/ingest/markdown-blocks.js';
import { corpusPages, markdownFilesUnder, SHARED_CORPUS } from './markdown-files.js';

/**
 * markdown-blocks reads blocks straight from micromark's events; `viaTree` reads them from remark's mdast tree,
 * as it did before. Both must give the same blocks (types, offsets, heading depths, section paths) on the
 * shapes where the tree adds something of its own: heading and cell text ranges, setext underlines, task-list
 * checks (which move their paragraph's start), containers inside containers, front matter, chunked input.
 */

const WHOLE = Number.MAX_SAFE_INTEGER;
const LINE_FEED = /\n/g;
const FOUR_SPACES = / {4}/g;

function both(text: string, size = WHOLE): { events: unknown; tree: unknown } {
  return { events: markdownBlocks(text, size), tree: markdownBlocks(text, size, true) };
}

const EDGE_CASES = [
  '---\ntitle: Front matter\n---\n\n# Title #\n\nText.\n',
  '+++\ntitle = "TOML"\n+++\n\nSetext one\n===\n\nSetext two  \nwith a break\n---\n',
  '#\n\n##   \n\n### Closed ###   \n\n####### not a heading\n',
  '- [x] Done it\n- [ ] Open one\n- [x]  two spaces\n- [X]\tTabbed\n\n  Second paragraph of the item.\n',
  '| a | b |\n|---|--:|\n| x y |  |\n|`c`| [l](u) |\n\n- [x] task\n\n[^1]: A note\n    with a second line.\n',
  '> - [x] quoted task\n>   > nested quote\n\n1. one\n   - inner\n\n     > deep\n2) two\n',
  '    indented code\n\n```js\nfenced\n```\n\n~~~\ntilde\n~~~\n\n<!-- html -->\n\n[ref]: https://example.com\n\n***\n',
  'Para with trailing spaces   \nand a hard break  \nend.\n\nLazy\ncontinuation\n> quote\nlazy line\n',
  '- a\n\n      code in list\n\n- b\n  ===\n\n* c\n  ---\n',
  '| only | header |\n| --- | --- |\n\nText | with pipe\n-|-\ncell|\n',
];

describe('markdown blocks from micromark events', () => {
  it('match the blocks read from the mdast tree on edge cases, whole and in small chunks, with LF or CRLF', () => {
    // each case also with CRLF line endings and with tabs for indentation
    for (const text of EDGE_CASES.flatMap((t) => [t, t.replace(LINE_FEED, '\r\n'), t.replace(FOUR_SPACES, '\t')])) {
      const whole = both(text);
      expect(whole.events, text).toEqual(whole.tree);
      const small = both(text, 8);
      expect(small.events, text).toEqual(small.tree);
    }
    // with a table in the chunk (GFM syntax), a task item's paragraph starts after its check and one space
    const tasks = `| t |\n|---|\n\n${EDGE_CASES[3]}`;
    const items = markdownBlocks(tasks)
      .blocks.filter((b) => b.type === 'list-item')
      .map((b) => tasks.slice(b.start, b.end));
    expect(items.slice(0, 2)).toEqual(['Done it', 'Open one']);
  });

  it('match the blocks read from the mdast tree on generated markdown', () => {
    const line = fc.oneof(
      fc.constantFrom('# H', '## Sub heading ##', 'Setext', '===', '---', '- item', '- [x] done', '- [ ] open', '1. first', '> quote', '    code', '```', '~~~', ''),
      fc.constantFrom('| a | b |', '|---|---|', '| x |  |', '[^n]: note', '[r]: https://e.x', '<!-- c -->', 'text  ', 'plain words here', '  - nested', '   > deep'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.integer({ min: 1, max: 200 }), (lines, size) => {
        const text = lines.join('\n');
        const whole = both(text);
        expect(whole.events).toEqual(whole.tree);
        const chunked = both(text, size);
        expect(chunked.events).toEqual(chunked.tree);
      }),
      { numRuns: 400 },
    );
  });

  const fixtures = join(import.meta.dirname, '..', 'fixtures');
  it('match the blocks read from the mdast tree on every markdown fixture', () => {
    const files = markdownFilesUnder(fixtures);
    expect(files.length).toBeGreaterThan(5);
    const differ = files.filter((f) => {
      const { events, tree } = both(readFileSync(f, 'utf8'));
      return JSON.stringify(events) !== JSON.stringify(tree);
    });
    expect(differ).toEqual([]);
  });

  const present = existsSync(join(SHARED_CORPUS, 'entra-docs'));
  if (!present) console.warn(`skipping markdown-events corpus check: ${SHARED_CORPUS}/entra-docs is absent`);
  it.skipIf(!present)(
    'match the blocks read from the mdast tree on every page of ../shared/corpus, whole and in 4 KiB chunks',
    () => {
      const files = corpusPages();
      expect(files.length).toBeGreaterThan(50);
      const differ = files.filter((f) => {
        const text = readFileSync(f, 'utf8');
        const whole = both(text);
        const chunked = both(text, 4096);
        return JSON.stringify(whole.events) !== JSON.stringify(whole.tree) || JSON.stringify(chunked.events) !== JSON.stringify(chunked.tree);
      });
      expect(differ).toEqual([]);
    },
    120_000,
  );
});
