import { z } from 'zod';
import type { Formatter } from './types.js';
import { terminalFormatter } from './formatters/terminal.js';
import { markdownFormatter } from './formatters/markdown.js';
import { htmlFormatter } from './formatters/html.js';
import { jsonFormatter } from './formatters/json.js';
import { sarifFormatter } from './formatters/sarif.js';
import { claimreviewFormatter } from './formatters/claimreview.js';

/** The report stage: formatters (pure functions of the ledger) and the helpers the CLI commands share. */
export type { FormatOptions, Formatter } from './types.js';
export { toJsonReport } from './json-report.js';
export { writeOutput, resolveColor } from './output.js';
export { terminalWidth } from './terminal-width.js';
export { parseFailOn, exitCodeFor, DEFAULT_FAIL_ON } from './fail-on.js';
export { reportClaims, countByStatus } from './claims.js';

const FORMATTERS = [terminalFormatter, markdownFormatter, htmlFormatter, jsonFormatter, sarifFormatter, claimreviewFormatter] as const;

export type FormatName = Formatter['name'];
export const FORMAT_NAMES: readonly FormatName[] = FORMATTERS.map((f) => f.name);
const NAMES = ['terminal', 'markdown', 'html', 'json', 'sarif', 'claimreview'] as const;
export const FormatNameSchema = z.enum(NAMES, { error: (iss) => `unknown format ${JSON.stringify(iss.input)}; use one of ${NAMES.join(', ')}` });

export function getFormatter(name: FormatName): Formatter {
  const formatter = FORMATTERS.find((f) => f.name === name);
  if (!formatter) throw new Error(`no formatter ${name}`);
  return formatter;
}
export { renderWorkspace, workspaceSummary, workspaceLines, type WorkspaceArticle, type WorkspaceSummary } from './workspace.js';
