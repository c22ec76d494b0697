import { answeredCell } from '../../extract/answered-column.js';
import { AFFIRMING_CELLS } from '../../lang/affirming-cells.js';
import { DENYING_CELLS } from '../../lang/denying-cells.js';
import { contentLemmas } from '../text.js';
import { AGREE, alternatives, conflict, silent, type SlotRule } from './types.js';
import { NEGATION_CUES } from '../../lang/negation-cues.js';

const AFFIRMING = new Set(AFFIRMING_CELLS);
const DENYING = new Set(DENYING_CELLS);
/** Between the fields of a table row read as a statement ("Header: cell; Header: cell", passage-score.ts). */
const FIELD_BREAK = /;\s*/;
const FIELD_COLON = ': ';
/** A numeric HTML character reference as pages write a check mark ("&#x2705;", "&#10004;"): its ";" is no field break. */
const CHAR_REFERENCE = /&#(x[0-9a-f]+|\d+);/gi;
const decode = (text: string): string =>
  text.replace(CHAR_REFERENCE, (_m, code: string) => String.fromCodePoint(code[0] === 'x' || code[0] === 'X' ? Number.parseInt(code.slice(1), 16) : Number(code)));

interface Field {
  header: string;
  value: string;
}

/** The fields of a table row statement; none for a sentence of prose. */
function fields(sentence: string): Field[] {
  if (!sentence.includes(FIELD_COLON)) return [];
  return decode(sentence)
    .split(FIELD_BREAK)
    .flatMap((f) => {
      const at = f.indexOf(':');
      return at < 0 ? [] : [{ header: f.slice(0, at).trim(), value: f.slice(at + 1).trim() }];
    });
}

/** A word that denies something: what a prose sentence needs before it can say a table's "No". */
const NEGATION = new RegExp(`(?:\\b(?:${alternatives(NEGATION_CUES)})\\b|n[’']t\\b)`, 'i');

const has = (text: string, want: string): boolean => {
  const present = new Set(contentLemmas(text));
  const needed = contentLemmas(want);
  return needed.length > 0 && needed.every((l) => present.has(l));
};

/**
 * A yes/no table cell ("SMS sign-in, Phishing-resistant: Yes.") against a page's table row for the same thing:
 * the page's cell under the column that names the claim's column is the answer. A cell that says otherwise
 * conflicts; an empty one under a claim of "yes" grants nothing (checkmark tables leave a "no" empty).
 */
export const answerCell: SlotRule = {
  id: 'answer-cell',
  description: 'a yes/no table cell: the page’s cell for the same row and column gives the same answer',
  silenceBlocks: true,
  canRefute: true,
  reverses: true,
  examples: [
    {
      claim: 'SMS sign-in, Phishing-resistant: Yes.',
      passage: 'Authentication method combination: SMS sign-in; MFA strength: ; Phishing-resistant MFA strength: ',
      expect: 'conflict',
    },
    {
      claim: 'FIDO2 security key, Phishing-resistant: Yes.',
      passage: 'Authentication method combination: FIDO2 security key; MFA strength: &#x2705;; Phishing-resistant MFA strength: &#x2705;',
      expect: 'agree',
    },
    { claim: 'Widget keys, Works offline: No.', passage: 'Method: Widget keys; Works offline: Yes; Needs a device: Yes', expect: 'conflict' },
    { claim: 'Widget keys, Works offline: No.', passage: 'Widget keys work offline on every device.', expect: 'silent' },
    { claim: 'Widget keys, Works offline: No.', passage: 'Widget keys don’t work offline.', expect: 'agree' },
    { claim: 'Widget keys, Works offline: No.', passage: 'Method: Widget keys; Needs a device: ✅; Works offline: ', expect: 'agree' },
    { claim: 'Widget keys, Works offline: Yes.', passage: 'Widget keys work offline on every device.', expect: 'agree' },
  ],
  compare(claim, sentence) {
    const cell = answeredCell(claim);
    if (!cell) return AGREE;
    const fs = fields(sentence);
    const [label] = fs;
    const answer = fs.find((f) => f !== label && has(f.header, cell.column));
    // in prose a "yes" is stated by the words themselves, which support compares; a "no" needs a denial, which
    // the polarity rule then compares (a sentence that only names the row and column says nothing of "no")
    if (!label || !answer || !has(label.value, cell.row)) return cell.yes || NEGATION.test(sentence) ? AGREE : silent(`the page does not say no of ${cell.row} under ${cell.column}`);
    const v = answer.value.toLowerCase();
    const yes = AFFIRMING.has(v);
    const no = DENYING.has(v);
    if ((cell.yes && yes) || (!cell.yes && no)) return AGREE;
    if (cell.yes && no) return conflict(`the page's table says ${answer.value} for ${cell.row} under "${answer.header}", the claim says yes`);
    if (!cell.yes && yes) return conflict(`the page's table says ${answer.value} for ${cell.row} under "${answer.header}", the claim says no`);
    if (cell.yes && v === '') return { ...conflict(`the page's table leaves ${cell.row}'s cell under "${answer.header}" empty, the claim says yes`), weak: true };
    // a row that marks other columns and leaves this one empty says no (a checkmark table)
    if (!cell.yes && v === '' && fs.some((f) => AFFIRMING.has(f.value.toLowerCase()))) return AGREE;
    return silent(`the page's cell for ${cell.row} under "${answer.header}" is neither yes nor no`);
  },
};
