import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownBlocks } from '../../src/ingest/markdown-blocks.js';
import { plainBlocks } from '../../src/ingest/plain-blocks.js';

/** Lines plainBlocks reads (text, headings, bullets, blanks), some with blanks at their end. */
const PLAIN_LINES = ['Plain text line here.', 'another line', 'Text  ', 'Text\t', '', '', '## Heading two', '# Top', '##   Spaced  ', '- item one', '* star item', '+ plus item', 'lazy line'];
/** Lines it leaves to the parser (all but the one whose markup is inline), and the hard cases for cutting a text into chunks. */
const OTHER_LINES = [
  '-  two spaces',
  '1. numbered',
  '  indented cont',
  '    code block',
  '```',
  '```js',
  '~~~',
  '> quote',
  '---',
  '===',
  '<div>',
  '<!-- c',
  '-->',
  '[ref]: http://x',
  '#NoSpace',
  '### Deep ## x',
  '- ',
  '\tTabbed',
  '***',
  '* * *',
  'Word with `code` and [link](x).',
  '[link](x) first',
];

const text = (lines: string[], maxLength: number) => fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength }).map((ls) => ls.join('\n'));

describe('plain markdown blocks', () => {
  it('are the blocks micromark reads in a text of plain lines', () => {
    fc.assert(
      fc.property(text(PLAIN_LINES, 25), fc.boolean(), (body, newline) => {
        const t = newline ? `${body}\n` : body;
        const plain = plainBlocks(t);
        expect(plain).toBeDefined();
        // the whole text as one chunk, through remark's tree (no plain reading on that path)
        expect(markdownBlocks(t).blocks).toEqual(markdownBlocks(t, t.length + 1, true).blocks);
      }),
      { numRuns: 1500 },
    );
  });

  it('are not read where a line is not plain', () => {
    for (const line of OTHER_LINES.filter((l) => !l.startsWith('Word'))) expect(plainBlocks(`Some text.\n\n${line}\n`), line).toBeUndefined();
    expect(plainBlocks('Text\r\nmore')).toBeUndefined();
  });

  it('leave a large text with the blocks of parsing it in chunks as before', () => {
    // mostly plain, with the other lines among them: chunks that are plain whole, and chunks cut again inside
    const line = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PLAIN_LINES) }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_LINES) });
    fc.assert(
      fc.property(fc.array(line, { minLength: 50, maxLength: 400 }), fc.constantFrom(200, 1000, 8192), (lines, size) => {
        const t = lines.join('\n');
        expect(markdownBlocks(t, size)).toEqual(markdownBlocks(t, size, true));
      }),
      { numRuns: 150 },
    );
  });
});
