/**
 * Path → learn.microsoft.com URL rules of ../shared/corpus/README.md, for paths relative to the
 * corpus root (e.g. `entra-docs/docs/identity/x.md`). Written independently of the tool's presets
 * so that the gold files are checked against the README, not against the code under evaluation.
 */
const LEARN = 'https://learn.microsoft.com/en-us';

function page(rest: string): string | undefined {
  if (!rest.endsWith('.md')) return undefined;
  const p = rest.slice(0, -3);
  if (p === 'index') return '';
  return p.endsWith('/index') ? p.slice(0, -'index'.length) : p;
}

export function corpusPathToUrl(corpusPath: string): string | undefined {
  const rules: [string, string][] = [
    ['entra-docs/docs/', `${LEARN}/entra/`],
    ['memdocs/memdocs/intune/', `${LEARN}/mem/intune/`],
    ['azure-docs/articles/', `${LEARN}/azure/`],
  ];
  for (const [prefix, base] of rules) {
    if (corpusPath.startsWith(prefix)) {
      const p = page(corpusPath.slice(prefix.length));
      return p === undefined ? undefined : base + p;
    }
  }
  const graph = /^(?:microsoft-graph-docs\/)?api-reference\/(v1\.0|beta)\/(api|resources)\/([^/]+\.md)$/.exec(corpusPath);
  if (graph) {
    const [, version, kind, file] = graph;
    const p = page(file ?? '');
    if (p === undefined) return undefined;
    return `${LEARN}/graph/api/${kind === 'resources' ? 'resources/' : ''}${p}?view=${version === 'beta' ? 'graph-rest-beta' : 'graph-rest-1.0'}`;
  }
  const concept = /^(?:microsoft-graph-docs\/)?concepts\/(.+)$/.exec(corpusPath);
  if (concept) {
    const p = page(concept[1] ?? '');
    return p === undefined ? undefined : `${LEARN}/graph/${p}`;
  }
  return undefined;
}

/** Heading anchor as Learn builds it: lower-cased, punctuation dropped, spaces turned into `-`. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s+/g, '-');
}

/** A URL reduced for comparison: no fragment, no `view` query parameter, no trailing slash, lower-case. */
export function comparableUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    u.searchParams.delete('view');
    u.searchParams.delete('preserve-view');
    const q = u.searchParams.toString();
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}${q ? `?${q}` : ''}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** The page path only (no query, fragment, locale), for "same page" comparisons. */
export function pagePath(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname
      .replace(/^\/[a-z]{2}-[a-z]{2}\//, '/')
      .replace(/\/+$/, '')
      .toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}
