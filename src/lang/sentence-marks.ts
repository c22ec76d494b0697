/**
 * What may close a sentence after its last mark: a quote, a bracket, or closing emphasis ("**Is it free?**"). A
 * regular-expression source, shared by segmentation, classification and propagation.
 */
export const CLOSING_MARKS = String.raw`(?:["”’)]|\*{1,2}|_{1,2})`;
/** Closing emphasis alone (bold or italics in markdown). */
export const CLOSING_EMPHASIS = String.raw`(?:\*{1,2}|_{1,2})`;
/** A text that ends with a question mark, maybe closed by a quote, a bracket or emphasis. */
export const ENDS_WITH_QUESTION = new RegExp(String.raw`\?${CLOSING_MARKS}?\s*$`);
