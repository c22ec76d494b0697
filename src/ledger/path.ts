import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { readRegularFile } from '../io/read-regular.js';

/** `claims/<slug>.yaml` for an article: slug = basename without extension, lower-case, non-alphanumerics → `-`. */
export function ledgerPathFor(articlePath: string, claimsDir = 'claims'): string {
  return join(claimsDir, `${articleSlug(articlePath)}.yaml`);
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_SLUG_CHARACTERS = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;

export function articleSlug(articlePath: string): string {
  const base = basename(articlePath, extname(articlePath));
  const slug = base
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '') // Über → uber
    .toLowerCase()
    .replace(NOT_SLUG_CHARACTERS, '-')
    .replace(EDGE_DASHES, '');
  return slug === '' ? 'article' : slug;
}

/** The article path as ledgers record it: relative to the working directory, forward slashes. */
function recordedPath(articlePath: string): string {
  const rel = relative(process.cwd(), resolve(articlePath));
  return (rel.startsWith('..') ? resolve(articlePath) : rel).split(sep).join('/');
}

/** `claims/<slug>-<6 hex of the article's path>.yaml`: the ledger of an article whose plain slug another article has. */
export function disambiguatedLedgerPath(articlePath: string, claimsDir = 'claims'): string {
  const hash = createHash('sha256').update(recordedPath(articlePath)).digest('hex').slice(0, 6);
  return join(claimsDir, `${articleSlug(articlePath)}-${hash}.yaml`);
}

/** The `article:` line near the top of a ledger. */
const ARTICLE_LINE = /^article:[ \t]*(.*)$/m;

/** Which article a ledger belongs to, read from its first lines; undefined when there is no such file or line. */
async function ledgerArticle(file: string): Promise<string | undefined> {
  const bytes = await readRegularFile(file, { what: 'ledger', maxBytes: Number.MAX_SAFE_INTEGER }).catch(() => undefined);
  const line = bytes ? ARTICLE_LINE.exec(bytes.subarray(0, 8192).toString('utf8'))?.[1] : undefined;
  if (line === undefined) return undefined;
  const value: unknown = parseDocument(line).toJS();
  return typeof value === 'string' ? value : undefined;
}

/**
 * One ledger per article path. `a/x.md` gets `claims/x.yaml` unless that ledger belongs to another
 * article that still exists (`b/x.md` checked first); then it gets `claims/x-<hash of its path>.yaml`, and keeps it.
 * Deterministic from what is on disk: the hashed ledger, when it exists, always wins.
 */
export async function resolveLedgerPath(articlePath: string, claimsDir = 'claims'): Promise<string> {
  const plain = ledgerPathFor(articlePath, claimsDir);
  const hashed = disambiguatedLedgerPath(articlePath, claimsDir);
  if ((await ledgerArticle(hashed)) !== undefined) return hashed;
  const owner = await ledgerArticle(plain);
  // another article that still exists owns the plain ledger; a ledger whose article moved away stays ours
  const taken = owner !== undefined && owner !== recordedPath(articlePath) && (await isFile(owner));
  return taken ? hashed : plain;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}
