/** Dates as articles write them: parsing to a comparable range and the spellings a source may use. */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export interface DateRange {
  /** ISO yyyy-mm-dd of the first and last day the text can mean. */
  first: string;
  last: string;
  precision: 'day' | 'month' | 'quarter' | 'half' | 'year';
}

/** An ordinal ending after a day's digit (group 1): "3rd" → "3". */
const ORDINAL_SUFFIX = /(\d)(?:st|nd|rd|th)\b/;
/** `2026-03-14` (groups: year, month, day). */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `March 14, 2026`, `Mar. 14 2026` (groups: month name, day, year). */
const MONTH_DAY_YEAR = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/;
/** `March 2026`, `Mar. 2026` (groups: month name, year). */
const MONTH_YEAR = /^([A-Za-z]+)\.? (\d{4})$/;
/** `Q3 2026`, `H12026` (groups: Q or H, its number, year). */
const QUARTER_OR_HALF = /^([QH])([1-4])\s?(\d{4})$/;
const YEAR_ONLY = /^(\d{4})$/;

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthOf = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

export function parseDate(text: string): DateRange | undefined {
  const t = text.trim().replace(ORDINAL_SUFFIX, '$1');
  let m = ISO_DAY.exec(t);
  if (m) return { first: t, last: t, precision: 'day' };
  m = MONTH_DAY_YEAR.exec(t);
  if (m && monthOf(m[1] ?? '') > 0) {
    const d = `${m[3]}-${pad(monthOf(m[1] ?? ''))}-${pad(Number(m[2]))}`;
    return { first: d, last: d, precision: 'day' };
  }
  m = MONTH_YEAR.exec(t);
  if (m && monthOf(m[1] ?? '') > 0) {
    const y = Number(m[2]);
    const mo = monthOf(m[1] ?? '');
    return { first: `${y}-${pad(mo)}-01`, last: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`, precision: 'month' };
  }
  m = QUARTER_OR_HALF.exec(t);
  if (m) {
    const y = Number(m[3]);
    const span = m[1] === 'Q' ? 3 : 6;
    const start = (Number(m[2]) - 1) * span + 1;
    const end = start + span - 1;
    return { first: `${y}-${pad(start)}-01`, last: `${y}-${pad(end)}-${pad(lastDay(y, end))}`, precision: m[1] === 'Q' ? 'quarter' : 'half' };
  }
  m = YEAR_ONLY.exec(t);
  if (m) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31`, precision: 'year' };
  return undefined;
}

/** Spellings of the same date a source might use, for exact look-ups. */
export function dateVariants(text: string): string[] {
  const r = parseDate(text);
  const out = [text.trim()];
  if (!r) return out;
  const [y, mo, d] = r.first.split('-').map(Number) as [number, number, number];
  const name = MONTHS[mo - 1] ?? '';
  const cap = name.charAt(0).toUpperCase() + name.slice(1);
  if (r.precision === 'day') out.push(`${cap} ${d}, ${y}`, `${d} ${cap} ${y}`, `${cap.slice(0, 3)} ${d}, ${y}`, r.first);
  if (r.precision === 'month') out.push(`${cap} ${y}`, `${cap.slice(0, 3)} ${y}`, `${y}-${pad(mo)}`);
  return [...new Set(out)];
}
