/** Particles of phrasal verbs ("sign in", "log out", "set up"): a word the tagger reads as a noun before one is the verb. */
export const VERB_PARTICLES: readonly string[] = ['in', 'out', 'up', 'on', 'off'];
