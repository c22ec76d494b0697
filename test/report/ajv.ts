import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04Module from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { FIXTURE_DIR } from './fixture.js';

// ajv-draft-04 is CommonJS with `exports.default`; under NodeNext the default import is the module object.
type Draft04Ctor = new (opts: { allErrors: boolean; strict: boolean; unicodeRegExp: boolean }) => InstanceType<typeof Ajv2020>;
const draft04 = AjvDraft04Module as unknown as { default?: Draft04Ctor } & Draft04Ctor;
const AjvDraft04: Draft04Ctor = draft04.default ?? draft04;

/** The formats the schemas use, checked loosely (ajv-formats is not installed; a URL parse is a real check). */
function addFormats(ajv: { addFormat(name: string, f: (s: string) => boolean): unknown }): void {
  ajv.addFormat('uri', (s) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/u.test(s));
}

/** SARIF 2.1.0 (draft-04 schema, copied from @microsoft/jest-sarif 1.0.0-beta.0: lib/schemas/sarif-2.1.0-rtm.5.json). */
export function sarifValidator(): ValidateFunction {
  // unicodeRegExp off: the schema's language pattern has a stray `]`, legal only in non-unicode regexps.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(`${FIXTURE_DIR}sarif-schema-2.1.0.json`, 'utf8')) as object);
}

/** A JSON Schema draft 2020-12 (what z.toJSONSchema emits), strict mode on. */
export function draft2020Validator(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
