import { addDays, addWorkingDays, addYears } from '../../calendar/index.ts';
import { ETHNICITIES, asSimDay, childId, type Ethnicity } from '../../domain/index.ts';
import { drawFrom, poisson, streamFor, uniform, type RandomStream } from '../../random/index.ts';
import { allocateCase } from '../allocation.ts';
import { createNewCaseRecord, type CaseRecord } from '../case-record.ts';
import { leave } from '../closure.ts';
import type { CohortMix } from '../cohort.ts';
import { diceFor } from '../dice.ts';
import { spreadValue } from '../draws.ts';
import { overseen } from '../oversight.ts';
import { emit, type RunState } from '../run-state.ts';
import { setTimer } from '../schedule.ts';
import { Timer } from '../timers.ts';
import { takeSlot } from './front-door.ts';
import { plannedBefore } from './protection.ts';

/** Private fostering arrangements the authority hears of: their own stream and numbering (ids PF1, PF2 …). */
export interface PrivateFosteringIntake {
  readonly dice: RandomStream;
  next: number;
}

/** An intake with its own stream, so the other children of the run are the same with or without it. */
export function createPrivateFosteringIntake(seed: number): PrivateFosteringIntake {
  return { dice: streamFor(seed, 'privateFostering'), next: 0 };
}

/** Today's notifications of private fostering arrangements: a Poisson process over calendar days. */
export function receivePrivateFostering(state: RunState, mix: CohortMix): void {
  const rate = state.scenario.privateFostering.notificationsPerYear;
  if (rate <= 0) return;
  const n = poisson(state.privateFostering.dice, rate / 365.25);
  for (let i = 0; i < n; i += 1) notify(state, mix);
}

/**
 * A new arrangement: the child (drawn from dice of their own), the notification, a worker in the
 * assessment team (which assesses the arrangement), the first visit due within 7 working days (PFR2005 reg 4) and the day the
 * arrangement will end: after its drawn length, or at 16 (CA1989 s66(3)) if that comes first.
 */
function notify(state: RunState, mix: CohortMix): void {
  const intake = state.privateFostering;
  intake.next += 1;
  const k = intake.next;
  const dice = diceFor(state.seed, k, 'privateFostering');
  const p = state.scenario.privateFostering;
  const fromAge = Math.min(15, p.fromAge);
  const age = fromAge + Math.floor(uniform(dice, 0, 16 - fromAge));
  const dob = asSimDay(state.today - age * 365 - Math.floor(uniform(dice, 0, 365)));
  const sex = dice.next() < 0.5 ? 'F' : 'M';
  const ethnicity = ETHNICITIES[drawFrom(dice, mix.ethnicityWeights)] as Ethnicity;
  const slot = takeSlot(state);
  const c = createNewCaseRecord(slot, k, childId(`PF${k}`), dice, dob, sex, ethnicity, 'N9', 0, state.compiled.initialLeaf);
  state.cases[slot] = c;
  c.privateFosteringFrom = state.today;
  emit(state, c, 'privateFostering.notified', { dob, sex, ethnicity });
  allocateCase(state, c, state.teamOf.assessment);
  c.visitDue = addWorkingDays(state.today, 7);
  setTimer(state, c, Timer.visit, plannedBefore(state, c.visitDue));
  const ends = Math.min(state.today + Math.max(28, Math.round(spreadValue(c.dice, p.arrangementMonths) * 30.44)), addYears(dob, 16));
  setTimer(state, c, Timer.exit, Math.max(state.today + 1, ends));
}

/**
 * A visit to the child and the carer: then every 6 weeks in the first year the authority knew of the
 * arrangement, every 12 weeks after (PFR2005 reg 8). A missed visit waits for supervision (mechanism 5).
 */
export function visitPrivatelyFosteredChild(state: RunState, c: CaseRecord): void {
  const day = overseen(state, c, 'visit');
  if (day > state.today) {
    setTimer(state, c, Timer.visit, day);
    return;
  }
  emit(state, c, 'privateFostering.visited', {});
  const firstYear = state.today < addYears(asSimDay(c.privateFosteringFrom), 1);
  c.visitDue = addDays(state.today, firstYear ? 42 : 84);
  setTimer(state, c, Timer.visit, plannedBefore(state, c.visitDue));
}

/** The arrangement ends: the case closes for good (the child is no longer privately fostered). */
export function endPrivateFostering(state: RunState, c: CaseRecord): void {
  emit(state, c, 'privateFostering.ended', {});
  leave(state, c, false);
}
