import { resolve } from 'node:path';
import { lilconfig } from 'lilconfig';
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { z } from 'zod';
import { ClaimcheckError } from '../errors.js';
import { STATUSES } from '../schema/index.js';

/** Where the configuration is looked for, in each folder from the working directory up (as ESLint and Prettier do). */
export const CONFIG_FILES = ['package.json', '.claimcheckrc', '.claimcheckrc.json', '.claimcheckrc.yaml', '.claimcheckrc.yml', 'claimcheck.config.json'] as const;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const StatusName = z.enum([...STATUSES, 'none'], { error: (iss) => `unknown status ${JSON.stringify(iss.input)}; use ${STATUSES.join(', ')} or none` });

/** Every key the configuration file may hold; unknown keys are errors (a typo must not be ignored silently). */
export const ConfigSchema = z.strictObject({
  /** Docs index file (as --index). */
  index: z.string().min(1).optional(),
  /** Statuses that make the run exit 1 (as --fail-on): a list, or one comma-separated string. */
  failOn: z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((x) => x.trim()) : v), z.array(StatusName)).optional(),
  /** Globs (gitignore syntax) of articles never to check, on top of .gitignore and .claimcheckignore. */
  ignore: z.array(z.string().min(1)).optional(),
  /** The check date for date rules (as --as-of). */
  asOf: IsoDate.optional(),
  /** Also ask learn.microsoft.com (as --online). */
  online: z.boolean().optional(),
  /** Only these evidence sources (corpus names as `claimcheck corpus list` and the report header show them, without `@…`). */
  sources: z.array(z.string().min(1)).optional(),
  /** Only the corpora of these presets (a corpus added with `--preset X` is named X unless given --name). */
  presets: z.array(z.string().min(1)).optional(),
  /** The name `review` records when --by is not given. */
  reviewer: z.string().min(1).optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

export interface LoadedConfig {
  config: Config;
  /** The file it came from; undefined when none was found. */
  file?: string;
}

interface Parsed {
  doc: Document;
  lineCounter: LineCounter;
}

/** The node at a path of the document (or its nearest existing parent). */
function nodeAt(doc: Document, path: ReadonlyArray<PropertyKey>): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (node && typeof node === 'object' && 'range' in node && (node as Node).range) return node as Node;
  }
  return undefined;
}

/** The key node of an unknown key, so the error points at its name. */
function keyNode(doc: Document, path: ReadonlyArray<PropertyKey>, key: string): Node | undefined {
  const map = doc.getIn(path as unknown[], true);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return pair.key;
  return undefined;
}

/**
 * JSON and YAML alike are read with yaml's parseDocument (JSON is YAML), so every value keeps its position
 * and an error can name file:line:col whichever form the file has.
 */
function parseText(file: string, text: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    throw new ClaimcheckError('EUSAGE', `cannot read the configuration: ${error.message.split('\n')[0] ?? ''}`, {
      place: { file, line: at.line, column: at.col },
      hint: 'the file must be JSON or YAML',
    });
  }
  return { doc, lineCounter };
}

/** Validate the config object at `base` inside a parsed file; the first problem becomes an error at its place. */
function validate(file: string, parsed: Parsed, base: string[]): Config {
  const all: unknown = parsed.doc.toJS();
  const value = base.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), all);
  const result = ConfigSchema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [...base, ...(issue?.path ?? [])].map((p) => (typeof p === 'number' ? p : String(p)));
  const unknown = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const node = unknown !== undefined ? keyNode(parsed.doc, path, unknown) : nodeAt(parsed.doc, path);
  const at = node?.range ? parsed.lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
  const where = unknown !== undefined ? `unknown key "${unknown}"` : `${path.slice(base.length).join('.') || 'configuration'}: ${issue?.message ?? 'invalid value'}`;
  throw new ClaimcheckError('EUSAGE', `configuration: ${where}`, {
    place: { file, line: at.line, column: at.col },
    hint: `keys: ${Object.keys(ConfigSchema.shape).join(', ')}`,
  });
}

/**
 * The configuration for a run: `--config FILE` when given, else the first of CONFIG_FILES found from
 * `cwd` upwards (a package.json counts only when it has a `claimcheck` key). Found with lilconfig;
 * read and checked here so that errors carry positions.
 */
export async function loadConfig(opts: { cwd?: string; file?: string } = {}): Promise<LoadedConfig> {
  const parsedFiles = new Map<string, Parsed>();
  const loader = (filepath: string, content: string): unknown => {
    const parsed = parseText(filepath, content);
    parsedFiles.set(filepath, parsed);
    return parsed.doc.toJS() ?? {};
  };
  const explorer = lilconfig('claimcheck', {
    searchPlaces: [...CONFIG_FILES],
    loaders: { '.json': loader, '.yaml': loader, '.yml': loader, noExt: loader },
    cache: false,
  });
  let found: Awaited<ReturnType<typeof explorer.search>>;
  try {
    found = opts.file ? await explorer.load(resolve(opts.file)) : await explorer.search(opts.cwd ?? process.cwd());
  } catch (err) {
    if (err instanceof ClaimcheckError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ClaimcheckError(code === 'ENOENT' ? 'ENOENT' : 'EUSAGE', `cannot read the configuration: ${(err as Error).message}`, {
      place: { file: opts.file ?? opts.cwd ?? '.' },
    });
  }
  if (!found || found.isEmpty) return found?.filepath ? { config: {}, file: found.filepath } : { config: {} };
  const parsed = parsedFiles.get(found.filepath);
  if (!parsed) return { config: {}, file: found.filepath };
  const base = found.filepath.endsWith('package.json') ? ['claimcheck'] : [];
  return { config: validate(found.filepath, parsed, base), file: found.filepath };
}
