import type { WorkerId } from '../domain/index.ts';

/**
 * A member of staff holding cases. The workforce knows a case only as the simulator's case slot, and
 * keeps a worker's cases as a count and a log of givings rather than a Set (see case-book.ts).
 */
export interface Worker {
  readonly index: number;
  readonly id: WorkerId;
  readonly team: number;
  readonly agency: boolean;
  readonly fte: number;
  /** Day offset (0 … interval−1) of this worker's supervision cycle. */
  readonly supervisionPhase: number;
  /** Cases held now. */
  load: number;
  /** Each case given to this worker, in order, as two numbers: its slot and the stamp of the giving (case-book.ts). */
  readonly given: number[];
  /** Givings so far: the last giving's stamp. */
  gives: number;
  active: boolean;
  /** Position in its team's caseload bucket (see team.ts), kept by the team's functions. */
  bucketPos: number;
}

/** A worker's caseload. */
export function caseload(worker: Worker): number {
  return worker.load;
}
