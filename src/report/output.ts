import { ClaimcheckError } from '../errors.js';
import { writeFileDurably } from '../io/durable-write.js';
import { readRegularFile } from '../io/read-regular.js';

/** The top-level keys every ledger starts with; a file that has both is a ledger, whatever it is called. */
const LEDGER_ARTICLE_KEY = /^articleSha256: /m;
const LEDGER_CLAIMS_KEY = /^claims:/m;

/** Refuse `--output` onto a ledger: a report written there would replace every reviewer verdict. */
async function refuseLedgerTarget(file: string): Promise<void> {
  const head = await readRegularFile(file, { what: 'report', maxBytes: Number.MAX_SAFE_INTEGER }).catch(() => undefined);
  if (head === undefined) return;
  const text = head.subarray(0, 1 << 20).toString('utf8');
  if (LEDGER_ARTICLE_KEY.test(text) && LEDGER_CLAIMS_KEY.test(text)) {
    throw new ClaimcheckError('EUSAGE', 'refusing to write the report over a ledger (it holds the reviewer verdicts)', {
      place: { file },
      hint: 'choose another --output file',
    });
  }
}

/** Write a report: to `file` durably (temp file, checked writes, fsync, rename; parent folders created), or to stdout. */
export async function writeOutput(text: string, file: string | undefined): Promise<void> {
  if (file === undefined || file === '-') {
    await new Promise<void>((resolve, reject) => {
      process.stdout.write(text, (err) => (err ? reject(err) : resolve()));
    });
    return;
  }
  await refuseLedgerTarget(file);
  await writeFileDurably(file, text, { what: 'report' });
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
