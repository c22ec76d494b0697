import type { Command } from 'commander';
import { z } from 'zod';
import { JsonReport } from '../schema/index.js';
import { TOOL_VERSION } from '../version.js';

/** The JSON Schema (draft 2020-12) of `--format json`, derived from the zod schema so the two cannot drift. */
export function jsonReportSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(JsonReport),
    title: 'claimcheck JSON report',
    description: `The output of \`claimcheck check|report --format json\` (claimcheck ${TOOL_VERSION}); see DESIGN.md section 2.`,
  };
}

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the JSON report (--format json)')
    .addHelpText('after', '\nExample:\n  $ claimcheck schema > claimcheck-report.schema.json\n')
    .action(() => {
      process.stdout.write(`${JSON.stringify(jsonReportSchema(), null, 2)}\n`);
    });
}
