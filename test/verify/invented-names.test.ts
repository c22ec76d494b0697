import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestText } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { verifyClaims } from '../../src/verify/index.js';
import { keptQuote, type Claim } from '../../src/schema/index.js';
import { indexedEvidence, repoRoot, SHARED_CORPORA } from './helpers.js';

const corpus = join(repoRoot, '../shared/corpus');
const realSet = join(repoRoot, '../shared/eval-real/articles');
const present = existsSync(join(corpus, 'entra-docs')) && existsSync(realSet);
if (!present) console.log(`skipping the invented-names suite: needs ${corpus} and ${realSet}`);

/** Where eval-real articles start: the text before the marker is provenance, not the article. */
const ARTICLE_START = '<!-- article text begins -->';
/** Findings that say a name or identifier is in no source at all. */
const ABSENT = new Set(['unknown-name', 'unknown-identifier']);

function articles(): Array<{ name: string; text: string }> {
  const out = [{ name: 'azure-latch-codes', text: readFileSync(join(repoRoot, 'sources/azure-latch-codes.md'), 'utf8') }];
  for (const f of readdirSync(realSet).filter((x) => x.endsWith('.md'))) {
    const raw = readFileSync(join(realSet, f), 'utf8');
    const at = raw.indexOf(ARTICLE_START);
    out.push({ name: f, text: at >= 0 ? raw.slice(at + ARTICLE_START.length).replace(/^\n/, '') : raw });
  }
  return out;
}

describe.skipIf(!present)('no verified quote holds a name that no source has (bundled article and eval-real)', () => {
  let cleanup = (): void => {};
  const checked: Array<{ name: string; claims: Claim[] }> = [];
  beforeAll(async () => {
    const f = await indexedEvidence(SHARED_CORPORA.map((sub) => ({ dir: join(corpus, sub), preset: sub })));
    cleanup = f.cleanup;
    for (const a of articles()) {
      const extracted = extractClaims(ingestText(a.text, `${a.name}.md`));
      checked.push({ name: a.name, claims: (await verifyClaims(extracted, f.ctx)).claims });
    }
  }, 120_000);
  afterAll(() => cleanup());

  it('finds invented names at all (the suite has something to guard)', () => {
    const names = checked.flatMap((a) => a.claims.flatMap((c) => c.findings.filter((f) => ABSENT.has(f.messageId))));
    expect(names.length).toBeGreaterThan(5);
  });

  it('verifies no claim whose shown words name something no source has', () => {
    const bad: string[] = [];
    for (const a of checked) {
      const absent = new Set(a.claims.flatMap((c) => c.findings.filter((f) => ABSENT.has(f.messageId)).map((f) => f.subject.replace(/^"|"$/g, '').toLowerCase())));
      for (const c of a.claims.filter((x) => x.status === 'verified')) {
        const shown = `${keptQuote(c)} ${c.text}`.toLowerCase();
        for (const n of absent) if (n.length > 2 && shown.includes(n)) bad.push(`${a.name}: ${c.id} "${keptQuote(c)}" names "${n}"`);
      }
    }
    expect(bad).toEqual([]);
  });
});
