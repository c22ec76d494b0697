import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { ClaimcheckError } from '../errors.js';

/** Write a report: to `file` atomically (temp file + rename, parent folders created), or to stdout. */
export async function writeOutput(text: string, file: string | undefined): Promise<void> {
  if (file === undefined || file === '-') {
    await new Promise<void>((resolve, reject) => {
      process.stdout.write(text, (err) => (err ? reject(err) : resolve()));
    });
    return;
  }
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, text, { encoding: 'utf8' });
  } catch (err) {
    throw new ClaimcheckError('EINPUT', `cannot write the report: ${err instanceof Error ? err.message : String(err)}`, {
      place: { file },
      hint: 'check that the folder is writable, or leave out --output to print the report',
      cause: err,
    });
  }
}

/**
 * Whether terminal output gets colour: never with NO_COLOR set (https://no-color.org), always with
 * FORCE_COLOR set to anything but 0, never into a file, else when stdout is a TTY.
 */
export function resolveColor(env: NodeJS.ProcessEnv, isTTY: boolean, toFile: boolean): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return !toFile;
  return isTTY && !toFile;
}
