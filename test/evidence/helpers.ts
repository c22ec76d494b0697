import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const fixtureDocs = join(repoRoot, 'test/fixtures/docs');
export const corpusDir = resolve(repoRoot, '../shared/corpus');

/** A temp dir with copies of the named fixture trees (so tests can touch and delete files). */
export function tempWorkspace(...trees: string[]): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-ev-'));
  for (const t of trees) cpSync(join(fixtureDocs, t), join(dir, t), { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
