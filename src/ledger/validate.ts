import { isScalar, type Document, type LineCounter } from 'yaml';
import type { z } from 'zod';
import { ClaimcheckError } from '../errors.js';
import { Ledger } from '../schema/ledger.js';
import { keyNodeAt, nodeAt, placeOfNode, posOf } from './positions.js';

/** `claims[3].status` — the path as a reader of the YAML would name it. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out === '' ? '(top level)' : out;
}

function describeIssue(doc: Document, issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_value': {
      const got = doc.getIn(issue.path as unknown[]);
      const allowed = issue.values.map((v) => String(v)).join(', ');
      return `${where}: ${JSON.stringify(got)} is not allowed; use one of: ${allowed}`;
    }
    case 'unrecognized_keys':
      return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      if (!doc.hasIn(issue.path as unknown[])) return `${where}: required field is missing (expected ${issue.expected})`;
      return `${where}: expected ${issue.expected}, found ${JSON.stringify(doc.getIn(issue.path as unknown[]))}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

/** One ClaimcheckError per zod issue, placed at the offending YAML node. */
function zodProblems(doc: Document, lc: LineCounter, file: string, issues: z.core.$ZodIssue[]): ClaimcheckError[] {
  return issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => {
      const node = key === undefined ? nodeAt(doc, issue.path) : (keyNodeAt(doc, issue.path, key) ?? nodeAt(doc, issue.path));
      const place = { file, ...placeOfNode(lc, node) };
      const message = key === undefined ? describeIssue(doc, issue) : `${formatPath(issue.path)}: unknown field "${key}"`;
      return new ClaimcheckError('ELEDGER', message, { place, hint: 'fix the ledger by hand; claimcheck leaves it untouched' });
    });
  });
}

/** Ids must be unique: report every repeat at its own `id` value, naming the first occurrence. */
function duplicateIdProblems(doc: Document, lc: LineCounter, file: string, ledger: Ledger): ClaimcheckError[] {
  const firstAt = new Map<string, number>();
  const out: ClaimcheckError[] = [];
  ledger.claims.forEach((claim, i) => {
    const first = firstAt.get(claim.id);
    if (first === undefined) {
      firstAt.set(claim.id, i);
      return;
    }
    const node = nodeAt(doc, ['claims', i, 'id']);
    const firstPos = placeOfNode(lc, nodeAt(doc, ['claims', first, 'id']));
    out.push(
      new ClaimcheckError('ELEDGER', `claims[${i}].id: duplicate id ${claim.id} (first used at line ${firstPos.line})`, {
        place: { file, ...placeOfNode(lc, node) },
        hint: 'each claim needs its own id; remove or rename the repeat',
      }),
    );
  });
  return out;
}

export interface Validation {
  ledger: Ledger | undefined;
  problems: ClaimcheckError[];
}

/** YAML errors, then schema issues, then duplicate ids; `ledger` is set only when there are no problems. */
export function validateLedgerDocument(doc: Document, lc: LineCounter, file: string): Validation {
  if (doc.errors.length > 0) {
    const problems = doc.errors.map(
      (e) =>
        new ClaimcheckError('ELEDGER', `YAML syntax: ${e.message.split('\n')[0] ?? e.message}`, {
          place: { file, ...posOf(lc, e.pos[0]) },
          hint: 'fix the YAML by hand; claimcheck leaves the file untouched',
        }),
    );
    return { ledger: undefined, problems };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    const problem = new ClaimcheckError('ELEDGER', 'the ledger is empty', {
      place: { file, line: 1, column: 1 },
      hint: 'delete the file and run `claimcheck check` to create it again',
    });
    return { ledger: undefined, problems: [problem] };
  }
  let plain: unknown;
  try {
    plain = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // yaml refuses an alias bomb (aliases expanding to millions of nodes) with a ReferenceError
    const problem = new ClaimcheckError('ELEDGER', `the ledger uses YAML aliases in a way claimcheck refuses: ${(err as Error).message}`, {
      place: { file, line: 1, column: 1 },
      hint: 'ledgers written by claimcheck use no aliases (&name / *name); remove them by hand',
    });
    return { ledger: undefined, problems: [problem] };
  }
  const parsed = Ledger.safeParse(plain);
  if (!parsed.success) return { ledger: undefined, problems: sortByPlace(zodProblems(doc, lc, file, parsed.error.issues)) };
  const dups = duplicateIdProblems(doc, lc, file, parsed.data);
  return dups.length > 0 ? { ledger: undefined, problems: dups } : { ledger: parsed.data, problems: [] };
}

function sortByPlace(problems: ClaimcheckError[]): ClaimcheckError[] {
  const key = (p: ClaimcheckError) => (p.place?.line ?? 0) * 1e6 + (p.place?.column ?? 0);
  return [...problems].sort((a, b) => key(a) - key(b));
}
