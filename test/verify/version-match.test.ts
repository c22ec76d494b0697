import { describe, expect, it } from 'vitest';
import { entityIn } from '../../src/verify/match.js';
import type { Entity } from '../../src/schema/index.js';

const version = (text: string): Entity => ({ type: 'number', text, span: { start: 0, end: text.length } });

describe('a version matches its other spellings', () => {
  it.each([
    ['V2', 'Tokens from the v2.0 endpoint'],
    ['V2', 'the V2 endpoint'],
    ['v1.0', 'apps that still call the v1 endpoint'],
  ])('%s is stated by "%s"', (figure, text) => {
    expect(entityIn(text, version(figure))).toBe(true);
  });

  it.each([
    ['V2', 'signs in over OAuth 2.0'], // another thing's version, with no letter
    ['V2', 'the v2.1 schema'],
    ['V2', 'v20 of the format'],
    ['v1.0', 'the v1.0.3 library'],
  ])('%s is not stated by "%s"', (figure, text) => {
    expect(entityIn(text, version(figure))).toBe(false);
  });
});
