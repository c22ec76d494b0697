/**
 * Determiners that open a noun phrase a relative clause after it can describe ("… shows the sign-in logs, which
 * are kept …"): articles, "this"/"these" and possessives.
 */
export const ANTECEDENT_DETERMINERS: readonly string[] = ['a', 'an', 'the', 'this', 'these', 'its', 'their', 'our', 'your'];
