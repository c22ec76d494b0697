import type { Ledger } from '../schema/index.js';

export interface FormatOptions {
  /** The article's text, for formatters that show it (html). */
  articleText?: string;
  color?: boolean;
  quiet?: boolean;
  /** Terminal width for wrapping (terminal formatter). */
  width?: number;
  toolVersion: string;
  /** Where the article is published (claimreview: the appearance's url); else its path is used. */
  articleUrl?: string;
  /** Terminal: print each claim's id beside its line:col (for `explain` and `review`). */
  showIds?: boolean;
  /** checker id → description (sarif rules); the built-in table of DESIGN 5 checkers is the fallback. */
  ruleDescriptions?: Readonly<Record<string, string>>;
}

/** DESIGN 7: a formatter is a pure function of the ledger. */
export interface Formatter {
  name: 'terminal' | 'markdown' | 'html' | 'json' | 'sarif' | 'claimreview';
  render(ledger: Ledger, options: FormatOptions): string;
}
