import { simDayOf } from '../domain/index.ts';
import { streamFor } from '../random/index.ts';
import { releaseCase } from './allocation.ts';
import type { CaseRecord } from './case-record.ts';
import type { RunState } from './run-state.ts';
import { workerLeaves } from './staffing.ts';
import { Priority } from './timers.ts';

/**
 * Schedules the scenario's whole-service restructure, if it has one inside the run (West Sussex
 * 2022: "high caseloads and turnover after a whole-service restructure", calibration §2).
 */
export function scheduleRestructure(state: RunState): void {
  const date = state.scenario.workforce.restructure.date;
  if (date === null || !state.scenario.mechanisms.turnover) return;
  const day = simDayOf(date);
  if (day >= state.startDay && day < state.endDay) state.kernel.schedule(day, Priority.restructure, 0);
}

/**
 * The restructure day (mechanism 3 at once): a share of permanent workers leave, and a share of the
 * cases still allocated move to a new worker, each waiting out the reallocation gap and a handover
 * (SSDA903 SW_REASON ORGRST, "organisational restructure").
 */
export function restructure(state: RunState): void {
  const r = state.scenario.workforce.restructure;
  const dice = streamFor(state.seed, 'restructure');
  for (const team of state.teams) {
    for (const worker of [...team.workers]) {
      if (!worker.agency && dice.next() < r.leavingShare) workerLeaves(state, worker, 'resigned', 'ORGRST');
    }
  }
  // Cases in the order of their children's numbers (ids apart where two numberings meet, as children
  // and privately fostered children do), not by slot: which cases move must not depend on where the
  // run keeps them (front-door.ts takeSlot gives slots out for speed).
  const open = state.cases.filter((c): c is CaseRecord => c !== undefined)
    .sort((a, b) => a.index - b.index || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const c of open) {
    if (c.worker !== null && dice.next() < r.reallocatedShare) releaseCase(state, c, 'ORGRST');
  }
}
