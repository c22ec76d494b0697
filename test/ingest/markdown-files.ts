import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';

/** `../shared/corpus` beside the project, where the corpus suites read real docs pages. */
export const SHARED_CORPUS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

/** Every `.md` file under a folder, at any depth, as absolute paths in a stable order. */
export function markdownFilesUnder(dir: string): string[] {
  return globSync('**/*.md', { cwd: dir, absolute: true }).sort();
}

/** The markdown pages of the corpora of `../shared/corpus` that are present (entra-docs, memdocs, azure-docs). */
export function corpusPages(): string[] {
  return ['entra-docs', 'memdocs', 'azure-docs'].flatMap((c) => (existsSync(join(SHARED_CORPUS, c)) ? markdownFilesUnder(join(SHARED_CORPUS, c)) : []));
}
