// Preloaded (`node --import ./bench/cpu-probe.mjs …`) into every process a benchmark times: at exit it appends the
// process's own CPU time and peak RSS to the file named by CLAIMCHECK_CPU_PROBE, one JSON line per process.
import { appendFileSync } from 'node:fs';

const out = process.env.CLAIMCHECK_CPU_PROBE;
if (out) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    appendFileSync(out, `${JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  });
}
