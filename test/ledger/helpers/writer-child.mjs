// Child process for the kill -9 test: writes a large ledger via saveLedger in a loop, forever.
// Usage: node writer-child.mjs <dist ledger index.js URL> <ledger file> <claims>
const [, , indexUrl, file, countArg] = process.argv;
const { saveLedger } = await import(indexUrl);
const count = Number(countArg);

function claim(i, round) {
  const quote = `Claim number ${i} of round ${round} says tokens live ${i % 90} minutes.`;
  return {
    id: `c-${((i * 2654435761) >>> 0).toString(16).padStart(8, '0').slice(0, 8)}`,
    text: quote,
    quote,
    span: { start: i * 100, end: i * 100 + quote.length, line: i + 1, column: 1 },
    section: ['Large', `Part ${Math.floor(i / 100)}`],
    kind: 'product-fact',
    checkworthy: true,
    entities: [{ text: `${i % 90}`, type: 'number', span: { start: i * 100 + 40, end: i * 100 + 42 } }],
    status: 'unverified',
    origin: 'auto',
    evidence: [],
    findings: [],
    history: [],
  };
}

for (let round = 0; ; round++) {
  // the claim count alternates, and the title states it, so a truncated file that still parses is caught
  const n = count + (round % 2);
  const ledger = {
    article: 'sources/large.md',
    articleSha256: 'f'.repeat(64),
    title: `n=${n}`,
    checkedAt: new Date().toISOString(),
    sources: [{ name: 'entra-docs', commit: String(round) }],
    claims: Array.from({ length: n }, (_, i) => claim(i, round)),
  };
  await saveLedger(file, ledger);
  process.stdout.write(`w${round}\n`);
}
