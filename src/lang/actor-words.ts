/**
 * Who does something, in the sense the documentation distinguishes: the application vs the library, the user
 * vs the administrator. Each actor: the lemmas that name it (see text.ts `lemma`).
 */
/** First words of a sentence whose subject comes later ("Besides users and groups, you can …"). */
export const NOT_A_SUBJECT_START: readonly string[] = [
  'besides',
  'in',
  'on',
  'for',
  'with',
  'by',
  'from',
  'to',
  'at',
  'after',
  'before',
  'unlike',
  'like',
  'as',
  'if',
  'when',
  'because',
  'although',
  'while',
  'once',
  'unless',
  'until',
  'since',
  'during',
  'without',
  'except',
  'apart',
  'other',
  'only',
  'even',
  'through',
  'via',
];

/**
 * Actors a passage must name before it supports a claim that they act: documentation written in the imperative
 * ("call acquireTokenPopup") says the developer's application does it, not the library.
 */
export const ACTORS_TO_STATE: readonly string[] = ['library', 'browser', 'server'];

export const ACTORS: Readonly<Record<string, readonly string[]>> = {
  application: ['application', 'app'],
  library: ['library', 'sdk'],
  user: ['user', 'end-user'],
  administrator: ['administrator', 'admin'],
  developer: ['developer'],
  browser: ['browser'],
  server: ['server'],
  client: ['client'],
  device: ['device'],
};

/**
 * The one preposition whose object does the action ("is redeemed by the user"): an actor after any other
 * ("from any device", "to their users") is where or for whom something happens, not who does it.
 */
export const AGENT_PREPOSITIONS: readonly string[] = ['by'];

/** Possessive determiners that may stand between a preposition and the actor it governs ("to their users"). */
export const POSSESSIVE_DETERMINERS: readonly string[] = ['their', 'its', 'your', 'his', 'her', 'our', 'my'];
