import { basename, extname, join } from 'node:path';

/** `claims/<slug>.yaml` for an article: slug = basename without extension, lower-case, non-alphanumerics → `-`. */
export function ledgerPathFor(articlePath: string, claimsDir = 'claims'): string {
  return join(claimsDir, `${articleSlug(articlePath)}.yaml`);
}

export function articleSlug(articlePath: string): string {
  const base = basename(articlePath, extname(articlePath));
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Über → uber
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'article' : slug;
}
