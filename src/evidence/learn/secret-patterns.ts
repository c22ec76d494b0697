/**
 * What a secret looks like, for `--online`: a word of a claim that matches one of these is never sent
 * to the Learn search API. Deliberately broad: a dropped word costs a little search recall, a sent
 * secret cannot be taken back.
 */

/** Vendor token prefixes: GitHub, GitLab, Slack, OpenAI-style, AWS access keys, Google API keys, Azure SAS. */
const TOKEN_PREFIX = /(?:gh[pousr]_|github_pat_|glpat-|xox[abprs]-|sk-[A-Za-z0-9]|AKIA[0-9A-Z]{12}|ASIA[0-9A-Z]{12}|AIza[0-9A-Za-z_-]{20}|sig=|sv=20)/;
/** A JSON Web Token: three base64url parts, the first one `{"` encoded. */
const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\./;
/** Connection-string and credential assignments: AccountKey=…, Password=…, client_secret=…, token: … */
const CREDENTIAL_ASSIGNMENT = /(?:account ?key|shared ?access ?key|access ?key|password|passwd|pwd|secret|token|api[_-]?key|client[_-]?secret|sas)\s*[=:]/i;
/** user:password@ in a URL, or a bare `user:token@host`. */
const URL_USERINFO = /[\w.%+-]+:[^\s@/]+@[\w-]/;
/** Private key blocks. */
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----|PRIVATE KEY/;
/** 32+ hex digits (keys, hashes) and GUIDs (tenant and object ids are nobody's search terms). */
const LONG_HEX = /[0-9a-f]{32,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** A run of 20+ base64/base64url characters. */
const LONG_RUN = /[A-Za-z0-9+/=_-]{20,}/g;
const HAS_DIGIT = /\d/;
const HAS_LOWER = /[a-z]/;
const HAS_UPPER = /[A-Z]/;
const WORD_SPLIT = /\s+/;
const BASE64_SYMBOL = /[+/=]/;

/** A long run mixing digits with both letter cases, or base64 punctuation: random, not a word or an API name. */
function looksRandom(token: string): boolean {
  for (const run of token.match(LONG_RUN) ?? []) {
    const classes = [HAS_DIGIT, HAS_LOWER, HAS_UPPER].filter((re) => re.test(run)).length;
    if (classes === 3 || (classes >= 2 && HAS_DIGIT.test(run) && run.length >= 24) || BASE64_SYMBOL.test(run.slice(0, -2))) return true;
  }
  return false;
}

/** Whether one whitespace-separated word of a claim looks like a secret. */
export function looksSecret(token: string): boolean {
  return TOKEN_PREFIX.test(token) || JWT.test(token) || CREDENTIAL_ASSIGNMENT.test(token) || URL_USERINFO.test(token) || PRIVATE_KEY.test(token) || LONG_HEX.test(token) || looksRandom(token);
}

/** The query with every secret-looking word left out (what `--online` may send). */
export function withoutSecrets(query: string): string {
  return query
    .split(WORD_SPLIT)
    .filter((w) => w !== '' && !looksSecret(w))
    .join(' ');
}
