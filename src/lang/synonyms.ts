/**
 * Words that technical writing uses for one another with no change of fact: a blog says "click", the page "select";
 * "app" and "application". Each group is read as one
 * word when a claim's words are counted against a passage's (src/verify/text.ts), on both sides alike. Every
 * written form is listed: the light stemmer leaves short words ("apps") as they are. Only pairs that cannot turn a
 * true statement into a false one belong here: no opposites, no words for a narrower or wider thing ("delete" is
 * not "remove", "tenant" is not "organization"), no word that role names are made of ("admins" would meet
 * "Authentication Administrators"), and no stop word (a group's first word is what the others are
 * read as, and a stop word is never counted).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['application', 'applications', 'app', 'apps'],
  ['display', 'displays', 'displayed', 'show', 'shows', 'shown', 'showed'],
  ['allow', 'allows', 'allowed', 'permit', 'permits', 'permitted'],
  ['select', 'selects', 'selected', 'choose', 'chooses', 'chose', 'chosen', 'click', 'clicks', 'clicked', 'pick', 'picks', 'picked'],
  ['navigate', 'navigates', 'navigated', 'browse', 'browses', 'browsed'],
  ['immediately', 'instantly'],
];
