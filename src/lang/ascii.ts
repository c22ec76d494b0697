/**
 * ASCII character classes by character code, for the scanners that read text a code at a time instead of
 * through a regex (extract's word gates, vocabulary and name scanner, ingest's plain-line reader): one copy of
 * the ranges they all test.
 */
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const CAPITAL_A = 0x41;
const CAPITAL_Z = 0x5a;
const SMALL_A = 0x61;
const SMALL_Z = 0x7a;
/** What A–Z add to reach a–z. */
const CASE_OFFSET = 0x20;

export function isAsciiDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

export function isAsciiUpper(c: number): boolean {
  return c >= CAPITAL_A && c <= CAPITAL_Z;
}

export function isAsciiLower(c: number): boolean {
  return c >= SMALL_A && c <= SMALL_Z;
}

export function isAsciiLetter(c: number): boolean {
  return isAsciiLower(c) || isAsciiUpper(c);
}

export function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiLower(c) || isAsciiUpper(c) || isAsciiDigit(c);
}

/** The code of an A–Z letter in lower case; any other code as it is. */
export function asciiLowerCode(c: number): number {
  return isAsciiUpper(c) ? c + CASE_OFFSET : c;
}
