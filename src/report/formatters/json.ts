import type { Formatter } from '../types.js';
import { toJsonReport } from '../json-report.js';

/** `--format json`: the stable machine contract, pretty-printed, one trailing newline. */
export const jsonFormatter: Formatter = {
  name: 'json',
  render: (ledger, options) => `${JSON.stringify(toJsonReport(ledger, options.toolVersion), null, 2)}\n`,
};
