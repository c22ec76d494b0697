import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimcheckError } from '../../src/errors.js';
import { extractClaims } from '../../src/extract/index.js';
import { ingestText } from '../../src/ingest/index.js';
import { MAX_NESTING } from '../../src/ingest/nesting-depth.js';
import { parseLedger } from '../../src/ledger/index.js';

/** The bound: each hostile class finishes in under 5 s or is refused. */
const BUDGET_MS = 5000;
const KB = 1024;
const repeatTo = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** ingest + extract, or the ClaimcheckError that refused the input; anything else fails the test. */
function run(text: string): { ms: number; refused?: ClaimcheckError } {
  const t0 = performance.now();
  try {
    extractClaims(ingestText(text, 'hostile.md'));
    return { ms: performance.now() - t0 };
  } catch (err) {
    if (!(err instanceof ClaimcheckError)) throw err;
    return { ms: performance.now() - t0, refused: err };
  }
}

describe('nesting 10,000 deep is refused before the parser recurses', () => {
  const deep: Array<[string, string]> = [
    ['block quotes', `${'>'.repeat(10_000)} text.\n`],
    ['spaced block quotes', `${'> '.repeat(10_000)}text.\n`],
    ['list items on one line', `${'- '.repeat(10_000)}x\n`],
    ['quotes and lists', `${'> 1. '.repeat(10_000)}x\n`],
    ['indented list items', `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n')}\n`],
  ];
  for (const [name, text] of deep) {
    it(`${name}: a clear ELIMIT error with the line, no stack overflow`, () => {
      const r = run(`# Deep\n\nIntro line.\n\n${text}`);
      expect(r.refused?.code).toBe('ELIMIT');
      expect(r.refused?.format()).toMatch(new RegExp(`^hostile\\.md:\\d+:\\d+: markdown nested more than ${MAX_NESTING} levels deep`));
      expect(r.ms).toBeLessThan(BUDGET_MS);
    });
  }

  it(`${MAX_NESTING} levels are still read`, () => {
    const r = run(`${'> '.repeat(MAX_NESTING)}Azure AD tokens last 60 minutes.\n`);
    expect(r.refused).toBeUndefined();
  });

  it('deep indentation inside a fenced code block is not nesting', () => {
    const r = run(`Intro.\n\n\`\`\`json\n${Array.from({ length: 60 }, (_, i) => `${' '.repeat(2 * i)}{"a":`).join('\n')}\n\`\`\`\n`);
    expect(r.refused).toBeUndefined();
  });
});

describe('long runs that made regexes backtrack finish in time', () => {
  const classes: Array<[string, string]> = [
    ['1 MB of one camelCase identifier', `The ${repeatTo('AzureAdTokenCache', 1024 * KB)} works.\n`],
    // sentence-splitter's abbreviation check took ~9 s on this at 1 MB; a piece with a word of 1,024
    // characters or more is no longer handed to it (src/extract/segment.ts)
    ['1 MB of 1.2.1.2…', `Use v${repeatTo('1.2.', 1024 * KB)} now.\n`],
    ['100 KB of version strings', `${repeatTo('Version 1.2.3.4 and v2.0.1-beta.3 ', 100 * KB)}\n`],
    ['1 MB of "…"', `Tokens expire ${repeatTo('…', 340 * KB)}.\n`],
    ['1 MB of dots', `Tokens expire ${repeatTo('.', 1024 * KB)}\n`],
    ['1 MB of quotes', `He said ${repeatTo('"', 1024 * KB)}\n`],
    ['100 KB of key-like words without "="', `Call ${repeatTo('a_b-', 100 * KB)} now.\n`],
    ['100 KB of nested emphasis', `${repeatTo('*_', 50 * KB)}x${repeatTo('_*', 50 * KB)}\n`],
    ['100 KB of nested brackets', `${repeatTo('[', 50 * KB)}x${repeatTo(']', 50 * KB)}\n`],
    ['100 KB of "[" never closed', `${repeatTo('[', 100 * KB)}x\n`],
    ['100 KB of bracket pairs', `${repeatTo('[a] ', 100 * KB)}\n`],
    ['100 KB of parentheses', `See ${repeatTo('(', 50 * KB)}${repeatTo(')', 50 * KB)}\n`],
  ];
  for (const [name, text] of classes) {
    it(`${name}: under ${BUDGET_MS / 1000} s or refused`, () => {
      expect(run(text).ms).toBeLessThan(BUDGET_MS);
    }, 60_000);
  }
});

/** Pieces hostile markdown is made of: containers, punctuation runs, identifiers, dots, quotes, parentheses. */
const piece = fc.oneof(
  fc.constantFrom('> ', '- ', '1. ', '  ', '\n', '\n\n', '*', '_', '`', '[', ']', '(', ')', '"', "'", '…', '.', '-', '=', '#', '|', '<', '>', '\t'),
  fc.constantFrom('AzureAdTokenCache', 'v1.2.3', 'a_b', 'x-ms-id=1', '60 minutes', 'Microsoft Entra ID (formerly Azure AD)', 'https://learn.microsoft.com/a'),
  fc.string({ maxLength: 8 }),
);
const hostileMarkdown = fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 40 }).map((parts) => parts.map(([p, n]) => p.repeat(n)).join(''));

describe('fast-check: generated hostile markdown and ledgers', () => {
  it('any markdown: extracted or refused with a ClaimcheckError, each run within its budget', () => {
    fc.assert(
      fc.property(hostileMarkdown, (text) => {
        expect(run(text).ms).toBeLessThan(BUDGET_MS);
      }),
      { numRuns: 40, seed: 22 },
    );
  }, 240_000);

  it('any ledger text: parsed or refused with a ClaimcheckError (alias bombs included), within its budget', () => {
    const ledgerish = fc.oneof(
      fc.string({ maxLength: 2000 }),
      fc
        .array(
          fc.constantFrom(
            'article: a.md\n',
            'claims:\n',
            '  - id: c-1\n',
            '    status: verified\n',
            '&a [x, x]\n',
            '*a\n',
            'b: &b [*a, *a, *a]\n',
            '!!js/function x\n',
            '? [a]\n',
            '- ',
            '"',
            "'",
            '{',
            '[',
          ),
          { maxLength: 200 },
        )
        .map((xs) => xs.join('')),
    );
    fc.assert(
      fc.property(ledgerish, (text) => {
        const t0 = performance.now();
        try {
          parseLedger(text, 'claims/x.yaml');
        } catch (err) {
          expect(err).toBeInstanceOf(ClaimcheckError);
        }
        expect(performance.now() - t0).toBeLessThan(BUDGET_MS);
      }),
      { numRuns: 200, seed: 22 },
    );
  }, 120_000);
});
