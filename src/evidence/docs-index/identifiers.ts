/**
 * Identifier extraction from a section's raw markdown: the code-like tokens a claim can name and
 * a reviewer can look up exactly. Hand-written patterns, each commented with what it is for.
 */

const INLINE_CODE = /`([^`\n]{1,120})`/g;
// Request lines in text or http samples: `GET /users/{id}/messages`, `POST https://graph.microsoft.com/v1.0/me/...`
const REQUEST = /\b(?:GET|POST|PATCH|PUT|DELETE)\s+(\S+)/g;
// Bare Graph URLs and version-prefixed paths.
const GRAPH_URL = /https:\/\/graph\.microsoft\.com\/(?:v1\.0|beta)(\/[^\s"'`)<>\]]+)/g;
const VERSIONED_PATH = /(?:^|[\s(`'"])\/(?:v1\.0|beta)(\/[A-Za-z][^\s"'`)<>\]]*)/g;
// HTTP header shape: capitalised words joined by dashes (X-Ms-Foo, Content-Type, WWW-Authenticate).
const HEADER = /\b[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+\b/g;
// Header lines inside ```http samples (`Authorization: Bearer …`).
const HTTP_FENCE = /```http[^\n]*\n([\s\S]*?)```/g;
const HEADER_LINE = /^([A-Z][A-Za-z0-9-]*):\s/gm;
// One pass for word-shaped identifiers: AADSTS error numbers, snake_case codes (invalid_grant),
// camelCase (userPrincipalName) and PascalCase with an inner capital (SignInLogs).
const WORDISH = /\b(?:AADSTS\d{4,}|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*)\b/g;
// First cell of a table row: property names in "Property | Type | Description" tables.
const TABLE_FIRST_CELL = /^\s*\|\s*([^|]+?)\s*\|/gm;
// A link to a PowerShell cmdlet's reference page names the cmdlet in its last path segment, in lower case
// (`/powershell/module/microsoft.graph.users.actions/revoke-mgusersigninsession`); a page often names a cmdlet
// only this way, with link text in prose ("revoke all refresh tokens"). Lookups are case-insensitive.
const POWERSHELL_LINK = /\/powershell\/module\/[\w.-]+\/([a-z]+-[a-z][a-z0-9]+)\b/gi;
const GRAPH_ORIGIN = /^https:\/\/graph\.microsoft\.com/;
const QUERY_AND_FRAGMENT = /[?#].*$/;
const GRAPH_VERSION_PREFIX = /^\/(?:v1\.0|beta)(?=\/)/;
const TRAILING_SLASHES = /\/+$/;
const TRAILING_PUNCTUATION = /[.,;:]+$/;
/** A path that opens with a segment name ("/users", "/$batch"). */
const PATH_START = /^\/[A-Za-z$]/;

/** Normalise an API path for lookup: no host, no version prefix, no query, no trailing slash. */
export function normalizeApiPath(raw: string): string | undefined {
  let p = raw.replace(GRAPH_ORIGIN, '').replace(QUERY_AND_FRAGMENT, '');
  p = p.replace(GRAPH_VERSION_PREFIX, '').replace(TRAILING_SLASHES, '');
  p = p.replace(TRAILING_PUNCTUATION, '');
  if (!PATH_START.test(p) || p.length > 200) return undefined;
  return p;
}

function addAll(out: Set<string>, text: string, re: RegExp, group = 0): void {
  for (const m of text.matchAll(re)) {
    const v = m[group];
    if (v) out.add(v);
  }
}

/** Two white-space characters or more. */
const SPACE_GAP = /\s{2,}/;
const CODE_OR_BOLD_MARKS = /[`*]/g;
/** A table cell that is one identifier ("displayName", "@odata.type", "$select"). */
const IDENTIFIER_CELL = /^[A-Za-z@$][\w.@$-]{1,80}$/;
/** The dashes of a markdown table header rule. */
const TABLE_RULE_CELL = /^:?-+:?$/;

export function extractIdentifiers(body: string): Set<string> {
  const out = new Set<string>();
  for (const m of body.matchAll(INLINE_CODE)) {
    const code = (m[1] ?? '').trim();
    if (code.length >= 2 && !SPACE_GAP.test(code)) out.add(code);
  }
  // Cheap guards: most sections have no request lines or Graph paths at all.
  const pathish = body.includes('/') ? [REQUEST, GRAPH_URL, VERSIONED_PATH] : [];
  for (const re of pathish) {
    for (const m of body.matchAll(re)) {
      const p = normalizeApiPath(m[1] ?? '');
      if (p) out.add(p);
    }
  }
  addAll(out, body, HEADER);
  if (body.includes('```http')) for (const m of body.matchAll(HTTP_FENCE)) addAll(out, m[1] ?? '', HEADER_LINE, 1);
  addAll(out, body, WORDISH);
  if (body.includes('/powershell/module/')) addAll(out, body, POWERSHELL_LINK, 1);
  for (const m of body.matchAll(TABLE_FIRST_CELL)) {
    const cell = (m[1] ?? '').replace(CODE_OR_BOLD_MARKS, '').trim();
    if (IDENTIFIER_CELL.test(cell) && !TABLE_RULE_CELL.test(cell)) out.add(cell);
  }
  return out;
}
