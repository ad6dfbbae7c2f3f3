import { addMonths, addWorkingDays } from '../../calendar/index.ts';
import { partsFromSimDay, simDayFromParts, type LeaverAccommodation, type LeaverActivity } from '../../domain/index.ts';
import { transferCase } from '../allocation.ts';
import type { CaseRecord } from '../case-record.ts';
import { diceOf, leave } from '../closure.ts';
import { ageOn, eighteenthBirthday } from '../cohort.ts';
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
  setTimer(state, c, Timer.exit, Math.max(birthdayAt(c, age), state.today + 30));
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

/** A personal adviser's contact; the first one after a 17th–21st birthday makes the OC3 record. */
export function adviserContact(state: RunState, c: CaseRecord): void {
  emit(state, c, 'visit.made', { kind: 'adviser' });
  const age = ageOn(c, state.today);
  const coming = age + 1;
  if (coming <= 21 && coming >= 17 && coming > c.leaverRecordAge && birthdayAt(c, coming) - state.today <= IN_TOUCH_BEFORE_BIRTHDAY_DAYS) {
    recordLeaver(state, c, coming, true);
  } else if (age >= 17 && age <= 21 && age > c.leaverRecordAge) {
    recordLeaver(state, c, age, state.today - birthdayAt(c, age) <= IN_TOUCH_AFTER_BIRTHDAY_DAYS);
  }
  setTimer(state, c, Timer.visit, plannedBefore(state, addMonths(state.today, 2)));
}

/**
 * The authority is in touch when the contact falls between 3 months before and 1 month after the
 * birthday (SSDA903 guidance on OC3); regular two-monthly contact always lands in that window.
 */
const IN_TOUCH_BEFORE_BIRTHDAY_DAYS = 91;
const IN_TOUCH_AFTER_BIRTHDAY_DAYS = 31;

function birthdayAt(c: CaseRecord, age: number): number {
  const born = partsFromSimDay(c.dob);
  return simDayFromParts(born.year + age, born.month, Math.min(born.day, 28));
}
/** Main activities of care leavers in education, training or work: higher, other education, training, employment. */
const ACTIVE: readonly LeaverActivity[] = ['F1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5'];
/** Accommodation types other than staying put: semi-independent, supported lodgings, lodgings, independent, family. */
const HOMES = ['D', 'E', 'K', 'U', 'B'] as const;

/**
 * The adviser's record for the birthday at `age` (SSDA903 OC3). Without contact in the birthday's
 * window, because the case waited for an adviser (mechanisms 2 and 3), it is recorded as not in touch.
 */
function recordLeaver(state: RunState, c: CaseRecord, age: number, inWindow: boolean): void {
  c.leaverRecordAge = age;
  const care = state.scenario.care;
  const dice = diceOf(state, c);
  const lost = dice.next() < care.lostTouchShare;
  if (lost || !inWindow) {
    emit(state, c, 'careLeaver.contacted', { age, inTouch: lost && dice.next() < 0.5 ? 'REFU' : 'NO', activity: '0', accommodation: '0' });
    return;
  }
  const neet = dice.next() < care.careLeaverNeetShare;
  const activity: LeaverActivity = neet
    ? (['G4', 'G5', 'G5', 'G6'] as const)[Math.floor(dice.next() * 4)] ?? 'G5'
    : ACTIVE[Math.floor(dice.next() * ACTIVE.length)] ?? 'F4';
  // Staying put with former foster carers (Z) is judged suitable; rule 3001: never at 17.
  const stayingPut = c.stayingPut && age >= 18 && age <= 21;
  const suitable = stayingPut || dice.next() >= care.unsuitableAccommodationShare;
  const kind = stayingPut ? 'Z' : HOMES[Math.floor(dice.next() * HOMES.length)] ?? 'D';
  const accommodation = `${kind}${suitable ? '1' : '2'}` as LeaverAccommodation;
  emit(state, c, 'careLeaver.contacted', { age, inTouch: 'YES', activity, accommodation });
}

/** Leaving-care support ends: the journey is done. */
export function endLeavingCare(state: RunState, c: CaseRecord): void {
  emit(state, c, 'careLeaver.closed', {});
  clearAllTimers(state, c);
  leave(state, c, false);
}
