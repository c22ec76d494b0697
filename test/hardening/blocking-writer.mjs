// Child process for the lock tests: holds the ledger lock through commitLedger with its event loop
// blocked (so the lock cannot be refreshed and goes stale) until `<ledger>.go` exists, then sets a title.
// Usage: node blocking-writer.mjs <dist ledger index.js URL> <ledger file> <title>
import { existsSync } from 'node:fs';

const [, , indexUrl, file, title] = process.argv;
const { commitLedger } = await import(indexUrl);
const nap = new Int32Array(new SharedArrayBuffer(4));
let passes = 0;
await commitLedger(file, ({ loaded }) => {
  passes++;
  if (passes === 1) {
    process.stdout.write('locked\n');
    // Atomics.wait blocks this thread without using the CPU: no timer, so no lock refresh, runs
    while (!existsSync(`${file}.go`)) Atomics.wait(nap, 0, 0, 50);
  }
  return { ...loaded.ledger, title };
});
process.stdout.write(`passes=${passes}\n`);
