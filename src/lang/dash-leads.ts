/** Words that open what follows a dash as a clause of its own ("— making …", "— which means …"): a dash there may be cut. */
export const DASH_LEADS: readonly string[] = ['but', 'and', 'meaning', 'which means', 'making', 'enabling', 'preventing', 'ensuring', 'causing', 'indicating', 'allowing'];
