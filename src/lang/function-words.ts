/**
 * Prepositions, articles, conjunctions and possessives: words a finished sentence does not end on. A line
 * that stops on one of them (or on a single letter) was cut off mid-phrase.
 */
export const DANGLING_FUNCTION_WORDS: readonly string[] = [
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'into', 'onto', 'over', 'under',
  'about', 'between', 'through', 'via', 'per', 'and', 'or', 'but', 'nor', 'than', 'as', 'if', 'that', 'which', 'who',
  'whose', 'when', 'where', 'while', 'because', 'its', 'their', 'our', 'your', 'my', 'his', 'her', 'is', 'are', 'was',
  'were', 'be', 'can', 'will', 'should', 'must', 'may', 'not', 'such', 'like', 'this', 'these', 'those', 'every', 'each',
];
