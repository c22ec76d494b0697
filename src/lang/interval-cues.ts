/** Words before a figure that make it an interval, how often something happens ("renewed every 4 hours"), not how long. */
export const INTERVAL_CUES: readonly string[] = ['every', 'each'];
