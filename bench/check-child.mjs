// One measurement of bench/check.bench.ts in plain JavaScript over the built dist/ (what the CLI runs), so no
// TypeScript loader adds to its CPU or peak RSS. `twice`: the pipeline twice, the second run timed (warm);
// `once`: one run, for the peak RSS of one check as the CLI does it.
// usage: node bench/check-child.mjs <twice|once> <index file> <article>
const [mode = 'twice', indexPath = '', article = ''] = process.argv.slice(2);
const { ingestFile } = await import('../dist/ingest/index.js');
const { extractClaims } = await import('../dist/extract/index.js');
const { openEvidence } = await import('../dist/evidence/index.js');
const { verifyClaims } = await import('../dist/verify/index.js');
const times = [];
const cpus = [];
let counts = {};
const runs = mode === 'once' ? 1 : 2;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const evidence = await openEvidence({ indexPath });
  const doc = await ingestFile(article);
  const { claims } = await verifyClaims(extractClaims(doc), { sources: evidence.sources, graph: evidence.graph, asOf: '2026-12-01', online: false });
  evidence.close();
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpus.push((c.user + c.system) / 1000);
  counts = {};
  for (const claim of claims) counts[claim.status] = (counts[claim.status] ?? 0) + 1;
}
process.stdout.write(
  JSON.stringify({ cold: times[0], warm: times.at(-1), coldCpu: cpus[0], warmCpu: cpus.at(-1), maxRssMb: process.resourceUsage().maxRSS / 1024, counts }),
);
