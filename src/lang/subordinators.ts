/** Conjunctions that open a subordinate clause before the main one ("When a user signs in, …"). */
export const SUBORDINATORS: readonly string[] = ['when', 'if', 'while', 'because', 'since', 'although', 'though', 'after', 'before', 'once', 'whenever', 'unless', 'as soon as'];
