import type { Team } from './team.ts';
import type { Worker } from './worker.ts';

/**
 * The worker a new case goes to: one of the least loaded workers, if their caseload is below the
 * team's target × ceiling (ties go to whoever reached that caseload last, a deterministic rule).
 * With `unlimited` (mechanism 2 switched off) the least loaded worker takes it whatever their
 * caseload, so nothing waits unallocated.
 * @example const worker = chooseWorker(team, false); if (worker === null) enqueueCase(team, slot);
 */
export function chooseWorker(team: Team, unlimited: boolean): Worker | null {
  const ceiling = team.params.caseloadTarget * team.params.allocationCeiling;
  const buckets = team.buckets;
  for (let load = 0; load < buckets.length; load += 1) {
    if (!unlimited && load >= ceiling) return null;
    const bucket = buckets[load] as Worker[];
    if (bucket.length > 0) return bucket[bucket.length - 1] as Worker;
  }
  return null;
}

/**
 * How much slower a worker progresses each case (mechanism 1): caseload ÷ target when above the
 * target, else 1. With the mechanism off, always 1.
 */
export function slowdown(team: Team, worker: Worker, enabled: boolean): number {
  if (!enabled || team.params.caseloadTarget <= 0) return 1;
  const ratio = worker.load / team.params.caseloadTarget;
  return ratio > 1 ? ratio : 1;
}
