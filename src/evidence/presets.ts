import { ClaimcheckError } from '../errors.js';

/**
 * Corpus presets: where a documentation set lives on GitHub, which folders a sparse clone needs,
 * and how a file path inside the checkout maps to its published learn.microsoft.com URL
 * (rules from ../shared/corpus/README.md).
 */
export interface Preset {
  name: string;
  /** Public git repository used by `corpus fetch`. */
  repo: string;
  /** Folders for `git sparse-checkout set`. */
  sparse: string[];
  /** 'docs' = markdown pages; 'graph-metadata' = CSDL + type mappings, no pages of its own. */
  kind: 'docs' | 'graph-metadata';
  /** Published URL of a checkout-relative path (posix separators), or undefined when not published. */
  toUrl(relPath: string): string | undefined;
}

const LEARN = 'https://learn.microsoft.com/en-us';

/** `a/b/index.md` → `a/b/`, `a/b/c.md` → `a/b/c`; undefined for anything that isn't markdown. */
function pagePath(rel: string): string | undefined {
  if (!rel.endsWith('.md')) return undefined;
  const noExt = rel.slice(0, -3);
  if (noExt === 'index') return '';
  if (noExt.endsWith('/index')) return noExt.slice(0, -'index'.length);
  return noExt;
}

/** A preset whose pages live under one folder and publish under one URL prefix. */
function underFolder(folder: string, urlBase: string) {
  return (rel: string): string | undefined => {
    if (!rel.startsWith(`${folder}/`)) return undefined;
    const p = pagePath(rel.slice(folder.length + 1));
    return p === undefined ? undefined : `${urlBase}/${p}`;
  };
}

/** An API reference page path: group 1 the version, group 2 the kind, group 3 the rest. */
const API_REFERENCE_PAGE = /^api-reference\/(v1\.0|beta)\/(api|resources)\/(.+)$/;

/** microsoft-graph-docs: api pages and resource pages carry the version as `?view=`. */
function graphDocsUrl(rel: string): string | undefined {
  const api = API_REFERENCE_PAGE.exec(rel);
  if (api) {
    const [, version, kind, rest] = api;
    const p = pagePath(rest ?? '');
    if (p === undefined || p === '' || p.includes('/')) return undefined;
    const view = version === 'beta' ? 'graph-rest-beta' : 'graph-rest-1.0';
    return `${LEARN}/graph/api/${kind === 'resources' ? 'resources/' : ''}${p}?view=${view}`;
  }
  return underFolder('concepts', `${LEARN}/graph`)(rel);
}

export const PRESETS: Record<string, Preset> = {
  'entra-docs': {
    name: 'entra-docs',
    repo: 'https://github.com/MicrosoftDocs/entra-docs.git',
    sparse: ['docs'],
    kind: 'docs',
    toUrl: underFolder('docs', `${LEARN}/entra`),
  },
  'microsoft-graph-docs': {
    name: 'microsoft-graph-docs',
    repo: 'https://github.com/microsoftgraph/microsoft-graph-docs-contrib.git',
    sparse: ['api-reference', 'concepts'],
    kind: 'docs',
    toUrl: graphDocsUrl,
  },
  'azure-docs': {
    name: 'azure-docs',
    repo: 'https://github.com/MicrosoftDocs/azure-docs.git',
    sparse: ['articles'],
    kind: 'docs',
    toUrl: underFolder('articles', `${LEARN}/azure`),
  },
  memdocs: {
    name: 'memdocs',
    repo: 'https://github.com/MicrosoftDocs/memdocs.git',
    sparse: ['memdocs/intune'],
    kind: 'docs',
    toUrl: underFolder('memdocs/intune', `${LEARN}/mem/intune`),
  },
  'msgraph-metadata': {
    name: 'msgraph-metadata',
    repo: 'https://github.com/microsoftgraph/msgraph-metadata.git',
    sparse: ['schemas'],
    kind: 'graph-metadata',
    toUrl: () => undefined,
  },
};

/** A preset for any other docs set: `{path}` is the relative path without `.md` (index.md → its folder). */
export function templatePreset(template: string, name = 'custom'): Preset {
  if (!template.includes('{path}')) {
    throw new ClaimcheckError('EUSAGE', `--url-template must contain {path}: ${template}`, {
      hint: 'for example --url-template "https://example.com/docs/{path}"',
    });
  }
  return {
    name,
    repo: '',
    sparse: [],
    kind: 'docs',
    toUrl: (rel) => {
      const p = pagePath(rel);
      return p === undefined ? undefined : template.replace('{path}', p);
    },
  };
}

export function getPreset(name: string, urlTemplate?: string): Preset {
  if (urlTemplate !== undefined) return templatePreset(urlTemplate, name);
  const preset = PRESETS[name];
  if (!preset) {
    throw new ClaimcheckError('EUSAGE', `unknown corpus preset "${name}"`, {
      hint: `use one of ${Object.keys(PRESETS).join(', ')}, or give --url-template`,
    });
  }
  return preset;
}
