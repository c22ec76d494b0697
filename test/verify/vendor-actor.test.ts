import { describe, expect, it } from 'vitest';
import { keyNames } from '../../src/verify/key-entities.js';
import { claimOf } from './helpers.js';

describe('the vendor as the one who acts', () => {
  it('is no key name a page must repeat: the pages say "we"', () => {
    const acts = claimOf('In March 2023, Microsoft announced the deprecation of the legacy widget policies.');
    expect(acts.entities.map((e) => e.text)).toContain('Microsoft');
    expect(keyNames(acts).map((e) => e.text)).not.toContain('Microsoft');
  });
  it('stays a key name where it names something ("personal Microsoft accounts")', () => {
    const names = claimOf('Widget apps that accept personal Microsoft accounts use the common tenant value.');
    expect(keyNames(names).map((e) => e.text)).toContain('Microsoft');
  });
});
