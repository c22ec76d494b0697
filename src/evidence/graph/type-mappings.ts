import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MappedType } from './model-data.js';

type EntityOrComplex = Record<string, Record<string, { navigationProperties?: string[]; properties?: string[] }>>;
type Enums = Record<string, Record<string, string[]>>;

/**
 * Read `type-mappings/<version>-{entity,complex,enum}-types.json`: namespace → type → own names.
 * Returns fully qualified names; missing files give an empty map.
 */
export function readTypeMappings(dir: string, version: 'v1.0' | 'beta'): Record<string, MappedType> {
  const out: Record<string, MappedType> = {};
  for (const kind of ['entity', 'complex'] as const) {
    const file = join(dir, `${version}-${kind}-types.json`);
    if (!existsSync(file)) continue;
    const json = JSON.parse(readFileSync(file, 'utf8')) as EntityOrComplex;
    for (const [ns, types] of Object.entries(json)) {
      for (const [name, t] of Object.entries(types)) {
        out[`${ns}.${name}`] = { kind, names: [...(t.properties ?? []), ...(t.navigationProperties ?? [])] };
      }
    }
  }
  const enumFile = join(dir, `${version}-enum-types.json`);
  if (existsSync(enumFile)) {
    const json = JSON.parse(readFileSync(enumFile, 'utf8')) as Enums;
    for (const [ns, types] of Object.entries(json)) {
      for (const [name, members] of Object.entries(types)) out[`${ns}.${name}`] = { kind: 'enum', names: members };
    }
  }
  return out;
}
