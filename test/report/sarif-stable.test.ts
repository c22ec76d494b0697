import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sarifValidator } from './ajv.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLE = join(ROOT, 'sources/azure-latch-codes.md');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
/** A paragraph about nothing the article says, put in before a heading so no claim's neighbours change. */
const UNRELATED = 'The office kettle was descaled on a Tuesday, and nobody minded the wait.\n\n';
const BEFORE_HEADING = 'How They Differ From Standard MFA Codes\n';

interface Result {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  locations: Array<{ physicalLocation: { region: { startLine: number; charOffset: number } } }>;
}
interface Log {
  runs: Array<{ automationDetails: { id: string }; results: Result[]; tool: { driver: { rules: Array<{ id: string; helpUri: string; help: { markdown: string } }> } } }>;
}

/** `check --no-ledger --format sarif` of `text` in a fresh folder (no index there: the committed pack answers). */
function checkSarif(text: string): Log {
  const dir = mkdtempSync(join(tmpdir(), 'cc-sarif-'));
  writeFileSync(join(dir, 'article.md'), text);
  const r = spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'src/cli/main.ts'), 'check', 'article.md', '--no-ledger', '--format', 'sarif', '--fail-on', 'none'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`check failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Log;
}

const byClaim = (log: Log): Map<string, Result> => new Map(log.runs[0]!.results.map((r) => [r.partialFingerprints['claimId']!, r]));

describe('SARIF of the bundled article, checked twice', () => {
  const original = readFileSync(ARTICLE, 'utf8');
  const at = original.indexOf(BEFORE_HEADING);
  const edited = original.slice(0, at) + UNRELATED + original.slice(at);
  let first: Log;
  let second: Log;
  beforeAll(() => {
    first = checkSarif(original);
    second = checkSarif(edited);
  }, 240_000);

  it('validates against the SARIF 2.1.0 schema, with help for every rule and an automation id', () => {
    expect(at).toBeGreaterThan(0);
    const validate = sarifValidator();
    expect(validate(first), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    const run = first.runs[0]!;
    expect(run.automationDetails.id.startsWith('claimcheck/article.md/')).toBe(true);
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toMatch(/^https:\/\/.+#rule-[a-z-]+$/u);
      expect(rule.help.markdown).toContain(rule.helpUri);
    }
  });

  it('gives every unchanged claim the same rule and fingerprints after an unrelated paragraph is added', () => {
    const a = byClaim(first);
    const b = byClaim(second);
    expect(a.size).toBeGreaterThan(50);
    let moved = 0;
    for (const [id, ra] of a) {
      const rb = b.get(id);
      expect(rb, `claim ${id} lost its result`).toBeDefined();
      expect(rb!.ruleId, id).toBe(ra.ruleId);
      expect(rb!.partialFingerprints, id).toEqual(ra.partialFingerprints);
      if (rb!.locations[0]!.physicalLocation.region.charOffset !== ra.locations[0]!.physicalLocation.region.charOffset) moved += 1;
    }
    // the claims after the paragraph did move: the fingerprints held although their regions changed
    expect(moved).toBeGreaterThan(10);
  });
});
