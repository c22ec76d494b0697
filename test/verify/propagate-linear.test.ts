import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestText } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { propagateUnknowns } from '../../src/verify/propagate.js';
import { propagateUnknownsReference } from '../fixtures/verify/propagate-reference.js';
import { unknownResults } from '../fixtures/verify/unknowns.js';
import { repoRoot } from './helpers.js';

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;

describe('dependency propagation, tokenising each claim once', () => {
  it('adds the same results as the per-name version on the bundled article, once and repeated', () => {
    const body = readFileSync(join(repoRoot, 'sources/azure-latch-codes.md'), 'utf8').replace(FRONT_MATTER, '');
    for (const copies of [1, 3]) {
      const claims = extractClaims(ingestText(Array(copies).fill(body).join('\n\n'), 'article.md'));
      const results = unknownResults(claims);
      const added = propagateUnknowns(claims, results);
      expect(added.size).toBeGreaterThan(20 * copies);
      const messages = new Set([...added.values()].flatMap((r) => r.result.findings.map((f) => f.messageId)));
      expect(messages).toEqual(new Set(['inherits-unknown', 'inherits-antecedent']));
      expect(added).toEqual(propagateUnknownsReference(claims, results));
    }
  });
});
