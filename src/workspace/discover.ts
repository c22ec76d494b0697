import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import ignore from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ClaimcheckError, explainSystemError } from '../errors.js';

/** What counts as an article when a folder or glob is given: markdown and plain text. */
export const ARTICLE_EXTENSIONS = ['md', 'markdown', 'mdx', 'txt', 'text'] as const;
/** The file beside .gitignore that lists what claimcheck alone should skip (gitignore syntax). */
export const IGNORE_FILE = '.claimcheckignore';
/** Never articles, whatever the ignore files say. */
const ALWAYS_IGNORED = ['node_modules/', '.git/', '.claimcheck/'];
/** The argument that means "read the article from standard input". */
export const STDIN_ARG = '-';
const TRAILING_SLASH = /\/+$/;

export interface DiscoverOptions {
  cwd?: string;
  /** More gitignore-style patterns (the configuration's `ignore`). */
  ignore?: readonly string[];
}

export interface Discovered {
  /** Article paths relative to cwd (forward slashes), sorted, each once; `-` for standard input. */
  articles: string[];
  /** Files named outright that the ignore rules skip (listed so nothing is dropped silently). */
  ignoredExplicit: string[];
}

function posix(path: string): string {
  return path.split(sep).join('/');
}

function readIgnoreFile(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/**
 * Expand the command's arguments into articles, as linters do: a file is taken as named; a folder
 * stands for every article under it; anything else is a glob. `.gitignore`, `.claimcheckignore` (both at
 * the working directory) and the configuration's ignore globs apply to what folders and globs find.
 */
export async function discoverArticles(args: readonly string[], opts: DiscoverOptions = {}): Promise<Discovered> {
  const cwd = opts.cwd ?? process.cwd();
  const rules = ignore()
    .add(ALWAYS_IGNORED)
    .add(readIgnoreFile(join(cwd, '.gitignore')))
    .add(readIgnoreFile(join(cwd, IGNORE_FILE)))
    .add([...(opts.ignore ?? [])]);
  const ignored = (rel: string): boolean => !rel.startsWith('../') && !isAbsolute(rel) && rel !== '' && rules.ignores(rel);
  const found = new Set<string>();
  const ignoredExplicit: string[] = [];
  const exts = ARTICLE_EXTENSIONS.join(',');
  for (const arg of args) {
    if (arg === STDIN_ARG) {
      found.add(STDIN_ARG);
      continue;
    }
    const abs = isAbsolute(arg) ? arg : join(cwd, arg);
    const info = statOf(abs, arg);
    // a path named on its own is the user's choice whatever its extension; the reader refuses what is not
    // a regular file inside the workspace (a device, a FIFO, a link out) with its own clear message
    if (info && !info.isDirectory()) {
      const rel = posix(relative(cwd, abs));
      if (ignored(rel)) ignoredExplicit.push(rel);
      else found.add(rel.startsWith('../') ? posix(arg) : rel);
      continue;
    }
    const pattern = info?.isDirectory() ? `${posix(arg).replace(TRAILING_SLASH, '')}/**/*.{${exts}}` : posix(arg);
    if (!info && !isDynamicPattern(pattern)) {
      throw new ClaimcheckError('ENOENT', 'no such file or folder', { place: { file: arg }, hint: 'give article files, folders or globs such as "docs/**/*.md"' });
    }
    const matches = await glob(pattern, { cwd, dot: false, onlyFiles: true, expandDirectories: false });
    for (const m of matches) {
      const rel = posix(m);
      if (!ignored(rel)) found.add(rel);
    }
  }
  return { articles: [...found].sort(), ignoredExplicit };
}

/** What a named path is; undefined when it does not exist. Other errors (a name too long, no permission) are explained. */
function statOf(abs: string, arg: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw explainSystemError(err, 'read', arg) ?? err;
  }
}
