/** Words that open a clause set before the main one and closed by a comma ("When a user signs in, …", "Besides users, …"). */
export const LEADING_CLAUSE_OPENERS: readonly string[] = ['when', 'if', 'until', 'while', 'because', 'after', 'before', 'once', 'unless', 'although', 'since', 'besides'];

/** Prepositions that open a leading phrase, with or without a comma ("In Graph the property …", "For guests, …"). */
export const LEADING_PREPOSITIONS: readonly string[] = ['in', 'on', 'for', 'with', 'within', 'under', 'at', 'by', 'from', 'during'];
