import type { SimEvent } from '../domain/index.ts';
import { runReplications } from '../sim/replications.ts';
import { runReplication, type ReplicationResult } from '../sim/run-replication.ts';
import { simulatedPeriod } from '../sim/simulate.ts';
import type { Scenario } from '../scenario/index.ts';
import { canonicalScenarioText } from '../scenario/index.ts';
import { createLogHeader, createLogWriter, type LogSink } from '../store/index.ts';
import type { ProgressBar } from './progress-bar.ts';

/** What `replicateWithLog` needs besides the scenario. */
export interface ReplicateOptions {
  readonly seed: number;
  readonly replications: number;
  readonly threads: number;
  readonly version: string;
  readonly scenarioHash: string;
  /** Where replication 1's event log goes (a temporary file until the run completes). */
  readonly log: LogSink;
  readonly progress: ProgressBar;
  readonly signal: AbortSignal;
}

/**
 * Runs every replication of a run: replication 1 in this thread with its events streamed to the
 * event log (its header first, holding the resolved scenario so `drift replay` needs nothing
 * else), replications 2..N in the worker pool at the same time. Results come back merged by
 * replication number, the same whichever thread ran which (D9). Rejects with an AbortError when
 * `signal` is aborted.
 * @example const results = await replicateWithLog(scenario, { seed: 1, replications: 10, threads: 2, … });
 */
export async function replicateWithLog(scenario: Scenario, options: ReplicateOptions): Promise<ReplicationResult[]> {
  const { seed, replications, signal, progress } = options;
  const rest = Array.from({ length: replications - 1 }, (_, i) => i + 2);
  let pooledDone = 0;
  let firstDone = 0;
  let onFirstPooled: () => void = () => {};
  const firstPooled = new Promise<void>((resolve) => {
    onFirstPooled = resolve;
  });
  const pooled = rest.length === 0
    ? Promise.resolve([])
    : runReplications(scenario, seed, replications, {
      threads: options.threads, signal, only: rest,
      onProgress: (done) => {
        pooledDone = done;
        progress.update(firstDone + pooledDone);
        onFirstPooled();
      },
    });
  // Awaited below; until then replication 1 holds this thread, and a rejection must not count as unhandled.
  pooled.catch(() => undefined);
  // Piscina hands tasks to its workers from this thread's event loop, which replication 1 holds
  // until it ends (measured: workers sat idle through it). When the pool has more replications
  // than workers, replication 1 therefore waits for the first pooled result (every worker is up
  // then, and has its next task) so that it runs alongside them. With no more than one
  // replication per worker there is nothing to overlap after the first wave, so replication 1
  // runs while the workers are still starting.
  if (rest.length > options.threads) await Promise.race([firstPooled, pooled]);
  else await new Promise((resolve) => setImmediate(resolve));
  signal.throwIfAborted();

  const writer = createLogWriter(options.log, createLogHeader({
    version: options.version, scenario: scenario.name, scenarioHash: options.scenarioHash, seed, replication: 1,
    // Canonical (key-sorted) JSON, so the header's bytes do not depend on how the scenario was built.
    scenarioDefinition: JSON.parse(canonicalScenarioText(scenario)) as Readonly<Record<string, unknown>>,
  }));
  const first = runReplication(scenario, seed, 1, withDayProgress(scenario, (event) => writer.append(event), (fraction) => {
    firstDone = fraction;
    progress.update(firstDone + pooledDone);
  }, progress.active));
  writer.flush();
  firstDone = 1;
  progress.update(firstDone + pooledDone);
  const others = await pooled;
  return [first, ...others].sort((a, b) => a.replication - b.replication);
}

/**
 * Wraps the log listener so the progress bar also moves while replication 1 runs, by simulated
 * day: one comparison per event, a callback only when the day changes.
 */
function withDayProgress(
  scenario: Scenario, append: (event: SimEvent) => void, onFraction: (fraction: number) => void, active: boolean,
): (event: SimEvent) => void {
  if (!active) return append;
  const { startDay, endDay } = simulatedPeriod(scenario);
  const span = Math.max(1, endDay - startDay);
  let lastDay = Number.NaN;
  return (event) => {
    append(event);
    if (event.day !== lastDay) {
      lastDay = event.day;
      onFraction(Math.min(0.999, Math.max(0, (event.day - startDay) / span)));
    }
  };
}
