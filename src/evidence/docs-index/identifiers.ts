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

/** Normalise an API path for lookup: no host, no version prefix, no query, no trailing slash. */
export function normalizeApiPath(raw: string): string | undefined {
  let p = raw.replace(/^https:\/\/graph\.microsoft\.com/, '').replace(/[?#].*$/, '');
  p = p.replace(/^\/(?:v1\.0|beta)(?=\/)/, '').replace(/\/+$/, '');
  p = p.replace(/[.,;:]+$/, '');
  if (!/^\/[A-Za-z$]/.test(p) || p.length > 200) return undefined;
  return p;
}

function addAll(out: Set<string>, text: string, re: RegExp, group = 0): void {
  for (const m of text.matchAll(re)) {
    const v = m[group];
    if (v) out.add(v);
  }
}

export function extractIdentifiers(body: string): Set<string> {
  const out = new Set<string>();
  for (const m of body.matchAll(INLINE_CODE)) {
    const code = (m[1] ?? '').trim();
    if (code.length >= 2 && !/\s{2,}/.test(code)) out.add(code);
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
  for (const m of body.matchAll(TABLE_FIRST_CELL)) {
    const cell = (m[1] ?? '').replace(/[`*]/g, '').trim();
    if (/^[A-Za-z@$][\w.@$-]{1,80}$/.test(cell) && !/^:?-+:?$/.test(cell)) out.add(cell);
  }
  return out;
}
