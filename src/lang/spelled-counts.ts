/**
 * Spelled-out numbers that count the noun after them ("five accounts") as the entity step reads them: "one" is
 * left out (mostly a pronoun), and so are the rare round numbers the step never needed.
 */
export const SPELLED_COUNTS: readonly string[] = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred'];

/** Words after a spelled number that show it counts nothing ("two of", "ten or more"). */
export const NOT_COUNTED_AFTER: readonly string[] = ['of', 'or', 'and', 'to', 'the', 'more'];
