/**
 * How a claim says that two names name the same thing, as the extract stage writes such claims ("X is also
 * known as Y", "X was formerly called Y", "X is now called Y"). In such a claim every name is what is being
 * checked: a page that has one name and not the other does not support it.
 */
export const ALIAS_PHRASES: readonly string[] = ['is also known as', 'was formerly called', 'is now called', 'was renamed', 'were renamed', 'stands for'];
