import type { Claim } from '../schema/index.js';

export interface Region {
  startLine: number;
  startColumn: number;
  /** 1-based line of the last character. */
  endLine: number;
  /** 1-based column just after the last character (SARIF's convention); UTF-16 code units, like every offset. */
  endColumn: number;
  charOffset: number;
  charLength: number;
}

const LINE_BREAK = /\r\n|\r|\n/u;

/** Advance a 1-based (line, column) position over `text`. `\r\n` counts as one line break. */
function advance(line: number, column: number, text: string): { line: number; column: number } {
  const breaks = text.split(LINE_BREAK);
  if (breaks.length === 1) return { line, column: column + text.length };
  return { line: line + breaks.length - 1, column: (breaks[breaks.length - 1] ?? '').length + 1 };
}

/**
 * The claim's region. With the article text (and a span that still matches it) the end is
 * computed from the text; otherwise from the quote, which the Claim invariant makes equal to
 * the same slice of the text.
 */
export function regionOf(claim: Pick<Claim, 'span' | 'quote'>, articleText?: string): Region {
  const { start, end, line, column } = claim.span;
  const covered = articleText !== undefined && articleText.slice(start, end) === claim.quote ? articleText.slice(start, end) : claim.quote;
  const last = advance(line, column, covered);
  return {
    startLine: line,
    startColumn: column,
    endLine: last.line,
    endColumn: last.column,
    charOffset: start,
    charLength: end - start,
  };
}

/**
 * The claim as one located quote per piece it keeps (itself when it has no `parts`): each piece's line
 * and column are counted from the claim's own start through its quote.
 */
export function pieceClaims(claim: Pick<Claim, 'span' | 'quote' | 'parts'>): Array<Pick<Claim, 'span' | 'quote'>> {
  if (!claim.parts) return [claim];
  const { start, line, column } = claim.span;
  return claim.parts.map((p) => {
    const at = advance(line, column, claim.quote.slice(0, p.start - start));
    return { span: { start: p.start, end: p.end, line: at.line, column: at.column }, quote: claim.quote.slice(p.start - start, p.end - start) };
  });
}
