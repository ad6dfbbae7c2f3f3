/**
 * Replications in parallel worker threads (ARCHITECTURE §7, D9, D10; tech-notes §6). Each
 * replication's seed comes from `(seed, replication)` alone and results are put back in
 * replication order, so a run gives the same results whatever the thread count.
 */
import { Piscina } from 'piscina';
import type { Scenario } from '../scenario/schema.ts';
import type { ReplicationTask } from './replication-worker.ts';
import { runReplication, type ReplicationResult } from './run-replication.ts';

/** How `runReplications` runs. */
export interface ReplicationOptions {
  /** Worker threads; 1 (or fewer than 2 replications) runs serially in this thread. Default: 2 on this 2-core machine — pass it explicitly from the CLI. */
  readonly threads?: number;
  /** Called in the main thread as each replication finishes (done, total), for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Cancels outstanding replications (Esc in the TUI, Ctrl-C in the CLI); the promise rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /** Replication numbers to run (1-based); default 1..count. The CLI runs replication 1 itself (it writes its event log) and asks for 2..N here. */
  readonly only?: readonly number[];
  /** Always in worker threads, even with 1 thread or 1 replication: a screen must never simulate on its own thread. */
  readonly inWorkers?: boolean;
}

/** The machine has 2 cores (tech-notes §6: about 1.6× on 2 threads); src/sim may not ask node:os. */
const DEFAULT_THREADS = 2;

/**
 * The worker entry: JavaScript, because worker threads do not inherit the main thread's tsx
 * loader on Node 20, so the entry registers tsx before it imports replication-worker.ts. Piscina
 * resolves a file URL itself, so no node:url is needed here.
 */
const WORKER_URL = new URL('./replication-worker-entry.js', import.meta.url).href;

type ReplicationPool = Piscina<ReplicationTask, ReplicationResult>;

let pool: { readonly piscina: ReplicationPool; readonly threads: number; broken: Error | undefined } | undefined;
/** Pools replaced by one of another size, still finishing; `closeReplicationPool` waits for them. */
const retiring = new Set<Promise<void>>();

/**
 * Runs replications of `scenario` and returns their results sorted by replication number,
 * identical whatever the thread count.
 * @example const results = await runReplications(scenario, 42, 8, { threads: 2, onProgress: (done, total) => bar.update(done / total) });
 */
export async function runReplications(
  scenario: Scenario, seed: number, count: number, options: ReplicationOptions = {},
): Promise<ReplicationResult[]> {
  const threads = options.threads ?? DEFAULT_THREADS;
  if (!Number.isInteger(threads) || threads < 1) {
    throw new RangeError(`threads must be a whole number of at least 1, got ${threads}; pass 1 to run in this thread`);
  }
  const replications = replicationNumbers(count, options.only);
  const { signal, onProgress } = options;
  if (signal?.aborted === true) throw cancelled(signal);
  const results = options.inWorkers !== true && (threads === 1 || replications.length < 2)
    ? await runSerially(scenario, seed, replications, signal, onProgress)
    : await runInPool(poolOf(threads), scenario, seed, replications, signal, onProgress);
  // Merged by replication number, never by finishing order (D9).
  return results.sort((a, b) => a.replication - b.replication);
}

/**
 * Releases the worker pool (call when done; the CLI calls it before exiting). The next
 * `runReplications` creates a new one.
 * @example try { await runReplications(scenario, 42, 8) } finally { await closeReplicationPool() }
 */
export async function closeReplicationPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  if (current !== undefined) retire(current.piscina, current.broken !== undefined);
  await Promise.all(retiring);
}

function replicationNumbers(count: number, only: readonly number[] | undefined): number[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`the replication count must be a whole number of at least 0, got ${count}`);
  }
  if (only === undefined) return Array.from({ length: count }, (_, i) => i + 1);
  const seen = new Set<number>();
  for (const r of only) {
    if (!Number.isInteger(r) || r < 1 || r > count) {
      throw new RangeError(`replication ${r} is not one of 1..${count}; list replication numbers from 1 to the count in "only"`);
    }
    if (seen.has(r)) throw new RangeError(`replication ${r} is listed twice in "only"; list each replication once`);
    seen.add(r);
  }
  return [...only];
}

async function runSerially(
  scenario: Scenario, seed: number, replications: readonly number[],
  signal: AbortSignal | undefined, onProgress: ReplicationOptions['onProgress'],
): Promise<ReplicationResult[]> {
  const results: ReplicationResult[] = [];
  for (const replication of replications) {
    results.push(runReplication(scenario, seed, replication));
    onProgress?.(results.length, replications.length);
    if (results.length < replications.length) {
      // A replication blocks this thread; yielding to the event loop between them lets the
      // progress bar draw and Esc or Ctrl-C arrive.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (signal?.aborted === true) throw cancelled(signal);
    }
  }
  return results;
}

async function runInPool(
  current: NonNullable<typeof pool>, scenario: Scenario, seed: number, replications: readonly number[],
  signal: AbortSignal | undefined, onProgress: ReplicationOptions['onProgress'],
): Promise<ReplicationResult[]> {
  // One controller for this call: the caller's signal cancels it, and so does the first failure,
  // so that a failed run does not keep the workers busy with replications nobody will read.
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  // A worker that cannot start (tsx missing, a syntax error) fails no task: piscina reports it as
  // a pool 'error' and stops starting workers, so queued tasks would wait for ever without this.
  let onPoolError = (_error: Error): void => {};
  const poolFailed = new Promise<never>((_, reject) => {
    onPoolError = (error) => reject(new Error(`replication worker threads could not start: ${error.message}; run with threads 1 to run in this thread`, { cause: error }));
  });
  current.piscina.on('error', onPoolError);
  let done = 0;
  try {
    const tasks = replications.map(async (replication) => {
      const result = await current.piscina.run({ scenario, seed, replication }, { signal: stop.signal });
      if (!stop.signal.aborted) onProgress?.(++done, replications.length);
      return result;
    });
    return await Promise.race([Promise.all(tasks), poolFailed]);
  } catch (error) {
    stop.abort();
    if (signal?.aborted === true) throw cancelled(signal);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    current.piscina.off('error', onPoolError);
  }
}

/** The process's pool, created on first use and recreated when asked for another size. */
function poolOf(threads: number): NonNullable<typeof pool> {
  if (pool !== undefined && pool.threads === threads && pool.broken === undefined) return pool;
  if (pool !== undefined) retire(pool.piscina, pool.broken !== undefined);
  const piscina: ReplicationPool = new Piscina({
    filename: WORKER_URL,
    minThreads: threads,
    maxThreads: threads,
    // Workers stay up between runs (starting one loads tsx and the simulator); idle workers are
    // unref'd by piscina, so they never keep the process alive.
    idleTimeout: 60_000,
    // Not the parent's flags: the entry registers tsx itself, a parent's `--import tsx` would
    // register it a second time, and a test runner's flags do not belong in a worker.
    execArgv: [],
    // A young generation of 384 MB (128 MB semi-spaces, against V8's 16 MB by default): a replication
    // allocates a case record and a projection record per contact, many of which live for days of
    // simulated time, so small semi-spaces copy them again and again. Measured at scale 0.02 of the
    // national bench: 64 MB semi-spaces 5–18% faster than the default, about 70 MB more per worker;
    // at England scale 128 MB another 3–4.5% for about 200 MB (README decision 24).
    resourceLimits: { maxYoungGenerationSizeMb: 384 },
  });
  const created: NonNullable<typeof pool> = { piscina, threads, broken: undefined };
  // Without a listener an 'error' event would crash the process; remember it so that the next
  // run fails with a message and a fresh pool is made.
  piscina.on('error', (error: Error) => {
    created.broken = error;
  });
  pool = created;
  return created;
}

function retire(piscina: ReplicationPool, broken: boolean): void {
  const closing = (broken ? piscina.destroy() : piscina.close()).catch(() => undefined);
  retiring.add(closing);
  void closing.then(() => retiring.delete(closing));
}

/** The same AbortError whether the run was serial or in workers, with the caller's reason as its cause. */
function cancelled(signal: AbortSignal): Error {
  const error = new Error('the replications were cancelled before they finished; run them again for results', { cause: signal.reason });
  error.name = 'AbortError';
  return error;
}
