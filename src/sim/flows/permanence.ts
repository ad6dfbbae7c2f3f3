import type { PermanencePlan } from '../../domain/index.ts';
import { exponential } from '../../random/index.ts';
import type { CaseRecord } from '../case-record.ts';
import { diceOf } from '../closure.ts';
import { ageOn } from '../cohort.ts';
import { spreadValue } from '../draws.ts';
import { emit, type RunState } from '../run-state.ts';
import { setTimer, startWork, waitsForWorker } from '../schedule.ts';
import { Step } from '../steps.ts';
import { Timer } from '../timers.ts';
import { addDays } from '../../calendar/index.ts';
import { book } from '../bookings.ts';
import { transferCase } from '../allocation.ts';
import { issueProceedings, leaveCare, scheduleMove, startPlacement } from './care.ts';
import { plannedBefore } from './protection.ts';

/** Court and adoption steps carried by the court timer. */
export const Court = {
  none: 0,
  policeProtection: 1,
  proceedings: 2,
  matching: 3,
  placing: 4,
  adopting: 5,
  sgoLeaving: 6,
} as const;

/**
 * The permanence plan, agreed by the second review (Vol2): young children in proceedings may be
 * adopted, others may go to special guardians; s20 children go home; the rest stay in long-term
 * foster care.
 */
export function planPermanence(state: RunState, c: CaseRecord): void {
  if (c.journey.context.permanence !== 'none') return;
  const care = state.scenario.care;
  const dice = diceOf(state, c);
  let plan: PermanencePlan = 'longTermFostering';
  if (c.journey.context.legalStatus === 'V2') plan = 'reunification';
  else if (ageOn(c, c.careStart) < care.adoptionUnderAge && dice.next() < care.adoptionShare) plan = 'adoption';
  else if (dice.next() < care.sgoShare) plan = 'sgo';
  else if (dice.next() < care.homeAfterProceedingsShare) plan = 'reunification';
  emit(state, c, 'permanence.planned', { plan });
}

/** Family finding is done: the child is matched with adopters and moves in after introductions. */
export function matchAdopters(state: RunState, c: CaseRecord): void {
  c.workLeft = 0;
  emit(state, c, 'adoption.matched', {});
  c.courtPhase = Court.placing;
  const d = state.scenario.care.matchToPlacementDays;
  setTimer(state, c, Timer.court, state.today + Math.max(1, Math.round(spreadValue(diceOf(state, c), d))));
}

/** The court timer: police protection ending, proceedings concluding, and the adoption steps. */
export function onCourtTimer(state: RunState, c: CaseRecord): void {
  const care = state.scenario.care;
  const dice = diceOf(state, c);
  const days = (d: { median: number; p90: number }) => Math.max(1, Math.round(spreadValue(dice, d)));
  switch (c.courtPhase) {
    case Court.policeProtection:
      emit(state, c, 'legalStatus.changed', { legalStatus: 'C1' });
      issueProceedings(state, c);
      return;
    case Court.proceedings: {
      // The final hearing needs the social worker's final evidence and care plan (PLO): without a
      // worker, or while a new one picks the case up, it is adjourned (mechanisms 2 and 3).
      if (waitsForWorker(state, c, Timer.court)) return;
      planPermanence(state, c);
      const plan = c.journey.context.permanence;
      if (plan === 'adoption') {
        emit(state, c, 'proceedings.concluded', { order: 'placement' });
        emit(state, c, 'placementOrder.made', {});
        transferCase(state, c, state.teamOf.adoption, 'TSPROC');
        c.courtPhase = Court.matching;
        // Family finding is the adoption worker's casework (ARCHITECTURE D6.1–3): slower above the
        // caseload target, stopped while unallocated, after a handover when the worker changes.
        startWork(state, c, Step.matching, Math.max(1, Math.round((days(care.placementOrderToMatchDays) * 5) / 7)));
      } else if (plan === 'sgo') {
        emit(state, c, 'proceedings.concluded', { order: 'sgo' });
        emit(state, c, 'sgo.granted', {});
        c.courtPhase = Court.sgoLeaving;
        setTimer(state, c, Timer.court, state.today + days(care.sgoAfterOrderDays));
      } else if (plan === 'reunification') {
        // The court makes a supervision order (CA1989 s31(1)(b)) and the child goes home with support.
        emit(state, c, 'proceedings.concluded', { order: 'supervision' });
        c.courtPhase = Court.none;
        leaveCare(state, c, 'E4A');
      } else {
        emit(state, c, 'proceedings.concluded', { order: 'care' });
        emit(state, c, 'legalStatus.changed', { legalStatus: 'C2' });
        c.courtPhase = Court.none;
        scheduleCareOrderEnd(state, c);
      }
      return;
    }
    case Court.matching:
      // The match is casework on the main timer (matchAdopters), not a court date.
      return;
    case Court.placing:
      if (waitsForWorker(state, c, Timer.court)) return;
      emit(state, c, 'adoption.placed', {});
      if (c.journey.context.placements > 0 && state.compiled.leafPaths[c.journey.leaf] === 'open.care.placed') {
        emit(state, c, 'placement.ended', { reason: 'PLACE' });
      }
      startPlacement(state, c, 'A6');
      // Placed for adoption (AAR2005 reg 36): a review within 4 weeks and weekly visits until it.
      c.adoptionReviews = 0;
      c.visitDue = addDays(state.today, 7);
      setTimer(state, c, Timer.visit, plannedBefore(state, c.visitDue));
      c.reviewDue = addDays(state.today, 28);
      setTimer(state, c, Timer.review, book(state.iros, plannedBefore(state, c.reviewDue), state.today));
      c.courtPhase = Court.adopting;
      setTimer(state, c, Timer.court, state.today + days(care.placementToOrderDays));
      return;
    case Court.adopting:
      emit(state, c, 'adoption.ordered', {});
      leaveCare(state, c, dice.next() < 0.6 ? 'E11' : 'E12');
      return;
    case Court.sgoLeaving:
      // SSDA903 rule 516: an SGO exit (E45/E46) is from a foster placement; a child placed elsewhere
      // by then leaves under a child arrangements order with the same carers (E48).
      leaveCare(state, c, c.fostered ? (dice.next() < 0.7 ? 'E45' : 'E46') : 'E48');
      return;
    default:
      scheduleMove(state, c);
  }
}

/**
 * A care order ends before 16 when the child goes home (placed with parents, then the order
 * discharged: CA1989 s39) at `careOrderEndsPerYear`; the independent-living timer stands otherwise.
 */
function scheduleCareOrderEnd(state: RunState, c: CaseRecord): void {
  const care = state.scenario.care;
  if (care.careOrderEndsPerYear <= 0) return;
  const day = state.today + 1 + Math.floor(exponential(diceOf(state, c), care.careOrderEndsPerYear / 365));
  if (day < Math.floor(c.dob + care.independentLivingFromAge * 365.25)) setTimer(state, c, Timer.exit, day);
}
