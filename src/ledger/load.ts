import { LineCounter, parseDocument, type Document } from 'yaml';
import { ClaimcheckError } from '../errors.js';
import { readRegularFile } from '../io/read-regular.js';
import type { Ledger } from '../schema/ledger.js';
import { validateLedgerDocument } from './validate.js';

export interface LoadedLedger {
  ledger: Ledger;
  /** The parsed YAML document, kept so `saveLedger` can preserve comments and key order. */
  doc: Document;
}

/** Parse ledger text; throws the first problem (by position) as ClaimcheckError('ELEDGER'), listing the rest. */
export function parseLedger(text: string, file: string): LoadedLedger {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const { ledger, problems } = validateLedgerDocument(doc, lineCounter, file);
  const [first, ...rest] = problems;
  if (first) {
    if (rest.length === 0) throw first;
    const more = rest.slice(0, 3).map((p) => `  ${p.format().split('\n')[0] ?? ''}`);
    if (rest.length > 3) more.push(`  … and ${rest.length - 3} more`);
    throw new ClaimcheckError('ELEDGER', `${first.message}\n${rest.length} more problem(s):\n${more.join('\n')}`, {
      ...(first.place ? { place: first.place } : {}),
      ...(first.hint ? { hint: first.hint } : {}),
    });
  }
  if (!ledger) throw new ClaimcheckError('ELEDGER', 'the ledger could not be read', { place: { file } });
  return { ledger, doc };
}

/**
 * Ledgers larger than this are refused before they are parsed (a YAML tree takes ~10× the text in
 * memory). CLAIMCHECK_MAX_LEDGER_MB raises it.
 */
const envLedgerMb = Number(process.env['CLAIMCHECK_MAX_LEDGER_MB']);
export const MAX_LEDGER_BYTES = (Number.isFinite(envLedgerMb) && envLedgerMb > 0 ? envLedgerMb : 64) * 1024 * 1024;
const BYTE_ORDER_MARK = /^\uFEFF/;

/** Read and validate a ledger; `undefined` when the file does not exist. Never writes. */
export async function loadLedger(file: string): Promise<LoadedLedger | undefined> {
  const bytes = await readRegularFile(file, { what: 'ledger', maxBytes: MAX_LEDGER_BYTES, raiseHint: 'set CLAIMCHECK_MAX_LEDGER_MB to raise the limit' });
  if (bytes === undefined) return undefined;
  return parseLedger(bytes.toString('utf8').replace(BYTE_ORDER_MARK, ''), file);
}
