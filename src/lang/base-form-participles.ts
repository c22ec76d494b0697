/**
 * Past participles spelled as the verb's base form: a list item that opens with one is an instruction as often as a
 * passive predicate ("Set Seal enforcement to On" against "Set to the application ID"), so it is read as passive
 * only before a word a participle takes (src/lang/participle-followers.ts).
 */
export const BASE_FORM_PARTICIPLES: readonly string[] = ['set', 'run', 'read', 'put', 'cut', 'let', 'hit', 'shut', 'spread', 'split', 'cost', 'quit', 'upset'];
