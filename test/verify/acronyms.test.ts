import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedEvidence } from '../../src/evidence/index.js';
import { articleAcronyms } from '../../src/verify/acronyms.js';
import { verifyClaims } from '../../src/verify/index.js';
import { AS_OF, claimsOf, indexedEvidence, repoRoot } from './helpers.js';

describe('acronyms the article defines', () => {
  it('maps the acronym to the words it stands for, not the words before them', () => {
    const m = articleAcronyms(claimsOf('# A\n\nHand each new hire a Northwind Relay Pass (NRP) on day one.\n'));
    expect(m.get('nrp')).toEqual(['Northwind Relay Pass']);
    expect(m.get('northwind relay pass')).toEqual(['NRP']);
  });

  it('reads plural acronyms and letters that are not all initials ("JWTs" for JSON Web Tokens)', () => {
    const m = articleAcronyms(claimsOf('# A\n\nThe gateway accepts JSON Web Tokens (JWTs) only.\n'));
    expect(m.get('jwt')).toEqual(['JSON Web Tokens']);
    expect(m.get('jwts')).toEqual(['JSON Web Tokens']);
  });

  it('ignores a parenthesis whose letters do not stand for the name before it', () => {
    const m = articleAcronyms(claimsOf('# A\n\nOpen the Settings Page (CTRL) to continue.\n'));
    expect(m.size).toBe(0);
  });
});

describe('a claim that uses only the acronym', () => {
  let ev: OpenedEvidence;
  let cleanup = (): void => {};
  beforeAll(async () => {
    const f = await indexedEvidence([{ dir: join(repoRoot, 'test/fixtures/alias-docs/entra-docs'), preset: 'entra-docs' }]);
    ev = f.ev;
    cleanup = f.cleanup;
  });
  afterAll(() => cleanup());

  const verify = async (article: string, start: string) => {
    const { claims } = await verifyClaims(claimsOf(article), { sources: ev.sources, graph: ev.graph, asOf: AS_OF, online: false });
    const c = claims.find((x) => x.text.startsWith(start));
    if (!c) throw new Error(`no claim starting ${start}: ${claims.map((x) => x.text).join(' | ')}`);
    return c;
  };

  it('is checked against pages that spell the name out, past the writer’s "however" and "the big difference"', async () => {
    const article = '# Passes\n\nA Northwind Relay Pass (NRP) is a one-time code.\n\nThe big difference with an NRP, however, is that it expires after a limited time.\n';
    const c = await verify(article, 'The big difference');
    expect(c.status).toBe('verified');
    expect(c.evidence.find((e) => e.stance === 'supports')?.url).toMatch(/relay-pass/);
  });

  it('without the definition the acronym names nothing the pages know, and the claim is not verified', async () => {
    const c = await verify('# Passes\n\nThe big difference with an NRP, however, is that it expires after a limited time.\n', 'The big difference');
    expect(c.status).not.toBe('verified');
  });

  it('in a claim that two names are one, the bare acronym must be on the page too', async () => {
    const c = await verify('# Passes\n\nThe Northwind Relay Pass (NXQ) is a one-time code.\n', 'Northwind Relay Pass is also known as');
    expect(c.status).not.toBe('verified');
  });
});
