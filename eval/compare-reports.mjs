// Compares two runs of JSON reports claim by claim, e.g. ../shared/eval-real/run-set.sh before and after a change:
//   node eval/compare-reports.mjs /tmp/run-before /tmp/run-after
// Prints each claim whose status changed (or that is missing) and each whose supporting/refuting URLs changed,
// then a total line. Exits 1 when any status differs, so a script can use it as a gate.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  process.stderr.write('usage: node eval/compare-reports.mjs <dir-before> <dir-after>\n');
  process.exit(2);
}
const reports = readdirSync(before).filter((f) => f.endsWith('.json') && !f.endsWith('.score.json')).sort();
const cited = (claim) => JSON.stringify(claim.evidence.filter((e) => e.stance !== 'related').map((e) => e.url));
let claims = 0;
let statusDiffs = 0;
let evidenceDiffs = 0;
for (const f of reports) {
  if (!existsSync(join(after, f))) {
    console.log(`${f}: no report after`);
    statusDiffs++;
    continue;
  }
  const a = JSON.parse(readFileSync(join(before, f), 'utf8'));
  const b = JSON.parse(readFileSync(join(after, f), 'utf8'));
  const byId = new Map(b.claims.map((c) => [c.id, c]));
  if (a.claims.length !== b.claims.length) console.log(`${f}: ${a.claims.length} → ${b.claims.length} claims`);
  for (const c of a.claims) {
    claims++;
    const d = byId.get(c.id);
    if (d?.status !== c.status) {
      statusDiffs++;
      console.log(`${f} ${c.id}: ${c.status} → ${d?.status ?? 'missing'}  ${c.text.slice(0, 80)}`);
    } else if (cited(c) !== cited(d)) {
      evidenceDiffs++;
      console.log(`${f} ${c.id}: ${c.status} either way; cited ${cited(c)} → ${cited(d)}`);
    }
  }
}
console.log(`${reports.length} reports, ${claims} claims: ${statusDiffs} status differences, ${evidenceDiffs} with other cited URLs`);
process.exit(statusDiffs > 0 ? 1 : 0);
