import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { lemmaOf, tag } from '../../src/lang/nlp.js';

describe('lang/nlp: tags and lemmas from wink-nlp', () => {
  it('offsets index the given text exactly, past spaces, code spans, dashes and emoji', () => {
    const text = 'Admins  can call `resetWidget()`—it’s fast 🚀 at https://example.test/a?b=1.';
    for (const t of tag(text, 100)) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
  });

  it('reads the verb and its subject in a plain statement', () => {
    const t = tag('The gateway rejects expired certificates.');
    const byText = new Map(t.map((x) => [x.text, x]));
    expect(byText.get('gateway')?.pos).toBe('NOUN');
    expect(byText.get('rejects')?.pos).toBe('VERB');
    expect(byText.get('rejects')?.lemma).toBe('reject');
    expect(byText.get('certificates')?.lemma).toBe('certificate');
  });

  it('tells a pronoun subject from a noun one, and lemmatises irregular forms', () => {
    expect(tag('It was renamed last year.')[0]?.pos).toBe('PRON');
    expect(lemmaOf('was')).toBe('be');
    expect(lemmaOf('issued')).toBe('issue');
  });
});

describe('lang/nlp: the part-of-speech step alone, and recent tags kept', () => {
  const sentences = readFileSync(join(import.meta.dirname, '..', '..', 'sources', 'azure-latch-codes.md'), 'utf8')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

  it('gives the tags and lemmas wink gives with its whole default pipe', () => {
    expect(sentences.length).toBeGreaterThan(100);
    const whole = winkNLP(model);
    for (const s of sentences) {
      const tokens = whole.readDoc(s).tokens();
      const pos = tokens.out(whole.its.pos).filter((p) => p !== 'SPACE');
      const lemmas = tokens
        .out(whole.its.lemma as unknown as ItsFunction<string>)
        .filter((_, i) => tokens.out(whole.its.pos)[i] !== 'SPACE')
        .map((l) => l.toLowerCase());
      const ours = tag(s);
      expect(ours.map((t) => t.pos)).toEqual(pos);
      expect(ours.map((t) => t.lemma)).toEqual(lemmas);
    }
  });

  it('answers a repeated text with the same tags, shifted to a new offset', () => {
    const s = 'Every access token passes the gateway before it expires.';
    const first = tag(s).map((t) => ({ ...t }));
    expect(tag(s)).toEqual(first);
    expect(tag(s, 40)).toEqual(first.map((t) => ({ ...t, start: t.start + 40, end: t.end + 40 })));
    expect(tag(s)).toEqual(first); // the shifted copy did not move the kept tags
  });
});
