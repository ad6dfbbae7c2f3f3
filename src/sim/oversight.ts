import { nextWorkingDayOnOrAfter } from '../calendar/index.ts';
import type { OversightTask, SimDay } from '../domain/index.ts';
import type { CaseRecord } from './case-record.ts';
import { emit, type RunState } from './run-state.ts';

/**
 * Mechanism 5, "management oversight lacks rigour": a task that falls due is missed with the
 * miss chance; it is then done at the worker's next supervision, which catches it. Returns the
 * day the task is actually done (today when not missed).
 */
export function overseen(state: RunState, c: CaseRecord, task: OversightTask): SimDay {
  const o = state.scenario.workforce.oversight;
  if (!state.scenario.mechanisms.oversight || o.missChance <= 0) return state.today;
  if (c.dice.next() >= o.missChance) return state.today;
  emit(state, c, 'oversight.missed', { task });
  return nextSupervision(state, c);
}

/** The first supervision day of the case's worker after today (every `supervisionIntervalWeeks`). */
export function nextSupervision(state: RunState, c: CaseRecord): SimDay {
  const interval = Math.max(1, Math.round(state.scenario.workforce.oversight.supervisionIntervalWeeks * 7));
  const phase = c.worker?.supervisionPhase ?? c.index % interval;
  const offset = (((phase - state.today) % interval) + interval) % interval;
  return nextWorkingDayOnOrAfter((state.today + (offset === 0 ? interval : offset)) as SimDay);
}
