/** One line of the benchmark table (bench/run.ts gathers them into bench/results.json). */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target?: string;
  note?: string;
}
