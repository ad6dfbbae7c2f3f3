import type { CaseRecord } from '../case-record.ts';
import type { RunState } from '../run-state.ts';

/**
 * The child's risk now, after the plan's work so far: each month worked with an allocated worker
 * removes a share of the risk; unallocated days do nothing; each change of worker sets the work
 * back (seeds/002: "too many children" had several social workers).
 */
export function riskNow(state: RunState, c: CaseRecord): number {
  const r = state.scenario.riskDynamics;
  const unallocated = c.planUnallocatedDays + (c.unallocatedFrom >= 0 ? state.today - c.unallocatedFrom : 0);
  const months = (state.today - c.planStart - unallocated) / 30.44 - c.planChanges * r.workerChangeSetbackMonths;
  return c.planRisk * Math.pow(1 - r.reductionPerMonth, Math.max(0, months));
}

/** Starts the bookkeeping of a plan or period of care. */
export function beginPlan(state: RunState, c: CaseRecord): void {
  c.planStart = state.today;
  c.planRisk = c.risk;
  if (c.risk > c.priorRisk) c.priorRisk = c.risk;
  c.planChanges = 0;
  c.planUnallocatedDays = 0;
  c.reviewsDone = 0;
  if (c.unallocatedFrom >= 0) c.unallocatedFrom = state.today;
}
