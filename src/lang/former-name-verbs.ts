/** The verb phrase that may follow a former-name cue before the old name ("previously known as Azure AD"). */
export const FORMER_NAME_VERBS: readonly string[] = ['known as', 'called', 'named'];
