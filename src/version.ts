import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

/** Read from package.json once; works from src/ (tsx, vitest) and from dist/. */
export const TOOL_VERSION: string = (() => {
  for (const up of ['..', '../..']) {
    try {
      const pkg = JSON.parse(readFileSync(join(here, up, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'claimcheck' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
})();

/** The repository root (where package.json, sources/ and claims/ live). */
export const PACKAGE_ROOT: string = (() => {
  for (const up of ['..', '../..']) {
    try {
      const pkg = JSON.parse(readFileSync(join(here, up, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'claimcheck') return join(here, up);
    } catch {
      // try the next candidate
    }
  }
  return process.cwd();
})();
