/** The articles: a noun phrase or title that opens with one is read without it ("the MSAL guide" → "MSAL guide"). */
export const ARTICLES: readonly string[] = ['the', 'a', 'an'];
