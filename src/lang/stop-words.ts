/**
 * English function words and filler verbs: they say nothing about what a claim asserts. The one stop-word
 * list of the project (extract's concept counting, verify's content words, evidence's query words).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by can could do does did for from had has have how if in into is it its ' +
    'may might must not of on or our should so such than that the their them then there these they this those to ' +
    'was were what when where which while who why will with would you your we us also only just very more most less ' +
    'other some any all each every both either neither no yes via per e g eg i ie etc about over under between ' +
    'within without across after before up down out off like including include includes typically often usually ' +
    'even same one two three new use used uses using make makes made get gets let lets rather instead remain remains s t'
  ).split(' '),
);
