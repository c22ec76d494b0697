/**
 * How the documentation introduces a product's earlier name ("Microsoft Entra ID (formerly Azure AD)",
 * "– previously known as Azure AD –"): the cue, then an optional verb phrase before the old name.
 */
export const FORMER_NAME_CUES: readonly string[] = ['formerly', 'previously'];
