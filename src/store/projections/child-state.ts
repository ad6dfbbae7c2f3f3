/**
 * What the KPI projection keeps about one child, only while the child has live state: from the first
 * event until the case closes (ARCHITECTURE.md §7: memory grows with open cases, not with the horizon).
 * Kept in a row of the projection's rows (child-rows.ts), read and written through this interface (D11:
 * no immutability on the hot path).
 */
import type { ChildId, WorkerId } from '../../domain/ids.ts';
import type { SimDay } from '../../domain/time.ts';
import type { ClockState } from '../../rules/index.ts';

export { NO_YEAR } from './row-layout.ts';

/** Per-child state of the KPI projection. */
export interface ChildState {
  /** Whose state this is (the id of the child's events). */
  readonly child: ChildId;
  /** The statutory clocks, driven incrementally (src/rules applyClockEvent). */
  readonly clocks: ClockState;
  /** An open case (CIN episode): from referral.accepted until case.closed or careLeaver.closed. */
  caseOpen: boolean;
  /** The allocated worker, from worker.allocated/worker.changed until worker.released or closure. */
  worker: WorkerId | undefined;
  /** A worker was allocated earlier in this case, so the next worker.allocated is a reallocation. */
  everAllocated: boolean;
  /** Day an unallocated wait began (referral accepted or worker released), if one is running. */
  waitStart: SimDay | undefined;
  /** Start day of the open child protection plan, if any. */
  cpStart: SimDay | undefined;
  /** Review-conference clocks of the open plan that were decided (met or late), and whether any was late. */
  rcpcDecided: number;
  rcpcLate: boolean;
  /** Looked after: between care.entered and care.left. */
  inCare: boolean;
  /** In a placement other than a temporary one (T0–T4), which counts towards placement stability. */
  inCountedPlacement: boolean;
  /** Report year the placement count belongs to, and the count (statutory-rules.md §4 short-term stability). */
  placementYear: number;
  placementCount: number;
  /** Report year of the distinct-worker count, up to two ids seen, and the count capped at 3. */
  workerYear: number;
  firstWorker: WorkerId | undefined;
  secondWorker: WorkerId | undefined;
  workerCount: number;
  /** Report year of a missing.ended still waiting for its return interview, or NO_YEAR. */
  missingEndedYear: number;
  /** Day care proceedings were issued, while they run. */
  proceedingsIssued: SimDay | undefined;
  /** The current or last placement is foster care (U1–U6): leaving it at 18 may be staying put. */
  fostered: boolean;
  /** Day of the child's birthday.18 event, if seen. */
  turned18: SimDay | undefined;
  /** In a private fostering arrangement: from privateFostering.notified until privateFostering.ended. */
  privatelyFostered: boolean;
  /** Day of the open CAMHS referral, while the child waits or is treated. */
  camhsReferred: SimDay | undefined;
}

/**
 * Placements in report year y: the one ongoing when the year began counts as one, each counted placement
 * started in the year adds one (statutory-rules.md §4; temporary placements are not moves).
 * @example placementsInYear(state, 0) >= 3
 */
export function placementsInYear(s: ChildState, y: number): number {
  return s.placementYear === y ? s.placementCount : s.inCountedPlacement ? 1 : 0;
}

/**
 * Starts the placement count of year y if the last one was of an earlier year: whatever placement is
 * current now was ongoing on 1 April, because no placement event of year y has been seen yet.
 * @example rollPlacementYear(state, year)
 */
export function rollPlacementYear(s: ChildState, y: number): void {
  if (s.placementYear === y) return;
  s.placementYear = y;
  s.placementCount = s.inCountedPlacement ? 1 : 0;
}

/**
 * Distinct social workers in report year y, counting the worker held on 1 April (capped at 3: the KPI asks "3 or more").
 * @example workersInYear(state, 0) >= 3
 */
export function workersInYear(s: ChildState, y: number): number {
  return s.workerYear === y ? s.workerCount : s.worker === undefined ? 0 : 1;
}

/**
 * Starts the distinct-worker count of year y if the last one was of an earlier year, with the worker held now.
 * @example rollWorkerYear(state, year)
 */
export function rollWorkerYear(s: ChildState, y: number): void {
  if (s.workerYear === y) return;
  s.workerYear = y;
  s.firstWorker = s.worker;
  s.secondWorker = undefined;
  s.workerCount = s.worker === undefined ? 0 : 1;
}

/**
 * Adds a worker to the year's distinct workers (after rollWorkerYear for the same year).
 * @example noteWorker(state, event.data.worker)
 */
export function noteWorker(s: ChildState, worker: WorkerId): void {
  if (s.workerCount >= 3 || worker === s.firstWorker || worker === s.secondWorker) return;
  if (s.workerCount === 0) s.firstWorker = worker;
  else if (s.workerCount === 1) s.secondWorker = worker;
  s.workerCount++;
}
