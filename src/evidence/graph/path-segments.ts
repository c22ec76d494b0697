/** One request-path segment split into its name and an optional parenthesised part (key or arguments). */
export interface Segment {
  raw: string;
  name: string;
  parens: string | undefined;
}

/** Strip host, method, query and fragment; return the version prefix (if any) and the segments. */
export function splitPath(input: string): { version: 'v1.0' | 'beta' | undefined; segments: Segment[] } {
  let p = input.trim().replace(/^(GET|POST|PATCH|PUT|DELETE)\s+/i, '');
  p = p.replace(/^https?:\/\/graph\.microsoft\.com/i, '').replace(/[?#].*$/, '');
  const raw = p.split('/').filter((s) => s !== '');
  // OneDrive path addressing (`root:/folder/file.txt:`) is one segment, colons included.
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const seg = raw[i] ?? '';
    if (/^[^:]+:$/.test(seg) || /^[^:]+:[^:]/.test(seg)) {
      let j = i;
      while (j + 1 < raw.length && !(j > i && (raw[j] ?? '').endsWith(':'))) j++;
      parts.push(raw.slice(i, j + 1).join('/'));
      i = j;
    } else parts.push(seg);
  }
  let version: 'v1.0' | 'beta' | undefined;
  if (parts[0] === 'v1.0' || parts[0] === 'beta') version = parts.shift() as 'v1.0' | 'beta';
  const segments = parts.map((raw): Segment => {
    const m = /^([^()]+)\((.*)\)$/.exec(raw);
    return m ? { raw, name: m[1] ?? raw, parens: m[2] } : { raw, name: raw, parens: undefined };
  });
  return { version, segments };
}

/** Placeholders and literal keys: `{id}`, `{user-id}`, `<id>`, `:id`, quoted strings, GUIDs, UPNs, anything with a digit. */
export function looksLikeKey(s: string): boolean {
  return /^\{[^}]*\}$/.test(s) || /^<[^>]*>$/.test(s) || /^:[\w-]+$/.test(s) || /^'.*'$/.test(s) || /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(s) || s.includes('@') || /\d/.test(s);
}
