import { describe, expect, it } from 'vitest';
import { looksPlural, plainVerb, singularNoun } from '../../src/lang/inflection.js';

describe('lang/inflection: one set of plural and verb endings for every stage', () => {
  it('singularNoun makes a plural singular and leaves singulars in -s and short words alone', () => {
    expect(['policies', 'codes', 'headers', 'access', 'status', 'analysis', 'sms', 'token'].map(singularNoun)).toEqual(['policy', 'code', 'header', 'access', 'status', 'analysis', 'sms', 'token']);
  });

  it('looksPlural reads a final -s after a letter, except -ss, -us and -is', () => {
    expect(['tokens', 'APIs', 'access', 'status', 'analysis', 'token', 'v2s'].map(looksPlural)).toEqual([true, true, false, false, false, false, false]);
  });

  it('plainVerb undoes the third person singular', () => {
    expect(['Uses', 'passes', 'applies', 'matches', 'rotates'].map(plainVerb)).toEqual(['use', 'pass', 'apply', 'match', 'rotate']);
  });
});
