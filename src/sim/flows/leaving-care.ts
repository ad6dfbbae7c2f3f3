import { addMonths, addWorkingDays } from '../../calendar/index.ts';
import { partsFromSimDay, simDayFromParts } from '../../domain/index.ts';
import { transferCase } from '../allocation.ts';
import type { CaseRecord } from '../case-record.ts';
import { diceOf, leave } from '../closure.ts';
import { eighteenthBirthday } from '../cohort.ts';
import { boundedDays } from '../draws.ts';
import { overseen } from '../oversight.ts';
import { emit, type RunState } from '../run-state.ts';
import { clearAllTimers, setTimer } from '../schedule.ts';
import { Timer } from '../timers.ts';
import { plannedBefore } from './protection.ts';

/**
 * A care leaver (Care Leavers (England) Regulations 2010): a personal adviser, a pathway plan
 * reviewed every 6 months, contact every 2 months, until 21 (or 25 for those who continue).
 */
export function startLeavingCare(state: RunState, c: CaseRecord): void {
  transferCase(state, c, state.teamOf.leavingCare, 'TSPROC');
  const dice = diceOf(state, c);
  // A pathway plan made while looked after keeps its review chain (reg 44 runs from the last review).
  if (!c.journey.context.pathwayPlan) {
    setTimer(state, c, Timer.pathway, addWorkingDays(state.today, boundedDays(dice, state.scenario.work.adminWorkingDays)));
  } else if ((c.armed & (1 << Timer.pathway)) === 0 && (c.blocked & (1 << Timer.pathway)) === 0) {
    setTimer(state, c, Timer.pathway, plannedBefore(state, addMonths(state.today, 6)));
  }
  setTimer(state, c, Timer.visit, plannedBefore(state, addMonths(state.today, 2)));
  const care = state.scenario.care;
  const age = dice.next() < care.extendedSupportShare ? 25 : care.leavingCareSupportAge;
  const born = partsFromSimDay(c.dob);
  const end = simDayFromParts(born.year + age, born.month, Math.min(born.day, 28));
  setTimer(state, c, Timer.exit, Math.max(end, state.today + 30));
  const birthday = eighteenthBirthday(c);
  if (birthday > state.today && birthday < state.endDay) setTimer(state, c, Timer.birthday, birthday);
}

/** Pathway plan (CPPCR2010 reg 43) and its reviews every 6 months (reg 44; CLR2010 reg 7). */
export function doPathwayPlan(state: RunState, c: CaseRecord): void {
  const day = overseen(state, c, 'pathwayPlan');
  if (day > state.today) {
    setTimer(state, c, Timer.pathway, day);
    return;
  }
  if (c.journey.context.pathwayPlan) emit(state, c, 'pathwayPlan.reviewed', {});
  else emit(state, c, 'pathwayPlan.made', {});
  setTimer(state, c, Timer.pathway, plannedBefore(state, addMonths(state.today, 6)));
}

/** A personal adviser's contact. */
export function adviserContact(state: RunState, c: CaseRecord): void {
  emit(state, c, 'visit.made', { kind: 'adviser' });
  setTimer(state, c, Timer.visit, plannedBefore(state, addMonths(state.today, 2)));
}

/** Leaving-care support ends: the journey is done. */
export function endLeavingCare(state: RunState, c: CaseRecord): void {
  emit(state, c, 'careLeaver.closed', {});
  clearAllTimers(state, c);
  leave(state, c, false);
}
