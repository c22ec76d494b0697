import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The first `limit` markdown files under `dir`, in name order, depth first: the docs pages a lang test reads. */
export function markdownPages(dir: string, limit: number, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (out.length >= limit) break;
    if (e.isDirectory()) markdownPages(join(dir, e.name), limit, out);
    else if (e.name.endsWith('.md')) out.push(join(dir, e.name));
  }
  return out;
}
