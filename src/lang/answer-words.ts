/** Words an answer opens with ("Yes, from the admin center", "No, they are included"): it speaks of the question before it. */
export const ANSWER_WORDS: readonly string[] = ['yes', 'no'];
