import type { WorkerId } from '../domain/index.ts';

/**
 * A member of staff holding cases. `cases` are the simulator's case slots; the workforce only
 * counts them. `generation` lets the kernel skip a leaving event scheduled before a change.
 */
export interface Worker {
  readonly index: number;
  readonly id: WorkerId;
  readonly team: number;
  readonly agency: boolean;
  readonly fte: number;
  /** Day offset (0 … interval−1) of this worker's supervision cycle. */
  readonly supervisionPhase: number;
  readonly cases: Set<number>;
  active: boolean;
  /** Position in its team's caseload bucket (see team.ts), kept by the team's functions. */
  bucketPos: number;
}

/** A worker's caseload. */
export function caseload(worker: Worker): number {
  return worker.cases.size;
}
