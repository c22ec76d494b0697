/**
 * A pattern anchored at the text's end (`…$`, or `…\s*$`), read on the text's last characters only. V8 tries such a
 * pattern at every position of the text, having no way to start from its end, and several run on every claim. A
 * match whose part before the end (or, with `\s*$`, before the white space that ends the text) is at most `reach`
 * characters long, and ends with a character that is no white space, lies in the last `reach` characters (before
 * that white space): testing those gives the same answer. For a pattern that opens with no lookbehind, `^` or `\b`,
 * which would read before the characters it is given.
 */
export class EndPattern {
  constructor(
    readonly pattern: RegExp,
    private readonly reach: number,
    private readonly endsWithSpace: boolean,
  ) {}

  test(text: string): boolean {
    const t = this.endsWithSpace ? text.trimEnd() : text;
    return this.pattern.test(t.length > this.reach ? t.slice(t.length - this.reach) : t);
  }
}

/**
 * The text without the run of characters of `marks` it ends with (what `text.replace(/[<marks>]+$/, '')` gives, as the
 * same string when there is none), read from the end.
 */
export function withoutFinal(text: string, marks: string): string {
  let e = text.length;
  while (e > 0 && marks.includes(text.charAt(e - 1))) e--;
  return e === text.length ? text : text.slice(0, e);
}
