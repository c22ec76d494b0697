/**
 * Words that put a step or an item at one end of a sequence ("the workload first requests a token", "the last
 * layer is …"). Read against the place of the page's list item (verify/slots/list-position.ts).
 */
export const FIRST_POSITION_WORDS: readonly string[] = ['first', 'firstly', 'initially'];
export const LAST_POSITION_WORDS: readonly string[] = ['last', 'lastly', 'final', 'finally'];
/** Words after "last" or "first" that make it a stretch of time, not a place in a sequence ("the last 30 days", "first time"). */
export const NOT_A_POSITION_AFTER: readonly string[] = [
  'few',
  'several',
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'hour',
  'hours',
  'minute',
  'minutes',
  'time',
  'login',
  'sign-in',
];
