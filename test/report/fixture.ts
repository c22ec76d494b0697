import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Ledger, type Claim } from '../../src/schema/index.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/report/', import.meta.url));
export const ARTICLE_PATH = `${FIXTURE_DIR}latch-article.md`;
export const LEDGER_PATH = `${FIXTURE_DIR}latch-ledger.yaml`;

/** The fixture ledger: 14 live claims over 3 sections (+1 removed), every status, both origins, one hostile claim. */
export function fixtureLedger(): Ledger {
  return Ledger.parse(parse(readFileSync(LEDGER_PATH, 'utf8')));
}

export function fixtureArticle(): string {
  return readFileSync(ARTICLE_PATH, 'utf8');
}

export function claimByQuote(ledger: Ledger, start: string): Claim {
  const claim = ledger.claims.find((c) => c.quote.startsWith(start));
  if (!claim) throw new Error(`fixture has no claim starting ${start}`);
  return claim;
}

/** Code points, which is what a terminal shows for this fixture (no wide characters in it). */
export const columns = (line: string): number => [...line].length;
