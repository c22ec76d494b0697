// Part of `npm run build`, after tsc: bundles the CLI into dist/bundle/ (main.js plus a few shared chunks), which
// bin/claimcheck.js runs when it exists: a handful of files to read and no module resolution at startup.
// better-sqlite3 stays outside (it loads a native addon from its own package). The command modules are dynamic
// imports (src/cli/program.ts), and code splitting keeps each in its own chunk, so `--version` reads only main.js
// and `check` only what checking needs; measured against one single file, which every command must compile whole
// (`--version` 2.0× `node -e 0` single-file, 1.15× split). Without esbuild the old bundle is removed and the bin
// runs dist/cli/main.js, the same program in separate files.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// One level under dist/, like dist/cli/: src/version.ts finds package.json two levels up from any chunk.
const outdir = join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bundle-cli: esbuild is not installed; bin/claimcheck.js will run dist/cli/main.js\n');
  process.exit(0);
}

await esbuild.build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3'],
  // CommonJS dependencies use require() and __filename (write-file-atomic seeds its temp names with it); an ES
  // module has neither, so each output file defines them for itself
  banner: {
    js: [
      "import { createRequire as __claimcheckRequire } from 'node:module';",
      "import { fileURLToPath as __claimcheckPath } from 'node:url';",
      'const require = __claimcheckRequire(import.meta.url);',
      'const __filename = __claimcheckPath(import.meta.url);',
      "const __dirname = __claimcheckPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
