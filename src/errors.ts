/** Where an error is: a file and, when known, a 1-based line and column. */
export interface Place {
  file: string;
  line?: number;
  column?: number;
}

export type ErrorCode =
  | 'ENOENT'
  | 'EISDIR'
  | 'EBINARY'
  | 'EEMPTY'
  | 'EUSAGE'
  | 'ELEDGER'
  | 'ELOCK'
  | 'EINDEX'
  | 'ECORPUS'
  | 'ENETWORK'
  | 'EINPUT'
  /** a file-system condition: permission, disk full, read-only, name too long … */
  | 'EFS'
  /** refused input: too large, too deep, not a regular file, outside the workspace */
  | 'ELIMIT';

/** The one error type the CLI prints without a stack trace (exit 2). */
export class ClaimcheckError extends Error {
  readonly code: ErrorCode;
  readonly place: Place | undefined;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { place?: Place; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ClaimcheckError';
    this.code = code;
    this.place = options.place;
    this.hint = options.hint;
  }

  /** `file:line:column: message` (+ hint), the form editors and terminals link to. Control characters are escaped. */
  format(): string {
    const where = this.place ? `${[safeText(this.place.file), this.place.line, this.place.column].filter((p) => p !== undefined).join(':')}: ` : '';
    return `${where}${safeText(this.message, true)}${this.hint ? `\n  hint: ${safeText(this.hint)}` : ''}`;
  }
}

/** C0 (but tab, and newline when kept), DEL, C1, and the bidi controls a terminal or editor would act on. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_CHARS_AND_NEWLINES = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from an article, a ledger or a URL made safe for a terminal: every control character (escape
 * sequences, backspace, carriage return, bell, bidi overrides) becomes a visible `\xNN` / `\uNNNN`
 * escape, so nothing in the input can move the cursor, clear the screen or rewrite what was printed.
 */
export function safeText(text: string, keepNewlines = false): string {
  const pattern = keepNewlines ? CONTROL_CHARS : CONTROL_CHARS_AND_NEWLINES;
  return text.replace(pattern, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** What to say about a system error code: what happened, and what to do. */
const SYSTEM_ERRORS: Record<string, { what: string; hint: string }> = {
  EACCES: { what: 'permission denied', hint: 'check the permissions of the file and its folder' },
  EPERM: { what: 'operation not permitted', hint: 'check the permissions of the file and its folder' },
  ENAMETOOLONG: { what: 'the file name is too long', hint: 'use a shorter path' },
  ENOSPC: { what: 'no space left on the device', hint: 'free some disk space and run again; the existing file was left as it was' },
  EDQUOT: { what: 'disk quota exceeded', hint: 'free some space and run again; the existing file was left as it was' },
  EFBIG: { what: 'the file is too large for this file system', hint: 'write it somewhere else' },
  EROFS: { what: 'the file system is read-only', hint: 'write to a writable folder' },
  EMFILE: { what: 'too many open files', hint: 'raise the open-file limit (ulimit -n) and run again' },
  ENFILE: { what: 'too many open files on the system', hint: 'close other programs and run again' },
  ELOOP: { what: 'too many levels of symbolic links', hint: 'fix the symbolic link' },
  ENOTDIR: { what: 'a part of the path is not a folder', hint: 'check the path' },
  EISDIR: { what: 'is a directory', hint: 'give a file path' },
  EIO: { what: 'input/output error', hint: 'check the disk' },
  EBUSY: { what: 'the file is busy', hint: 'try again when the other program has finished with it' },
  EXDEV: { what: 'cannot move a file across devices', hint: 'write to a folder on the same device' },
  ENOENT: { what: 'no such file or folder', hint: 'check the path' },
  ETXTBSY: { what: 'the file is busy', hint: 'try again later' },
};

/** SQLite result codes (better-sqlite3's `code`) said in words. */
const SQLITE_ERRORS: Record<string, { what: string; hint: string }> = {
  SQLITE_FULL: { what: 'the database or disk is full', hint: 'free some disk space and run again; nothing was committed' },
  SQLITE_BUSY: { what: 'the index is locked by another process', hint: 'wait for the other `claimcheck corpus` run to finish, then run again' },
  SQLITE_LOCKED: { what: 'the index is locked by another process', hint: 'wait for the other `claimcheck corpus` run to finish, then run again' },
  SQLITE_READONLY: { what: 'the index is read-only', hint: 'check the permissions of the index file and its folder' },
  SQLITE_CANTOPEN: { what: 'the index cannot be opened', hint: 'check that the folder exists and is writable' },
  SQLITE_IOERR: { what: 'input/output error on the index', hint: 'check the disk, and free space if it is full' },
  SQLITE_PERM: { what: 'permission denied on the index', hint: 'check the permissions of the index file' },
  SQLITE_CORRUPT: { what: 'the index file is damaged', hint: 'rebuild it with `claimcheck corpus add … --rebuild`' },
  SQLITE_NOTADB: { what: 'the file is not a claimcheck index', hint: 'point --index at an index built by `claimcheck corpus add`' },
};

function lookup(code: string): { what: string; hint: string } | undefined {
  const sys = SYSTEM_ERRORS[code];
  if (sys) return sys;
  // SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT …: the primary code says enough
  const primary = Object.keys(SQLITE_ERRORS).find((k) => code === k || code.startsWith(`${k}_`));
  return primary ? SQLITE_ERRORS[primary] : undefined;
}

/**
 * A file-system or SQLite error as a ClaimcheckError saying what happened to which path and what to do;
 * undefined when `err` is not one of those (a real bug, which the CLI reports as an internal error).
 */
export function explainSystemError(err: unknown, action?: string, file?: string): ClaimcheckError | undefined {
  if (err instanceof ClaimcheckError) return err;
  const e = err as { code?: unknown; path?: unknown; message?: unknown } | undefined;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (code === undefined) return undefined;
  const known = lookup(code);
  if (!known) return undefined;
  const path = file ?? (typeof e?.path === 'string' ? e.path : undefined);
  const doing = action ? `${action}: ` : '';
  const message = `${doing}${known.what} (${code})`;
  return new ClaimcheckError(code.startsWith('SQLITE_') ? 'EINDEX' : 'EFS', message, { ...(path ? { place: { file: path } } : {}), hint: known.hint, cause: err });
}

/** Run `fn`, turning file-system errors into clear ClaimcheckErrors about `file`. */
export async function explainingFsErrors<T>(action: string, file: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw explainSystemError(err, action, file) ?? err;
  }
}

/** Control characters but tab and newline, and a carriage return not ending a line. */
const MASKED_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/**
 * The same text with every control character replaced by U+FFFD, one for one, so offsets and spans
 * into it stay right: for printing article text and ledger fields to a terminal.
 */
export function maskControls(text: string): string {
  return text.replace(MASKED_CONTROLS, '\ufffd');
}

/** A JSON-like value (a ledger) with maskControls applied to every string in it. */
export function maskControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return maskControls(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => maskControlsDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskControlsDeep(v)])) as T;
  }
  return value;
}
