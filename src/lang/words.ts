/**
 * Word lists → regular expressions, so that a pattern built from a list never holds a second copy of it.
 * Multi-word entries match with any run of spaces; the apostrophe matches both ' and ’.
 */

/** Characters with a meaning in a regular expression. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const SPACE_RUN = /\s+/g;
const APOSTROPHE = /['’]/g;

export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(REGEX_SPECIAL, '\\$&').replace(SPACE_RUN, '\\s+').replace(APOSTROPHE, "['’]"))
    .join('|');
}

/**
 * The words as an alternation in the list's own order, each matched exactly as written (a space is one space).
 * For a pattern whose list order is its preference order, or which must match just what it did before the
 * list left it.
 */
export function exactAlternation(words: readonly string[]): string {
  return words.map((w) => w.replace(REGEX_SPECIAL, '\\$&')).join('|');
}

/** Any of the words, as whole words (case-insensitive unless `flags` says otherwise). */
export function wordsPattern(words: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`(?<![\\w’'-])(?:${alternation(words)})(?![\\w-])`, flags);
}

/** A text that opens with one of the words (after optional opening quotes or brackets). */
export function openingPattern(words: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`^["“(]?(?:${alternation(words)})(?![\\w-])`, flags);
}
