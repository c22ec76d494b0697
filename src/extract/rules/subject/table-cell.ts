import type { Referent, SubjectRule } from '../types.js';
import { asSentence } from '../../split-atomic.js';
import { CELL_LINE_BREAK, TABLE_RULE } from '../../../ingest/pipe-table.js';

/** A pipe table's header rule (`|---|:--:|`): the delimiter row, with a pipe in it (not a thematic break). */
const isHeaderRule = (line: string): boolean => line.includes('|') && TABLE_RULE.test(line);

/** A pipe not escaped with a backslash: where a table row's cells part. */
const CELL_PIPE = /(?<!\\)\|/g;
/** Bold, italic and code marks around a label or header ("**Pre-requisite**"). */
const EMPHASIS_MARKS = /[*_`]+/g;
const WHITESPACE_RUN = /\s+/g;
/** A header or label longer than this is prose, not a name for the cell. */
const MAX_NAME_CHARS = 60;
/** The cell's closing full stop, dropped before the sentence gets its own. */
const FINAL_STOP = /\.$/;

/** The cells of a pipe-table row, as written (the leading and trailing pipes dropped). */
function cellsOf(line: string): string[] {
  const cells = line.trim().split(CELL_PIPE);
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop();
  return cells;
}

const clean = (cell: string | undefined): string => (cell ?? '').replace(CELL_LINE_BREAK, ' ').replace(EMPHASIS_MARKS, '').replace(WHITESPACE_RUN, ' ').trim();

/**
 * Where a table cell stands: its row's label (first cell), its column's header, and whether it is the first
 * column or the header row. Hand-written over the source lines, as the block gives only the cell's offsets: a
 * cell's column is the number of unescaped pipes before it on its line.
 */
export function cellPlace(doc: string, at: number): CellPlace | undefined {
  // the subject rule and the kind rule (isRowLabel) ask of the same cell one after the other
  if (doc === lastPlace.doc && at === lastPlace.at) return lastPlace.place;
  const place = readCellPlace(doc, at);
  lastPlace = { doc, at, place };
  return place;
}

interface CellPlace {
  column: number;
  label: string;
  labelAt?: Referent;
  header: string;
  headerRow: boolean;
}

/** The cell last asked about, and its place. */
let lastPlace: { doc: string | undefined; at: number; place: CellPlace | undefined } = { doc: undefined, at: -1, place: undefined };

function readCellPlace(doc: string, at: number): CellPlace | undefined {
  const lineStart = doc.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = doc.indexOf('\n', at);
  const line = doc.slice(lineStart, lineEnd < 0 ? doc.length : lineEnd);
  const before = doc.slice(lineStart, at);
  const leadingPipe = line.trimStart().startsWith('|');
  const column = (before.match(CELL_PIPE)?.length ?? 0) - (leadingPipe ? 1 : 0);
  // the first cell as it stands in the source: its names join the claim's entities
  const rawLabel = cellsOf(line)[0] ?? '';
  const labelOffset = rawLabel.trim() === '' ? -1 : line.indexOf(rawLabel.trim());
  const labelAt = labelOffset < 0 ? undefined : { start: lineStart + labelOffset, end: lineStart + labelOffset + rawLabel.trim().length, text: rawLabel.trim() };
  // the header row is the line right above the header rule: this line when the next one is the rule, else the
  // line above the rule met walking up over the body rows (line by line, never the whole text before the cell)
  const nextStart = lineEnd < 0 ? doc.length : lineEnd + 1;
  const nextEnd = doc.indexOf('\n', nextStart);
  if (isHeaderRule(doc.slice(nextStart, nextEnd < 0 ? doc.length : nextEnd))) return { column, label: clean(rawLabel), header: clean(cellsOf(line)[column]), headerRow: true };
  const header = headerAbove(doc, lineStart);
  return header ? { column, label: clean(rawLabel), ...(labelAt ? { labelAt } : {}), header: clean(header[column]), headerRow: false } : undefined;
}

/**
 * Whether the cell at `at` labels its row: the first cell of a body row whose other cells say something of it
 * ("| Requires Entra ID P2 | Yes | No |"). Each of those cells is a claim that names the label (see tableCell).
 */
export function isRowLabel(doc: string, at: number): boolean {
  const place = cellPlace(doc, at);
  if (!place || place.headerRow || place.column !== 0) return false;
  const lineStart = doc.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = doc.indexOf('\n', at);
  return cellsOf(doc.slice(lineStart, lineEnd < 0 ? doc.length : lineEnd))
    .slice(1)
    .some((c) => clean(c) !== '');
}

/** The header cells found for each body row read so far (by the row's line start), for the text last read. */
const headers = new Map<number, string[] | null>();
let headersOf: string | undefined;

/**
 * The cells of the header row above a body row that starts at `lineStart`: walking up line by line to the header
 * rule, or to a row already read (each row's cells ask, so a long table is walked once, not once per cell).
 */
function headerAbove(doc: string, lineStart: number): string[] | undefined {
  if (headersOf !== doc) {
    headers.clear();
    headersOf = doc;
  }
  const walked: number[] = [];
  let found: string[] | null = null;
  let at = lineStart;
  while (at > 0) {
    const known = headers.get(at);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(at);
    const end = at - 1; // the newline that ends the line above
    const start = doc.lastIndexOf('\n', end - 1) + 1;
    const above = doc.slice(start, end);
    if (!above.includes('|')) break; // left the table without meeting its header rule
    if (isHeaderRule(above)) {
      found = start >= 1 ? cellsOf(doc.slice(doc.lastIndexOf('\n', start - 2) + 1, start - 1)) : null;
      break;
    }
    at = start;
  }
  for (const w of walked) headers.set(w, found);
  return found ?? undefined;
}

export const tableCell: SubjectRule = {
  id: 'table-cell',
  step: 'subject',
  description:
    'A table cell says something of its row’s label under its column’s header: "1 hour" in the "Minimum lifetime" row under "Default value" becomes "Minimum lifetime, Default value: 1 hour." The first column and the header row name things and stay as they are.',
  examples: [
    {
      input: '| Setting | Default value | Allowed values |\n|---|---|---|\n| Minimum lifetime | 1 hour | 10 to 43,200 minutes |\n| Length | 8 | 8 to 48 characters |\n',
      expect: [
        { quote: '1 hour', text: 'Minimum lifetime, Default value: 1 hour.' },
        { quote: '10 to 43,200 minutes', text: 'Minimum lifetime, Allowed values: 10 to 43,200 minutes.' },
        { quote: '8 to 48 characters', text: 'Length, Allowed values: 8 to 48 characters.' },
      ],
    },
    {
      input: '|| **Quillon badge** | **Quillon phone relay** |\n|:-|:-|:-|\n| **Transport** | NFC readers at the door | Bluetooth to the hub |\n',
      expect: [
        { quote: 'NFC readers at the door', text: 'Transport, Quillon badge: NFC readers at the door.' },
        { quote: 'Bluetooth to the hub', text: 'Transport, Quillon phone relay: Bluetooth to the hub.' },
      ],
    },
  ],
  apply(ctx) {
    if (ctx.blockType !== 'table-cell' || !ctx.atBlockStart) return undefined;
    const place = cellPlace(ctx.doc, ctx.block.start);
    if (!place || place.headerRow || place.column <= 0) return undefined;
    const label = place.label.length <= MAX_NAME_CHARS ? place.label : '';
    const header = place.header.length <= MAX_NAME_CHARS ? place.header : '';
    if (!label && !header) return undefined;
    const name = label && header ? `${label}, ${header}` : label || header;
    const text = asSentence(`${name}: ${ctx.part.text.replace(FINAL_STOP, '')}`);
    return label && place.labelAt ? { text, referent: place.labelAt } : { text };
  },
};
