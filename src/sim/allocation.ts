import { addWorkingDays } from '../calendar/index.ts';
import type { SwReason } from '../domain/index.ts';
import {
  addCase, chooseWorker, dequeueCase, enqueueCase, givingsToTidy, removeCase, removeWaitingCase, tidyGivings, type Team, type Worker,
} from '../workforce/index.ts';
import type { CaseRecord } from './case-record.ts';
import { emit, type RunState } from './run-state.ts';
import { pauseWork, resumeBlocked, setTimer } from './schedule.ts';
import { Timer } from './timers.ts';

function handoverDays(state: RunState, team: Team): number {
  return state.scenario.mechanisms.turnover ? Math.round(team.params.handoverDays) : 0;
}

/** Whether the case in `slot` is held by `worker` under the giving `stamp` (the workforce's log entries, case-book.ts). */
export function holdsCase(state: RunState, worker: Worker, slot: number, stamp: number): boolean {
  const c = state.cases[slot];
  return c !== undefined && c.worker === worker && c.workerStamp === stamp;
}

function take(state: RunState, c: CaseRecord, team: Team, worker: Worker, handover: boolean): void {
  c.workerStamp = addCase(team, worker, c.slot);
  // Before tidying: the tidy asks each case who holds it, this one included.
  c.worker = worker;
  if (givingsToTidy(worker)) tidyGivings(worker, (slot, stamp) => holdsCase(state, worker, slot, stamp));
  c.team = team.index;
  c.queued = false;
  c.handoverUntil = handover ? addWorkingDays(state.today, handoverDays(state, team)) : state.today;
  if (c.unallocatedFrom >= 0) {
    c.planUnallocatedDays += state.today - c.unallocatedFrom;
    c.unallocatedFrom = -1;
  }
}

/**
 * Gives a case to a worker in `team`, or queues it unallocated (mechanism 2). A first allocation
 * needs no handover; a case picked up from someone else does (mechanism 3).
 */
export function allocateCase(state: RunState, c: CaseRecord, team: Team): void {
  const worker = chooseWorker(team, !state.scenario.mechanisms.unallocatedWaits);
  c.team = team.index;
  if (worker === null) {
    if (!c.queued) {
      c.queued = true;
      if (c.unallocatedFrom < 0) c.unallocatedFrom = state.today;
      enqueueCase(team, c.slot);
    }
    return;
  }
  const handover = c.journey.context.workerChanges + c.journey.context.releases > 0 || c.journey.context.allocated;
  take(state, c, team, worker, handover);
  emit(state, c, 'worker.allocated', {
    worker: worker.id, team: team.id, ...(c.releaseReason === null ? {} : { reason: c.releaseReason }),
  });
  c.releaseReason = null;
  resumeBlocked(state, c);
}

/** The case loses its worker and waits for another in the same team. */
export function releaseCase(state: RunState, c: CaseRecord, reason: SwReason): void {
  const worker = c.worker;
  if (worker === null) return;
  removeCase(state.teams[worker.team] as Team, worker);
  c.worker = null;
  pauseWork(state, c);
  emit(state, c, 'worker.released', { reason });
  c.releaseReason = reason;
  c.planChanges += 1;
  const team = state.teams[c.team] as Team;
  // ARCHITECTURE D6.3: the cases of a worker who leaves are reallocated after a gap.
  const gap = state.scenario.mechanisms.turnover ? Math.round(team.params.reallocationDays) : 0;
  if (gap > 0) {
    if (c.unallocatedFrom < 0) c.unallocatedFrom = state.today;
    setTimer(state, c, Timer.reallocate, addWorkingDays(state.today, gap));
  } else {
    allocateCase(state, c, team);
  }
  allocateWaiting(state, team);
}

/**
 * Moves a case to another team (a CP plan to family support and protection, care to the looked-after
 * team): a change of worker if someone there has room, else it waits unallocated.
 */
export function transferCase(state: RunState, c: CaseRecord, team: Team, reason: SwReason): void {
  if (c.team === team.index && (c.worker !== null || c.queued)) return;
  const from = c.team >= 0 ? (state.teams[c.team] as Team) : null;
  if (c.queued && from !== null) {
    removeWaitingCase(from, c.slot);
    c.queued = false;
  }
  const worker = chooseWorker(team, !state.scenario.mechanisms.unallocatedWaits);
  const previous = c.worker;
  if (previous !== null && worker !== null) {
    removeCase(state.teams[previous.team] as Team, previous);
    pauseWork(state, c);
    take(state, c, team, worker, true);
    emit(state, c, 'worker.changed', { worker: worker.id, team: team.id, reason });
    c.planChanges += 1;
    resumeBlocked(state, c);
  } else {
    if (previous !== null) {
      removeCase(state.teams[previous.team] as Team, previous);
      c.worker = null;
      pauseWork(state, c);
      emit(state, c, 'worker.released', { reason });
      c.releaseReason = reason;
    }
    allocateCase(state, c, team);
  }
  if (from !== null && from !== team) allocateWaiting(state, from);
}

/** Drops a closing case from its worker and queue. */
export function detachCase(state: RunState, c: CaseRecord): void {
  const team = c.team >= 0 ? (state.teams[c.team] as Team) : null;
  if (c.worker !== null) removeCase(state.teams[c.worker.team] as Team, c.worker);
  if (c.queued && team !== null) removeWaitingCase(team, c.slot);
  c.worker = null;
  c.queued = false;
  if (team !== null) allocateWaiting(state, team);
}

/** Allocates waiting cases while workers in the team have room. */
export function allocateWaiting(state: RunState, team: Team): void {
  for (;;) {
    if (chooseWorker(team, !state.scenario.mechanisms.unallocatedWaits) === null) return;
    const slot = dequeueCase(team);
    if (slot < 0) return;
    const c = state.cases[slot];
    if (c === undefined || !c.queued || c.team !== team.index) continue;
    c.queued = false;
    allocateCase(state, c, team);
  }
}

