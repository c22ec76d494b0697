import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/classify.js';
import { hasFiniteVerb, hasTaggedFiniteVerb } from '../../src/extract/verbs.js';

describe('a finite verb read from the tagger', () => {
  it.each([
    'Actions like resetting a password or disabling an account invalidate tokens during the next check.',
    'Organizational settings take precedence over default settings.',
    'Connectors in the same connector group act as a single unit.',
    'Synchronization continues when individual agents become unavailable.',
  ])('finds the verb of a bare subject: %s', (sentence) => {
    expect(hasFiniteVerb(sentence)).toBe(false); // the word patterns miss it, which is why the tagger is asked
    expect(hasTaggedFiniteVerb(sentence)).toBe(true);
  });

  it.each([
    'Office update channel.', // a noun the tagger reads as a verb, which does not agree with "Office"
    'Standard set of security rules.',
    'Custom greetings for phone calls.', // the "verb" is the last word
    'Pilot with one department before you open it to everyone.', // the verb belongs to the "you" clause
    'Move one pipeline to federation this sprint and see how it feels.', // joined on by "and"
    'A sprinkle of oversight there, and suddenly you are done.',
  ])('finds none in a noun phrase or in another clause: %s', (sentence) => {
    expect(hasTaggedFiniteVerb(sentence)).toBe(false);
  });

  it('makes a sentence with no name and no other verb cue checkworthy', () => {
    const text = 'Actions like resetting a password invalidate tokens during the next check.';
    expect(classify(text, 'paragraph', []).checkworthy).toBe(true);
    expect(classify('Office update channel.', 'paragraph', []).checkworthy).toBe(false);
  });
});

describe('a verb after a short opening phrase', () => {
  it.each(['By default, an access token stays valid for an hour.', 'In most tenants, the token remains valid for an hour.', 'After normalization, a password becomes a plain string.'])(
    'finds the subject and verb after the comma: %s',
    (sentence) => {
      expect(hasFiniteVerb(sentence)).toBe(true);
      expect(hasFiniteVerb(sentence.replace(/^[^,]+,\s*/, 'Meanwhile, maybe ').replace(/ (stays|remains|becomes) /, ' '))).toBe(false);
    },
  );

  it('reads no verb in a noun phrase that ends in a plural', () => {
    expect(hasFiniteVerb('In this example, the time difference between credential prompts.')).toBe(false);
  });
});
