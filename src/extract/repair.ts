/**
 * The repair pre-pass of DESIGN 3: copy-pasted web text glues sentences together (`callbacks.Scope:`,
 * `later.”Next`, `Guide)The`). We only find where a cut belongs; the text itself is never changed,
 * so spans stay exact. Hand-written: segmenters (sentence-splitter included) require whitespace after a
 * sentence end, which is exactly what is missing here.
 */
export function glueCuts(text: string, start: number, end: number): number[] {
  const slice = text.slice(start, end);
  const cuts: number[] = [];
  // a lower-case word (or digit/bracket) + sentence punctuation (+ closing quote) + an upper-case letter
  const endGlue = /([a-z0-9%)\]])([.!?]+)(["”’]?)(?=[A-Z“"])/g;
  for (let m = endGlue.exec(slice); m; m = endGlue.exec(slice)) {
    const at = m.index + m[0].length;
    if (!leftWordIsLowercase(slice, m.index + 1) || inUrlOrPath(slice, m.index) || dottedChain(slice, m.index + 1)) continue;
    if (/^[A-Z][\w]*\.[A-Z]/.test(slice.slice(at))) continue; // Directory.Read.All-like chains
    cuts.push(start + at);
  }
  // a sentence end followed by an opening quote, which sentence-splitter does not treat as a new sentence
  const quoteStart = /([a-z0-9)\]])([.!?]+)\s+(?=[“"][A-Z])/g;
  for (let m = quoteStart.exec(slice); m; m = quoteStart.exec(slice)) {
    if (leftWordIsLowercase(slice, m.index + 1)) cuts.push(start + m.index + m[0].length);
  }
  // a closing parenthesis of a spaced phrase glued to a capitalised word: `(… Briefing)The Core`
  const parenGlue = /\)(?=[A-Z][a-z])/g;
  for (let m = parenGlue.exec(slice); m; m = parenGlue.exec(slice)) {
    const open = slice.lastIndexOf('(', m.index);
    if (open >= 0 && /\s/.test(slice.slice(open, m.index))) cuts.push(start + m.index + 1);
  }
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** The word ending at `pos` is all lower-case (so `session.They` glues, `Directory.Read` and `MSAL.NET` do not). */
function leftWordIsLowercase(s: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[A-Za-z0-9\-)\]%]/.test(s[i] ?? '')) i--;
  const word = s.slice(i + 1, pos).replace(/[)\]%]/g, '');
  return word.length === 0 || /^[a-z0-9-]+$/.test(word);
}

/** `microsoft.graph.User`: the word before the dot is itself part of a dotted name. */
function dottedChain(s: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[A-Za-z0-9_]/.test(s[i] ?? '')) i--;
  return s[i] === '.';
}

function inUrlOrPath(s: string, pos: number): boolean {
  let i = pos;
  while (i >= 0 && !/\s/.test(s[i] ?? ' ')) i--;
  const token = s.slice(i + 1, pos + 1);
  return /:\/\/|\//.test(token);
}
