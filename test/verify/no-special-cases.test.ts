import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { verifyClaims } from '../../src/verify/index.js';
import type { CheckContext } from '../../src/verify/types.js';
import type { Status } from '../../src/schema/index.js';
import { claimsOf, fixtureEvidence, verifyArticles, verifyDocs } from './helpers.js';

/**
 * The verdicts come from evidence, not from names: renaming the invented words of the fixture articles
 * to other invented words changes no verdict; renaming a documented identifier to an invented one
 * drops its claim. Invented roots are replaced case-preservingly inside every identifier, header,
 * error code, product and concept they appear in.
 */
const INVENTED_ROOTS = ['quasar', 'vortex', 'flux', 'nimbus', 'glimmer', 'quillfeather', 'mara'];
/** Each acronym of the fixtures, with the index of the invented root its first letter stands for ("Flux Relay Service (FRS)"). */
const INVENTED_ACRONYMS: ReadonlyArray<readonly [string, number]> = [['FRS', 2]];
const ARTICLES = ['token-facts.md', 'sign-in-facts.md'];

function docsText(): string {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(readFileSync(join(d, e.name), 'utf8').toLowerCase());
    }
  };
  walk(verifyDocs);
  return out.join('\n');
}

const casePreserving = (text: string, from: string, to: string): string =>
  text.replace(new RegExp(from, 'gi'), (m) => (m === m.toUpperCase() ? to.toUpperCase() : m[0] === m[0]?.toUpperCase() ? to[0]?.toUpperCase() + to.slice(1) : to));

const SYLLABLES = ['zor', 'blix', 'quen', 'trav', 'mip', 'dask', 'voo', 'lek', 'nar', 'fyz', 'kob', 'wren', 'thul', 'jax'];
const docs = docsText();
const inventedWord = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 })
  .map((s) => s.join(''))
  .filter((w) => !docs.includes(w));

describe('no special cases: verdicts come from the evidence only', () => {
  let ctx: Omit<CheckContext, 'claims'>;
  let cleanup = (): void => {};
  beforeAll(async () => {
    const f = await fixtureEvidence();
    ctx = f.ctx;
    cleanup = f.cleanup;
  });
  afterAll(() => cleanup());

  const statuses = async (text: string): Promise<Status[]> => (await verifyClaims(claimsOf(text), ctx)).claims.map((c) => c.status);

  it.each(ARTICLES)('%s: renaming invented names to other invented names changes no verdict', async (file) => {
    const original = readFileSync(join(verifyArticles, file), 'utf8');
    const baseline = await statuses(original);
    expect(baseline).toContain('verified');
    expect(baseline).toContain('unverified');
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(inventedWord, { minLength: INVENTED_ROOTS.length, maxLength: INVENTED_ROOTS.length }), async (words) => {
        let text = original;
        for (const [i, root] of INVENTED_ROOTS.entries()) text = casePreserving(text, root, words[i] ?? root);
        // an acronym keeps standing for its renamed long form: "Flux Relay Service (FRS)" → "Zorvoo Relay Service (ZRS)"
        for (const [a, root] of INVENTED_ACRONYMS) text = text.replace(new RegExp(`\\b${a}\\b`, 'g'), `${(words[root] ?? 'x')[0]?.toUpperCase() ?? ''}${a.slice(1)}`);
        expect(await statuses(text)).toEqual(baseline);
      }),
      { numRuns: 12, seed: 20261201 },
    );
  });

  it('renaming a documented identifier to an invented one drops its claim to unverified', async () => {
    const original = readFileSync(join(verifyArticles, 'token-facts.md'), 'utf8');
    const find = async (text: string, start: string) => (await verifyClaims(claimsOf(text), ctx)).claims.find((c) => c.text.startsWith(start));
    expect((await find(original, 'MSAL.js applications call'))?.status).toBe('verified');
    await fc.assert(
      fc.asyncProperty(inventedWord, async (w) => {
        const renamed = original.replace('acquireTokenSilent', `acquire${w[0]?.toUpperCase()}${w.slice(1)}Silent`);
        const c = await find(renamed, 'MSAL.js applications call');
        expect(c?.status).toBe('unverified');
        expect(c?.findings.some((f) => f.checker === 'identifier-exists' && f.messageId === 'unknown-identifier')).toBe(true);
      }),
      { numRuns: 6, seed: 7 },
    );
  });

  it('renaming a documented Graph property to an invented one drops its claim (the metadata refutes it)', async () => {
    const original = readFileSync(join(verifyArticles, 'sign-in-facts.md'), 'utf8');
    const find = async (text: string) => (await verifyClaims(claimsOf(text), ctx)).claims.find((c) => c.quote.startsWith('authenticationDetail: Includes'));
    expect((await find(original))?.status).toBe('partly-verified');
    await fc.assert(
      fc.asyncProperty(inventedWord, async (w) => {
        const c = await find(original.replace('Includes authenticationMethod', `Includes ${w}Method`));
        expect(['unverified', 'contradicted']).toContain(c?.status);
      }),
      { numRuns: 6, seed: 11 },
    );
  });
});
