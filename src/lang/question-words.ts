/** Question words that open a title naming what the text below explains ("How PIM activation works", "What latch codes are"). */
export const QUESTION_WORDS: readonly string[] = ['how', 'what', 'why', 'where', 'when', 'which', 'who'];
