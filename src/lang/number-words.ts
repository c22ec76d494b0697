/** Spelled-out numbers read as their value ("five accounts" states 5, "one hour" is 1 hour). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
};

/** Number words that are as often pronouns ("one of", "creating one"): figures only with a unit or a bound. */
export const WEAK_NUMBER_WORDS: readonly string[] = ['one'];

/** Words that make a weak number word a count when one of the two words before it ("just one pass", "can only have one pass"). */
export const COUNT_RESTRICTORS: readonly string[] = ['only', 'just'];

/** Words that count without a number: "a day", "an hour" (one of the unit). Not after "once", "twice", "per". */
export const ONE_ARTICLES: readonly string[] = ['a', 'an'];
export const NOT_ONE_BEFORE: readonly string[] = ['once', 'twice', 'per', 'times', 'every'];
