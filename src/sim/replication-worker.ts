/**
 * The piscina worker module of `runReplications`: one task is one replication. It runs without a
 * listener (the event log is the main thread's job) and returns plain data, which the structured
 * clone carries back unchanged, so a result is the same whichever thread made it (D9).
 */
import type { Scenario } from '../scenario/schema.ts';
import { runReplication, type ReplicationResult } from './run-replication.ts';

/** What the main thread sends for one replication. */
export interface ReplicationTask {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly replication: number;
}

/**
 * Runs one replication task inside a worker thread (piscina calls the default export).
 * @example const result = runReplicationTask({ scenario, seed: 42, replication: 2 });
 */
export default function runReplicationTask({ scenario, seed, replication }: ReplicationTask): ReplicationResult {
  return runReplication(scenario, seed, replication);
}
