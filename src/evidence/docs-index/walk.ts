import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `root` as a posix relative path, skipping dot folders and node_modules. */
export function walkFiles(root: string, accept: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const stack: string[] = [''];
  while (stack.length > 0) {
    const rel = stack.pop() ?? '';
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) stack.push(child);
      else if (e.isFile() && accept(child)) out.push(child);
    }
  }
  return out.sort();
}
