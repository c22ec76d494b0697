import { describe, expect, it } from 'vitest';
import { assertNestingWithinLimit, MAX_NESTING } from '../../src/ingest/nesting-depth.js';

describe('nesting limit: link brackets', () => {
  it('counts "[" left open over the lines of a paragraph, lines without one among them', () => {
    const open = `${'x [\nplain line\n'.repeat(MAX_NESTING)}y [\n`;
    expect(() => assertNestingWithinLimit(open, 'a.md')).toThrow(/open at once/);
  });

  it('starts again at each paragraph, and reads a text without brackets as within the limit', () => {
    expect(() => assertNestingWithinLimit('x [\n\n'.repeat(MAX_NESTING + 5), 'a.md')).not.toThrow();
    expect(() => assertNestingWithinLimit('No brackets here.\n'.repeat(1000), 'a.md')).not.toThrow();
    // closed on a later line: never more than one open
    expect(() => assertNestingWithinLimit('x [\ny ]\n'.repeat(MAX_NESTING + 5), 'a.md')).not.toThrow();
  });
});
