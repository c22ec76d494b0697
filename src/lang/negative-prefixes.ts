/**
 * What turns a value into its negative when written before it: "non-compliant", "noncompliant", "not compliant",
 * "un-managed", "in-active". Read at the start of a value by the slot rules that compare values (a default, a
 * setting's target).
 */
export const NEGATIVE_PREFIXES: readonly string[] = ['non-', 'non', 'not ', 'un-', 'in-'];
