import { addWorkingDays, workingDaysBetween } from '../calendar/index.ts';
import type { SimDay } from '../domain/index.ts';
import { slowdown, type Team } from '../workforce/index.ts';
import type { CaseRecord } from './case-record.ts';
import type { RunState } from './run-state.ts';
import { Priority, TIMER_KINDS, Timer, timerPayload, type TimerKind } from './timers.ts';

/** Timers whose work needs the allocated worker (conferences and reviews are chaired by others). */
const NEEDS_WORKER = (1 << Timer.visit) | (1 << Timer.admin) | (1 << Timer.coreGroup) | (1 << Timer.pathway);

/** Arms a case's timer for `day` (today or later), replacing any pending one of that kind. */
export function setTimer(state: RunState, c: CaseRecord, kind: TimerKind, day: number): void {
  const key = timerPayload(c.slot, kind);
  if ((c.armed & (1 << kind)) !== 0) state.kernel.cancel(key);
  const at = Math.max(day, state.today);
  if (at < state.endDay) {
    state.kernel.schedule(at, Priority.caseTimer, key, key);
    c.armed |= 1 << kind;
  } else {
    c.armed &= ~(1 << kind);
  }
}

/** Disarms a timer. */
export function clearTimer(state: RunState, c: CaseRecord, kind: TimerKind): void {
  if ((c.armed & (1 << kind)) === 0) return;
  state.kernel.cancel(timerPayload(c.slot, kind));
  c.armed &= ~(1 << kind);
  c.blocked &= ~(1 << kind);
}

/** Disarms every timer of a case (it closes or leaves the horizon). */
export function clearAllTimers(state: RunState, c: CaseRecord): void {
  for (let kind = 0; kind < TIMER_KINDS; kind += 1) clearTimer(state, c, kind as TimerKind);
  c.workLeft = 0;
}

/** True when this timer's work must wait: no worker, or the new worker is still picking the case up. */
export function mustWait(state: RunState, c: CaseRecord, kind: TimerKind): boolean {
  const needsWorker = (NEEDS_WORKER & (1 << kind)) !== 0 || (kind === Timer.main && c.workLeft > 0);
  return needsWorker && waitsForWorker(state, c, kind);
}

/**
 * True when the case has no worker (the timer waits, blocked, for the next allocation) or its new
 * worker is still in the handover (the timer moves to the day it ends).
 */
export function waitsForWorker(state: RunState, c: CaseRecord, kind: TimerKind): boolean {
  if (c.worker === null) {
    c.blocked |= 1 << kind;
    return true;
  }
  if (state.today < c.handoverUntil) {
    setTimer(state, c, kind, c.handoverUntil);
    return true;
  }
  return false;
}

function paceOf(state: RunState, c: CaseRecord): number {
  if (c.worker === null) return 1;
  return slowdown(state.teams[c.worker.team] as Team, c.worker, state.scenario.mechanisms.capacity);
}

/**
 * Starts a piece of casework (an assessment, an enquiry) of `work` working days at target
 * caseload; the main timer fires when it is done. A worker above target goes slower
 * (mechanism 1); without a worker nothing moves (mechanism 2).
 */
export function startWork(state: RunState, c: CaseRecord, step: number, work: number): void {
  c.step = step;
  c.workLeft = Math.max(work, 1e-9);
  if (c.worker === null || state.today < c.handoverUntil) {
    c.blocked |= 1 << Timer.main;
    if (c.worker !== null) resumeWork(state, c);
    return;
  }
  resumeWork(state, c);
}

function resumeWork(state: RunState, c: CaseRecord): void {
  const from = Math.max(state.today, c.handoverUntil) as SimDay;
  c.workFrom = from;
  c.workPace = paceOf(state, c);
  c.blocked &= ~(1 << Timer.main);
  setTimer(state, c, Timer.main, addWorkingDays(from, Math.ceil(c.workLeft * c.workPace)));
}

/** Pauses casework when the worker goes: the work done so far is kept. */
export function pauseWork(state: RunState, c: CaseRecord): void {
  if (c.workLeft <= 0 || (c.armed & (1 << Timer.main)) === 0) return;
  const done = Math.max(0, workingDaysBetween(c.workFrom as SimDay, state.today)) / c.workPace;
  c.workLeft = Math.max(1e-9, c.workLeft - done);
  clearTimer(state, c, Timer.main);
  c.blocked |= 1 << Timer.main;
}

/** Re-arms what waited for a worker, after the handover (mechanism 3). */
export function resumeBlocked(state: RunState, c: CaseRecord): void {
  const blocked = c.blocked;
  c.blocked = 0;
  for (let kind = 0; kind < TIMER_KINDS; kind += 1) {
    if ((blocked & (1 << kind)) === 0) continue;
    if (kind === Timer.main && c.workLeft > 0) resumeWork(state, c);
    else setTimer(state, c, kind as TimerKind, c.handoverUntil);
  }
}
