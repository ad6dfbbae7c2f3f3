/**
 * One worker thread for the trainer screen (piscina, as the replications use): simulating a
 * replication takes seconds, which would freeze the screen if it ran in the render thread.
 * One thread, so the worker's cached simulation serves the next task.
 */
import { Piscina } from 'piscina';
import type { ChildSurvey, ChildTimeline } from '../tui/trainer-data.ts';
import type { TrainerTask } from './tui-trainer-worker.ts';

const ENTRY = new URL('./tui-trainer-worker-entry.js', import.meta.url).href;

let pool: Piscina<TrainerTask, ChildSurvey | ChildTimeline | undefined> | undefined;

/**
 * Runs a trainer task in the worker; rejects with an AbortError when `signal` fires.
 * @example await runInTrainerWorker({ kind: 'survey', scenario, seed: 1 }, signal)
 */
export function runInTrainerWorker(task: TrainerTask, signal: AbortSignal): Promise<ChildSurvey | ChildTimeline | undefined> {
  pool ??= new Piscina({ filename: ENTRY, minThreads: 1, maxThreads: 1, idleTimeout: 120_000, execArgv: [] });
  return pool.run(task, { signal });
}

/**
 * Stops the trainer's worker (drift tui calls it on the way out).
 * @example await closeTrainerPool()
 */
export async function closeTrainerPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.destroy();
}
