import type { Worker } from './worker.ts';

/**
 * A worker's cases, kept as a count (`load`) and a log of givings (`given`: slot and stamp, in the
 * order the cases were given) instead of a Set of slots. Giving a case appends to the log; taking it
 * back only counts down. Whether an entry is still current is the simulator's to say: the case in
 * that slot is held by this worker under that stamp. The cases held are then the current entries in
 * log order, which is the order a Set would list them in (a case given again goes to the end).
 *
 * Why: at national scale a Set's table is three fetches from the case (worker, set, table), all
 * cache misses, on every allocation, release and pacing decision; a count is one field of the
 * worker, and an append touches only the log's end (README Performance, twelfth session).
 */
export type IsCurrent = (slot: number, stamp: number) => boolean;

/** Entries the log may hold beyond twice the caseload before it is compacted. */
const SLACK = 32;

/** Records a case given to the worker; returns the giving's stamp, which the holder keeps. */
export function logGiving(worker: Worker, slot: number): number {
  worker.gives += 1;
  worker.given.push(slot, worker.gives);
  return worker.gives;
}

/** The slots of the cases the worker holds now, in the order they were given. */
export function heldCases(worker: Worker, isCurrent: IsCurrent): number[] {
  const given = worker.given;
  const held: number[] = [];
  for (let i = 0; i < given.length; i += 2) {
    const slot = given[i] as number;
    if (isCurrent(slot, given[i + 1] as number)) held.push(slot);
  }
  return held;
}

/**
 * Empties the log of a worker who has left and given back every case: the worker stays on the run's
 * list (events name them), but their log would otherwise stay too, a few hundred numbers for each
 * leaver, so memory would grow with the years simulated rather than with the open cases.
 */
export function forgetGivings(worker: Worker): void {
  if (worker.active || worker.load !== 0) {
    throw new Error(`worker ${worker.id} still ${worker.active ? 'works' : `holds ${worker.load} cases`}; forget a worker's givings only after they have left and given every case back`);
  }
  worker.given.length = 0;
}

/** Whether the log has outgrown the caseload (then tidyGivings). */
export function givingsToTidy(worker: Worker): boolean {
  return worker.given.length > 2 * (2 * worker.load + SLACK);
}

/** Drops the entries no longer current, so memory follows the caseload, not the years in post. */
export function tidyGivings(worker: Worker, isCurrent: IsCurrent): void {
  const given = worker.given;
  let kept = 0;
  for (let i = 0; i < given.length; i += 2) {
    const slot = given[i] as number;
    const stamp = given[i + 1] as number;
    if (!isCurrent(slot, stamp)) continue;
    given[kept] = slot;
    given[kept + 1] = stamp;
    kept += 2;
  }
  given.length = kept;
}
