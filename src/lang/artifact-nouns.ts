/** Nouns for the artefacts an identity or web service hands out ("tokens issued by …", "keys stored in …"). */
export const ARTIFACT_NOUNS: readonly string[] = [
  'token', 'tokens', 'JWT', 'JWTs', 'code', 'codes', 'key', 'keys', 'certificate', 'certificates', 'assertion', 'assertions',
  'request', 'requests', 'response', 'responses', 'cookie', 'cookies', 'credential', 'credentials', 'secret', 'secrets',
  'event', 'events', 'log', 'logs',
];
