/** Where an error is: a file and, when known, a 1-based line and column. */
export interface Place {
  file: string;
  line?: number;
  column?: number;
}

export type ErrorCode = 'ENOENT' | 'EISDIR' | 'EBINARY' | 'EEMPTY' | 'EUSAGE' | 'ELEDGER' | 'ELOCK' | 'EINDEX' | 'ECORPUS' | 'ENETWORK' | 'EINPUT';

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

  /** `file:line:column: message` (+ hint), the form editors and terminals link to. */
  format(): string {
    const where = this.place ? `${[this.place.file, this.place.line, this.place.column].filter((p) => p !== undefined).join(':')}: ` : '';
    return `${where}${this.message}${this.hint ? `\n  hint: ${this.hint}` : ''}`;
  }
}
