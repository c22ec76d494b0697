/** How a figure is bounded, by the words before it ("at least 8") or after it ("8 or more"). */
export type Bound = 'exact' | 'min' | 'max' | 'over' | 'under' | 'approx';

/** Phrases before a figure, longest first. */
export const BOUND_BEFORE: ReadonlyArray<readonly [string, Bound]> = [
  ['no fewer than', 'min'],
  ['no less than', 'min'],
  ['a minimum of', 'min'],
  ['minimum of', 'min'],
  ['at least', 'min'],
  ['minimum', 'min'],
  ['no more than', 'max'],
  ['not more than', 'max'],
  ['a maximum of', 'max'],
  ['maximum of', 'max'],
  ['at most', 'max'],
  ['up to', 'max'],
  ['maximum', 'max'],
  ['within', 'max'],
  ['more than', 'over'],
  ['greater than', 'over'],
  ['longer than', 'over'],
  ['over', 'over'],
  ['exceeds', 'over'],
  ['exceeding', 'over'],
  ['less than', 'under'],
  ['fewer than', 'under'],
  ['shorter than', 'under'],
  ['under', 'under'],
  ['below', 'under'],
  ['exactly', 'exact'],
];

/** Phrases before a figure that make it approximate ("about 1 hour"); kept apart from the bounds a figure can be swapped between. */
export const APPROX_BEFORE: ReadonlyArray<readonly [string, Bound]> = [
  ['approximately', 'approx'],
  ['roughly', 'approx'],
  ['around', 'approx'],
  ['about', 'approx'],
];

/** Phrases after a figure (and its unit). */
export const BOUND_AFTER: ReadonlyArray<readonly [string, Bound]> = [
  ['or more', 'min'],
  ['or longer', 'min'],
  ['or greater', 'min'],
  ['or less', 'max'],
  ['or fewer', 'max'],
  ['or shorter', 'max'],
];

/** Words that join the two ends of a range: "60 to 90", "between 60 and 90", "60-90". */
export const RANGE_JOINERS: readonly string[] = ['to', 'and', '-', '–', '—'];

/** How each bound reads in a finding. */
export const BOUND_TEXT: Readonly<Record<Bound, string>> = { exact: '', min: 'at least ', max: 'at most ', over: 'more than ', under: 'less than ', approx: 'about ' };
