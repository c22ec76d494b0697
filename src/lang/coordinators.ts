/** Words that join two phrases of one rank ("the payload and a lot of fields"): a noun phrase ends before one. */
export const COORDINATORS: readonly string[] = ['and', 'or'];
