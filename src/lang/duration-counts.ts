/** Counts a duration adjunct opens with in words ("for an hour", "for several days"); a figure counts too. */
export const DURATION_COUNTS: readonly string[] = ['an', 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'ten', 'twelve', 'several'];

/** Time units of a duration adjunct, plural first. */
export const DURATION_UNITS: readonly string[] = ['seconds', 'second', 'minutes', 'minute', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year'];
