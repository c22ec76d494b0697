import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ClaimcheckError } from '../../errors.js';
import { gitCommit } from '../git.js';
import { parseCsdl } from './csdl-parse.js';
import { readTypeMappings } from './type-mappings.js';
import type { GraphModelData } from './model-data.js';

/** Where the v1.0 CSDL and the type mappings are, given a msgraph-metadata checkout (or its schemas/ folder). */
function locate(dir: string): { csdl: string; mappings: string } {
  for (const base of [join(dir, 'schemas'), dir]) {
    const csdl = join(base, 'v1.0-Prod.csdl');
    if (existsSync(csdl)) return { csdl, mappings: join(base, 'type-mappings') };
  }
  throw new ClaimcheckError('ECORPUS', `no schemas/v1.0-Prod.csdl under ${dir}`, {
    hint: 'point at a msgraph-metadata checkout (claimcheck corpus fetch msgraph-metadata)',
  });
}

/** Parse a msgraph-metadata checkout into the JSON model: v1.0 CSDL plus beta type mappings. */
export function loadGraphModelData(dir: string, corpusName = 'msgraph-metadata'): GraphModelData {
  const root = resolve(dir);
  const { csdl, mappings } = locate(root);
  const commit = gitCommit(root);
  const data = parseCsdl(readFileSync(csdl, 'utf8'), `${corpusName}@${commit ? commit.slice(0, 7) : new Date().toISOString().slice(0, 10)}`);
  data.beta = readTypeMappings(mappings, 'beta');
  data.fileCount = 1 + (existsSync(mappings) ? 3 : 0);
  return data;
}
