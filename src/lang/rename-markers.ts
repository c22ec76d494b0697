/**
 * Words that put a product's other name beside it in passing: "Microsoft Entra ID (formerly Azure AD)", "Microsoft
 * Entra ID, previously known as Azure AD, …", "Contoso Cloud (also known as CC)". Longest first where one is the
 * start of another.
 */
export const RENAME_MARKERS: readonly string[] = ['previously known as', 'formerly known as', 'formerly', 'previously', 'now', 'also known as', 'aka', 'renamed from'];

/** The markers of an alias rather than an earlier name. */
export const ALIAS_MARKERS: readonly string[] = ['also known as', 'aka'];

/** The marker of a current name given beside an old one ("Azure AD (now Microsoft Entra ID)"). */
export const NEW_NAME_MARKER = 'now';
