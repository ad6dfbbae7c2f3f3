/**
 * One planner run: the baseline and the what-if, replication r of each with the same seed (common
 * random numbers, D4), in the worker threads of `runReplications`, so the render loop only
 * receives results. The paired differences and monthly series are small folds done here.
 */
import { runReplications } from '../sim/replications.ts';
import { compareReports, summarise, type RunSummary } from '../sim/summarise.ts';
import type { RunSettings } from './host.ts';
import type { SimScenario } from './sim-scenario.ts';

/** Per report year and KPI: both means and the paired difference (sim's compareReports). */
export type ComparedYears = ReturnType<typeof compareReports>;

/** What the results view shows. */
export interface WhatIfResults {
  readonly baselineName: string;
  readonly whatIfName: string;
  readonly replications: number;
  readonly years: ComparedYears;
  /** Monthly means for the sparklines. */
  readonly baseline: RunSummary;
  readonly whatIf: RunSummary;
}

/**
 * Runs both scenarios; `onProgress(done, total)` counts replications of both. Rejects with an
 * AbortError when `signal` fires (Esc).
 * @example const results = await runWhatIf(baseline, whatIf, { seed: 1, replications: 4, threads: 2 }, signal, (d, t) => {})
 */
export async function runWhatIf(
  baseline: SimScenario, whatIf: SimScenario, settings: RunSettings, signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<WhatIfResults> {
  const done = { a: 0, b: 0 };
  const total = 2 * settings.replications;
  const run = (scenario: SimScenario, side: 'a' | 'b') => runReplications(scenario, settings.seed, settings.replications, {
    threads: settings.threads, signal, inWorkers: true,
    onProgress: (count) => {
      done[side] = count;
      onProgress(done.a + done.b, total);
    },
  });
  const [a, b] = await Promise.all([run(baseline, 'a'), run(whatIf, 'b')]);
  signal.throwIfAborted();
  const reportsA = a.map((r) => r.report);
  const reportsB = b.map((r) => r.report);
  return {
    baselineName: baseline.name, whatIfName: whatIf.name, replications: settings.replications,
    years: compareReports(reportsA, reportsB), baseline: summarise(reportsA), whatIf: summarise(reportsB),
  };
}
