import { describe, expect, it } from 'vitest';
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
