import { addWorkingDays } from '../calendar/index.ts';
import type { ClosureReason } from '../domain/index.ts';
import type { CaseRecord } from './case-record.ts';
import { boundedDays, decide, spreadValue } from './draws.ts';
import { detachCase } from './allocation.ts';
import { emit, type RunState } from './run-state.ts';
import { clearAllTimers, setTimer } from './schedule.ts';
import { Priority, Timer } from './timers.ts';
import { Step } from './steps.ts';
import { eighteenthBirthday } from './cohort.ts';

/** Plans the closure of a case whose work has ended (the `concluding` or `cinPending` state). */
export function planClosure(state: RunState, c: CaseRecord, reason: ClosureReason): void {
  // RC8/RC9 mean "closed after assessment"; an episode with a plan, an enquiry or care behind it
  // closes as having received services (CIN rule 2990).
  c.closeReason = (reason === 'RC8' || reason === 'RC9') && c.episodeActivity ? 'RC7' : reason;
  c.step = Step.close;
  c.workLeft = 0;
  const dice = diceOf(state, c);
  setTimer(state, c, Timer.main, addWorkingDays(state.today, boundedDays(dice, state.scenario.work.closureWorkingDays)));
}

/** Closes the case today and lets the child go (or keeps them, if they will be back). */
export function closeCase(state: RunState, c: CaseRecord): void {
  emit(state, c, 'case.closed', { reason: c.closeReason });
  // An adopted child (RC1) becomes the adopters' child under a new name and birth record (ACA2002
  // s67, s77): any later referral is of a new child, so this record does not come back (SSDA903
  // rule 334 would otherwise find an adoption decision from an earlier period of care).
  const adopted = c.closeReason === 'RC1';
  leave(state, c, !adopted && c.journey.leaf >= 0 && !state.compiled.leafIsFinal[c.journey.leaf]);
}

/**
 * The child leaves the open caseload: timers cleared, worker freed. If they may come back (not
 * done), whether and when is drawn now from their residual risk; a child who will not be back
 * within the horizon is forgotten, so memory follows open cases.
 */
export function leave(state: RunState, c: CaseRecord, mayReturn: boolean): void {
  detachCase(state, c);
  clearAllTimers(state, c);
  state.cases[c.slot] = undefined;
  state.freeSlots++;
  c.slot = -1;
  c.team = -1;
  const dice = diceOf(state, c);
  const r = state.scenario.riskDynamics;
  if (mayReturn && decide(dice, r.recontact, c.risk)) {
    const day = Math.floor(state.today + 30.44 * spreadValue(dice, r.recontactMonths)) + 1;
    // Children's services are for children: nobody comes back on or after their 18th birthday.
    if (day < state.endDay && day < eighteenthBirthday(c)) {
      state.kernel.schedule(day, Priority.recontact, state.known.park(c));
      return;
    }
  }
}

function diceOf(_state: RunState, c: CaseRecord) {
  return c.dice;
}

export { diceOf };
