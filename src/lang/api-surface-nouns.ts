/** Nouns of an API surface (singular, as written; a plural "s" is read too): with an identifier, a claim is about the API. */
export const API_SURFACE_NOUNS: readonly string[] = [
  'endpoint',
  'parameter',
  'property',
  'field',
  'header',
  'claim',
  'method',
  'API',
  'returns',
  'return',
  'request',
  'response',
  'permission',
  'scope',
  'value',
];
