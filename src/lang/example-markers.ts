/** Words that open an example: "… and for example features like incremental consent". */
export const EXAMPLE_MARKERS: readonly string[] = ['for example', 'for instance', 'e.g.'];
