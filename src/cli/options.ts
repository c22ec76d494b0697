import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import { z } from 'zod';
import { ClaimcheckError } from '../errors.js';
/** Capitals of a camelCase option name, each written as "-" and its lower case. */
const CAPITALS = /[A-Z]/g;

/** Parse command options with zod; any issue becomes a usage error (exit 2) naming the flag. */
export function parseOptions<T extends z.ZodType>(schema: T, raw: unknown, command: string): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const flag = issue?.path.length ? `--${String(issue.path[0]).replace(CAPITALS, (c) => `-${c.toLowerCase()}`)}` : 'options';
  throw new ClaimcheckError('EUSAGE', `${command}: ${flag}: ${issue?.message ?? 'invalid value'}`, { hint: `run \`claimcheck ${command} --help\`` });
}

/** An enum flag with a message that lists the allowed values. */
export function choice<const V extends readonly [string, ...string[]]>(values: V, what: string) {
  return z.enum(values, { error: (iss) => `unknown ${what} ${JSON.stringify(iss.input)}; use one of ${values.join(', ')}` });
}

/** The article path as reports show it: relative to the working directory, with forward slashes. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** ISO yyyy-mm-dd, validated. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export function useColor(stream: NodeJS.WriteStream): boolean {
  return !('NO_COLOR' in process.env) && stream.isTTY === true;
}

/** `--max-size <MB>`: the article size limit in MB (decimals allowed), as bytes. */
export const MaxSizeMb = z.coerce
  .number({ error: () => 'expected a size in MB, e.g. 10' })
  .positive('expected a size in MB greater than 0')
  .max(4096, 'at most 4096 MB')
  .transform((mb) => Math.round(mb * 1024 * 1024));
