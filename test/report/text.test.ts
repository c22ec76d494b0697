import { describe, expect, it } from 'vitest';
import { displayWidth, toInline, truncate, truncateMiddle, wrapParts } from '../../src/report/text.js';
import { fitSection, fitUrl } from '../../src/report/terminal-parts.js';

describe('text helpers', () => {
  it('toInline collapses whitespace and drops control characters (no ANSI from the data)', () => {
    expect(toInline('a\n\tb  c')).toBe('a b c');
    expect(toInline('red \u001b[31mX\u001b[0m \u0007bell')).toBe('red [31mX[0m bell');
  });

  it('displayWidth counts wide and zero-width characters', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('truncate keeps within the width and marks the cut', () => {
    expect(truncate('hello world', 20)).toBe('hello world');
    expect(truncate('hello world', 8)).toBe('hello w…');
    expect(truncate('hello world', 7)).toBe('hello…'); // no dangling space before the ellipsis
    expect(displayWidth(truncate('日本語のテキストです', 7))).toBeLessThanOrEqual(7);
    expect(truncateMiddle('abcdefghij', 5)).toBe('ab…ij');
  });

  it('wrapParts wraps at separators', () => {
    expect(wrapParts(['aaaa', 'bbbb', 'cccc'], ' · ', 13)).toEqual(['aaaa · bbbb ·', 'cccc']);
    // 'aaaa · bbbb ·' is 13 wide: at 12 the break comes earlier
    expect(wrapParts(['aaaa', 'bbbb', 'cccc'], ' · ', 12)).toEqual(['aaaa ·', 'bbbb · cccc']);
  });

  it('fitUrl drops the scheme, then the locale, then the middle', () => {
    const url = 'https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer';
    expect(fitUrl(url, 200)).toBe(url);
    expect(fitUrl(url, 85)).toBe('learn.microsoft.com/en-us/entra/identity-platform/access-tokens#validate-the-issuer');
    expect(fitUrl(url, 80)).toBe('learn.microsoft.com/entra/identity-platform/access-tokens#validate-the-issuer');
    const short = fitUrl(url, 40);
    expect([...short].length).toBe(40);
    expect(short.startsWith('learn.microsoft.com/')).toBe(true);
    expect(short.endsWith('#validate-the-issuer')).toBe(false); // 40 is too short to keep all of it
    expect(short.endsWith('the-issuer')).toBe(true);
  });

  it('fitSection drops outer headings first, then cuts the innermost', () => {
    const path = ['Azure Latch Codes: 7 Critical Insights', 'Technical Definition & Token Structure'];
    expect(fitSection(path, 100)).toBe('Azure Latch Codes: 7 Critical Insights › Technical Definition & Token Structure');
    expect(fitSection(path, 60)).toBe('… › Technical Definition & Token Structure');
    expect(fitSection(path, 20)).toBe('Technical Definitio…');
    expect(fitSection([], 20)).toBe('(no heading)');
  });
});
