/**
 * The letters that follow, inside one written word, a token wink-nlp's English lite model splits off that word:
 * its contractions written without a break ("doesnt" → "does" + "nt", "theyre" → "they" + "re", "iam" → "i" +
 * "am"). Everywhere else the tokeniser cuts a word only where a letter meets a character that is no letter, so a
 * token ends before a non-letter or before one of these. Read off the model by
 * test/lang/tagger-split-tails.test.ts, which fails when a model update adds one.
 */
export const TAGGER_SPLIT_TAILS: readonly string[] = ['am', 'll', 'nt', "n't", 'n’t', 're', 've'];
