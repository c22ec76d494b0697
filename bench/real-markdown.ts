/** Real documentation pages from ../shared/corpus, concatenated (front matter dropped) to a given size. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpusDir = resolve(fileURLToPath(new URL('../..', import.meta.url)), 'shared', 'corpus');
const CORPORA = ['entra-docs', 'memdocs', 'azure-docs'];
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** Why real pages cannot be had, or undefined when they can. */
export function realPagesMissing(): string | undefined {
  return existsSync(join(corpusDir, 'entra-docs')) ? undefined : `${corpusDir}/entra-docs is absent`;
}

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) markdownFiles(p, out);
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

/** The pages in a fixed order, repeated from the start when one pass is shorter than `bytes`. */
export function realMarkdown(bytes: number): string {
  const pages = CORPORA.filter((c) => existsSync(join(corpusDir, c))).flatMap((c) => markdownFiles(join(corpusDir, c)));
  const bodies = pages.map((f) => readFileSync(f, 'utf8').replace(FRONT_MATTER, ''));
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes && bodies.length > 0; i++) {
    const body = bodies[i % bodies.length] ?? '';
    out.push(body);
    size += Buffer.byteLength(body) + 2;
  }
  return out.join('\n\n');
}
