/** One request-path segment split into its name and an optional parenthesised part (key or arguments). */
export interface Segment {
  raw: string;
  name: string;
  parens: string | undefined;
}

const HTTP_METHOD_PREFIX = /^(GET|POST|PATCH|PUT|DELETE)\s+/i;
const GRAPH_ORIGIN = /^https?:\/\/graph\.microsoft\.com/i;
const QUERY_AND_FRAGMENT = /[?#].*$/;
/** A segment that is a label ending with ":". */
const LABEL_SEGMENT = /^[^:]+:$/;
/** A segment with a "name:value" inside it. */
const KEYED_SEGMENT = /^[^:]+:[^:]/;
/** A segment with a key or arguments in parentheses; group 1 is the name, group 2 the inside. */
const CALL_SEGMENT = /^([^()]+)\((.*)\)$/;

/** Strip host, method, query and fragment; return the version prefix (if any) and the segments. */
export function splitPath(input: string): { version: 'v1.0' | 'beta' | undefined; segments: Segment[] } {
  let p = input.trim().replace(HTTP_METHOD_PREFIX, '');
  p = p.replace(GRAPH_ORIGIN, '').replace(QUERY_AND_FRAGMENT, '');
  const raw = p.split('/').filter((s) => s !== '');
  // OneDrive path addressing (`root:/folder/file.txt:`) is one segment, colons included.
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const seg = raw[i] ?? '';
    if (LABEL_SEGMENT.test(seg) || KEYED_SEGMENT.test(seg)) {
      let j = i;
      while (j + 1 < raw.length && !(j > i && (raw[j] ?? '').endsWith(':'))) j++;
      parts.push(raw.slice(i, j + 1).join('/'));
      i = j;
    } else parts.push(seg);
  }
  let version: 'v1.0' | 'beta' | undefined;
  if (parts[0] === 'v1.0' || parts[0] === 'beta') version = parts.shift() as 'v1.0' | 'beta';
  const segments = parts.map((raw): Segment => {
    const m = CALL_SEGMENT.exec(raw);
    return m ? { raw, name: m[1] ?? raw, parens: m[2] } : { raw, name: raw, parens: undefined };
  });
  return { version, segments };
}

const BRACED_PLACEHOLDER = /^\{[^}]*\}$/;
const ANGLED_PLACEHOLDER = /^<[^>]*>$/;
const COLON_PLACEHOLDER = /^:[\w-]+$/;
const QUOTED_KEY = /^'.*'$/;
const GUID_START = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;
const DIGIT = /\d/;

/** Placeholders and literal keys: `{id}`, `{user-id}`, `<id>`, `:id`, quoted strings, GUIDs, UPNs, anything with a digit. */
export function looksLikeKey(s: string): boolean {
  return BRACED_PLACEHOLDER.test(s) || ANGLED_PLACEHOLDER.test(s) || COLON_PLACEHOLDER.test(s) || QUOTED_KEY.test(s) || GUID_START.test(s) || s.includes('@') || DIGIT.test(s);
}
