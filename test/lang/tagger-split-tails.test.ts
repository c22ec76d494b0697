import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import model from 'wink-eng-lite-web-model';
import { TAGGER_SPLIT_TAILS } from '../../src/lang/tagger-split-tails.js';
import { PLURAL_PRONOUNS } from '../../src/lang/plural-pronouns.js';
import { tag } from '../../src/lang/nlp.js';
import { markdownPages } from './markdown-pages.js';
import { mayHaveAgreement } from '../../src/extract/verbs.js';

/** wink-nlp's lexicon reader, over the same model (as in determiner-openers.test.ts). */
interface WinkCache {
  intrinsicSize(): number;
  value(i: number): string;
  lookup(text: string): number[] | null;
}
const require = createRequire(import.meta.url);
const Cache = require('wink-nlp/src/cache.js') as (core: unknown, featureFn: unknown) => WinkCache;
const PLURAL_PRONOUN = new Set(PLURAL_PRONOUNS);
const ENDS_IN_S = /s$/i;
const LETTER_FIRST = /^[A-Za-z]/;
const entraDocs = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'entra-docs');
const TEXT_END = /(?<=[.!?:])\s+|\n+/;
const PAGES = 200;

/** A token that agreement reads (a word in -s, or a plural pronoun). */
function agreementToken(text: string): boolean {
  return ENDS_IN_S.test(text) || PLURAL_PRONOUN.has(text.toLowerCase());
}

describe('lang/tagger-split-tails: where wink splits a written word', () => {
  it('lists what follows every token agreement reads inside a word the model expands into tokens', () => {
    const m = model as unknown as { core(): unknown; featureFn: unknown };
    const cache = Cache(m.core(), m.featureFn);
    const missing: string[] = [];
    let expanding = 0;
    for (let i = 0; i < cache.intrinsicSize(); i++) {
      const v = cache.value(i);
      if ((cache.lookup(v)?.length ?? 1) <= 1) continue;
      expanding++;
      const tokens = tag(v);
      for (let k = 0; k + 1 < tokens.length; k++) {
        const rest = v.slice(tokens[k + 1]?.start ?? v.length);
        if (!agreementToken(tokens[k]?.text ?? '') || !LETTER_FIRST.test(rest)) continue;
        if (!TAGGER_SPLIT_TAILS.some((t) => rest.toLowerCase().startsWith(t))) missing.push(`${v}: ${tokens.map((t) => t.text).join('|')}`);
      }
      if (tokens.some((t) => agreementToken(t.text))) expect(mayHaveAgreement(v), v).toBe(true);
    }
    expect(missing).toEqual([]);
    expect(expanding).toBeGreaterThan(100);
  });

  it('a text that mayHaveAgreement turns away has no token in -s and no plural pronoun', () => {
    expect(mayHaveAgreement('The consent scope audience issuer consent token session consent.')).toBe(false);
    expect(mayHaveAgreement('Theyre here.')).toBe(true);
    expect(mayHaveAgreement('Tokens expire.')).toBe(true);
    const dir = join(import.meta.dirname, '..', '..', 'sources');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(TEXT_END));
    if (existsSync(entraDocs)) for (const f of markdownPages(entraDocs, PAGES)) texts.push(...readFileSync(f, 'utf8').split(TEXT_END));
    let turnedAway = 0;
    for (const s of new Set(texts.map((t) => t.slice(0, 600)))) {
      if (mayHaveAgreement(s)) continue;
      turnedAway++;
      expect(
        tag(s).filter((t) => agreementToken(t.text)),
        s,
      ).toEqual([]);
    }
    expect(turnedAway).toBeGreaterThan(50);
  });
});
