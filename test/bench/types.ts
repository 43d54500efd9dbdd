// Every benchmark module under test/bench/ default-exports a function returning one section of
// docs/PERFORMANCE.md; test/bench/run.ts runs them all (or the ones named) and writes that file.

export interface BenchRow {
  readonly metric: string;
  /** Measured value with its unit, e.g. "412 ms". */
  readonly value: string;
  /** The budget as stated in the issue, e.g. "≤ 0.5 × newsboat", or "" when there is none. */
  readonly budget: string;
  /** true met, false missed, null no budget. */
  readonly ok: boolean | null;
}

export interface BenchSection {
  readonly title: string;
  /** The command that reproduces this section alone. */
  readonly command: string;
  readonly rows: readonly BenchRow[];
  /** Setup and method: machine, data sizes, repetitions, what the peer was run with. */
  readonly notes?: readonly string[];
}

export type Bench = () => Promise<BenchSection>;
