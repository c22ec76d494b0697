import { describe, expect, it } from 'vitest';
import { termVariants } from '../../src/verify/text.js';

describe('look-up variants of a name', () => {
  it('singular and plural of the last word', () => {
    expect(termVariants('Quorvex policies')).toContain('Quorvex policy');
    expect(termVariants('Quorvex gateway')).toContain('Quorvex gateways');
  });
  it('drops a trailing -participle and a leading describing prefix ("Windows-based")', () => {
    expect(termVariants('Quorvex-managed')).toContain('Quorvex');
    expect(termVariants('Windows-based Quorvex Rooms')).toContain('Quorvex Rooms');
    expect(termVariants('Cloud-only Quorvex accounts')).toContain('Quorvex accounts');
  });
  it('keeps a hyphenated name that is not a describing prefix', () => {
    expect(termVariants('Sign-In Logs')).not.toContain('Logs');
  });
});
