import { createHash } from 'node:crypto';
import type { Claim } from '../../../src/schema/claim.js';

/**
 * A stand-in for the extractor in unit tests: one claim per sentence of a markdown-ish text,
 * spans exact, ids 'c-' + 8 hex of sha256 of the normalised quote with -2, -3 for repeats.
 */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function idFor(quote: string): string {
  return `c-${createHash('sha256').update(normalise(quote)).digest('hex').slice(0, 8)}`;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

export function makeClaim(quote: string, start: number, text: string, section: string[], id = idFor(quote)): Claim {
  return {
    id,
    text: quote,
    quote,
    span: { start, end: start + quote.length, ...lineColumn(text, start) },
    section,
    kind: 'product-fact',
    checkworthy: true,
    entities: [],
    status: 'unverified',
    origin: 'auto',
    evidence: [],
    findings: [],
    history: [],
  };
}

/** Headings (`#`) set the section; every other non-blank line is split into sentences ending in . ! or ?. */
export function claimsFromText(text: string): Claim[] {
  const out: Claim[] = [];
  const seen = new Map<string, number>();
  const section: string[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const heading = /^(#+)\s+(.*)$/.exec(line);
    if (heading) {
      const depth = heading[1]!.length;
      section.length = depth - 1;
      section[depth - 1] = heading[2]!;
    } else {
      for (const m of line.matchAll(/\S.*?[.!?](?=\s|$)/g)) {
        const quote = m[0].trimEnd();
        const base = idFor(quote);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        out.push(makeClaim(quote, offset + (m.index ?? 0), text, section.filter(Boolean), n === 1 ? base : `${base}-${n}`));
      }
    }
    offset += line.length + 1;
  }
  return out;
}

export const META = {
  article: 'test/fixtures/ledgers/article.md',
  articleSha256: '0'.repeat(64),
  checkedAt: '2026-01-01T00:00:00.000Z',
  sources: [{ name: 'entra-docs', commit: '15730cf' }],
};
