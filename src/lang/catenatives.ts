/**
 * Words that pass a negation on to the verb after their "to": "aren't able to use SSPR" negates "use" as well as
 * "able"; "isn't allowed to sign in" negates "sign".
 */
export const CATENATIVES: readonly string[] = ['able', 'allowed', 'permitted', 'possible', 'designed', 'meant', 'supposed', 'going', 'likely', 'required', 'expected'];
