import type { Team } from './team.ts';
import type { Worker } from './worker.ts';

/**
 * The worker a new case goes to: the least loaded worker whose caseload is below the team's
 * target × ceiling (ties to the longest-serving). With `unlimited` (mechanism 2 switched off) the
 * least loaded worker takes it whatever their caseload, so nothing waits unallocated.
 * @example const worker = chooseWorker(team, false); if (worker === null) enqueueCase(team, slot);
 */
export function chooseWorker(team: Team, unlimited: boolean): Worker | null {
  const ceiling = team.params.caseloadTarget * team.params.allocationCeiling;
  let best: Worker | null = null;
  for (const worker of team.workers) {
    if (!worker.active) continue;
    const load = worker.cases.size;
    if (!unlimited && load >= ceiling) continue;
    if (best === null || load < best.cases.size) best = worker;
  }
  return best;
}

/**
 * How much slower a worker progresses each case (mechanism 1): caseload ÷ target when above the
 * target, else 1. With the mechanism off, always 1.
 */
export function slowdown(team: Team, worker: Worker, enabled: boolean): number {
  if (!enabled || team.params.caseloadTarget <= 0) return 1;
  const ratio = worker.cases.size / team.params.caseloadTarget;
  return ratio > 1 ? ratio : 1;
}
