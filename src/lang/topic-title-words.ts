/**
 * Words that make a heading the name of a topic rather than a statement ("App registrations vs enterprise
 * applications, explained", "Token lifetimes demystified", "Conditional Access: a deep dive").
 */
export const TOPIC_TITLE_WORDS: readonly string[] = ['explained', 'vs', 'vs.', 'versus', 'demystified', 'deep dive', 'cheat sheet', 'in a nutshell', 'made simple', 'made easy'];
