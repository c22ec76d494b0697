/** Nouns right before an upper-case code that make it an error code ("error CP-COMPL-4410", "status SSPR-0029"). */
export const ERROR_CODE_CUES: readonly string[] = ['error', 'code', 'status', 'event'];
