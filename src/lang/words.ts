/**
 * Word lists → regular expressions, so that a pattern built from a list never holds a second copy of it.
 * Multi-word entries match with any run of spaces; the apostrophe matches both ' and ’.
 */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      w
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '\\s+')
        .replace(/['’]/g, "['’]"),
    )
    .join('|');
}

/** Any of the words, as whole words (case-insensitive unless `flags` says otherwise). */
export function wordsPattern(words: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`(?<![\\w’'-])(?:${alternation(words)})(?![\\w-])`, flags);
}

/** A text that opens with one of the words (after optional opening quotes or brackets). */
export function openingPattern(words: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`^["“(]?(?:${alternation(words)})(?![\\w-])`, flags);
}
