import { addDays, addMonths, addWorkingDays } from '../../calendar/index.ts';
import type { CareEndReason, LegalStatus, PlacementType, SimDay } from '../../domain/index.ts';
import { exponential } from '../../random/index.ts';
import { transferCase } from '../allocation.ts';
import { book } from '../bookings.ts';
import type { CaseRecord } from '../case-record.ts';
import { diceOf, planClosure } from '../closure.ts';
import { ageOn, eighteenthBirthday } from '../cohort.ts';
import { boundedDays } from '../draws.ts';
import { overseen } from '../oversight.ts';
import { emit, type RunState } from '../run-state.ts';
import { clearTimer, setTimer } from '../schedule.ts';
import { Step } from '../steps.ts';
import { Timer, type TimerKind } from '../timers.ts';
import { beginPlan } from './plan-risk.ts';
import { plannedBefore } from './protection.ts';
import { Court, planPermanence } from './permanence.ts';
import { startLeavingCare } from './leaving-care.ts';
import { endCamhs, planCamhsReferral } from './camhs.ts';

/**
 * Whether the child can still start to be looked after: not within a week of their 18th birthday,
 * since care starts up to a few working days after the decision (SSDA903 rule 352).
 */
export function mayEnterCare(state: RunState, c: CaseRecord): boolean {
  return state.today + 7 < eighteenthBirthday(c);
}

/** A decision to look after the child: they become looked after on the next working day. */
export function planCareEntry(state: RunState, c: CaseRecord): void {
  c.step = Step.careEntry;
  c.workLeft = 0;
  setTimer(state, c, Timer.main, addWorkingDays(state.today, 1));
}

function placementFor(state: RunState, c: CaseRecord): PlacementType {
  const care = state.scenario.care;
  const dice = diceOf(state, c);
  if (ageOn(c, state.today) >= care.residentialFromAge && dice.next() < care.residentialShare) return 'R1';
  return dice.next() < 0.25 ? 'U1' : 'U4';
}

/** The child becomes looked after today, with a first placement the same day. */
export function enterCare(state: RunState, c: CaseRecord, legalStatus?: LegalStatus): void {
  if (state.today >= eighteenthBirthday(c)) {
    // Nobody starts to be looked after at 18 or over (SSDA903 rule 352): the work ends with services given.
    planClosure(state, c, 'RC7');
    return;
  }
  // A child the authority looks after is in need: "not in need" (N9) becomes the assessed abuse or
  // neglect that led to care (SSDA903 CIN codes are N1–N8, rule 145).
  if (c.need === 'N9') c.need = 'N1';
  c.episodeActivity = true;
  const dice = diceOf(state, c);
  const status: LegalStatus = legalStatus ?? (dice.next() < state.scenario.care.section20Share ? 'V2' : 'C1');
  emit(state, c, 'care.entered', {
    legalStatus: status, need: c.need, ...(c.lastCareLeft === null ? {} : { lastCareLeft: c.lastCareLeft }),
  });
  beginPlan(state, c);
  c.careStart = state.today;
  c.courtPhase = 0;
  c.missingPhase = 0;
  transferCase(state, c, state.teamOf.lookedAfter, 'TSPROC');
  startPlacement(state, c, placementFor(state, c));
  const work = state.scenario.work;
  setTimer(state, c, Timer.health, addWorkingDays(state.today, boundedDays(dice, work.healthAssessmentWorkingDays)));
  c.reviewDue = addWorkingDays(state.today, 20);
  setTimer(state, c, Timer.review, book(state.iros, plannedBefore(state, c.reviewDue), state.today));
  scheduleMove(state, c);
  scheduleMissing(state, c);
  planCamhsReferral(state, c);
  if (status === 'L1') {
    // Police protection lasts at most 72 hours (CA1989 s46(6)): an interim care order follows.
    c.courtPhase = 1;
    setTimer(state, c, Timer.court, addDays(state.today, 2));
  } else if (status === 'C1') {
    issueProceedings(state, c);
  }
  setTimer(state, c, Timer.exit, exitDay(state, c, status));
  const birthday = eighteenthBirthday(c);
  if (birthday < state.endDay) setTimer(state, c, Timer.birthday, Math.max(birthday, state.today + 1));
  // An eligible child (16+, 13 weeks looked after since 14: CA1989 Sch 2 para 19B) needs a needs
  // assessment and pathway plan within 3 months (CPPCR2010 reg 42).
  if (!c.journey.context.pathwayPlan) {
    const eligible = Math.max(state.today + 91, Math.ceil(c.dob + 16 * 365.25));
    if (eligible < birthday) setTimer(state, c, Timer.pathway, addWorkingDays(eligible as SimDay, boundedDays(dice, state.scenario.work.adminWorkingDays) + 10));
  }
}

/** A placement starts: visits restart (7 days, then 6-weekly) and the placement's paperwork is due. */
export function startPlacement(state: RunState, c: CaseRecord, place: PlacementType): void {
  emit(state, c, 'placement.started', { place, provider: diceOf(state, c).next() < 0.55 ? 'PR1' : 'PR4' });
  c.placementStart = state.today;
  c.fostered = place.startsWith('U');
  c.visitDue = addDays(state.today, 7);
  setTimer(state, c, Timer.visit, plannedBefore(state, c.visitDue));
  setTimer(state, c, Timer.admin, addWorkingDays(state.today, boundedDays(diceOf(state, c), state.scenario.work.adminWorkingDays)));
}

/** Care plan, placement plan and notifications: each can be missed until supervision (mechanism 5). */
export function doCarePaperwork(state: RunState, c: CaseRecord): void {
  const ctx = c.journey.context;
  const tasks = [
    ['placementNotification', !ctx.placementNotified],
    ['placementPlan', !ctx.placementPlan],
    ['carePlan', !ctx.carePlan],
  ] as const;
  let missedUntil = state.today as number;
  for (const [task, due] of tasks) {
    if (!due) continue;
    const day = overseen(state, c, task);
    if (day > state.today) {
      missedUntil = Math.max(missedUntil, day);
      continue;
    }
    if (task === 'placementNotification') emit(state, c, 'placement.notified', {});
    else if (task === 'placementPlan') emit(state, c, 'placementPlan.agreed', {});
    else emit(state, c, 'carePlan.made', {});
  }
  if (missedUntil > state.today) setTimer(state, c, Timer.admin, missedUntil);
}

/** A statutory visit (CPPCR2010 reg 28): 6-weekly in a placement's first year, 3-monthly after if long term. */
export function visitLookedAfterChild(state: RunState, c: CaseRecord): void {
  const day = overseen(state, c, 'visit');
  if (day > state.today) {
    setTimer(state, c, Timer.visit, day);
    return;
  }
  emit(state, c, 'visit.made', { kind: 'statutory', seenAlone: diceOf(state, c).next() < 0.75 });
  // Weekly while placed for adoption until the first review there (AAR2005 reg 36), else 6-weekly.
  const weekly = c.courtPhase === Court.adopting && c.adoptionReviews === 0;
  c.visitDue = addDays(state.today, weekly ? 7 : 42);
  setTimer(state, c, Timer.visit, plannedBefore(state, c.visitDue));
}

/** The IRO's review (CPPCR2010 reg 33): 20 working days, then 3 months, then every 6 months. */
export function holdClaReview(state: RunState, c: CaseRecord): void {
  emit(state, c, 'claReview.held', { participation: ageOn(c, state.today) < 4 ? 'PN0' : 'PN1' });
  c.reviewsDone += 1;
  if (c.courtPhase === Court.adopting) c.adoptionReviews += 1;
  const adoptionFirst = c.courtPhase === Court.adopting && c.adoptionReviews === 1;
  c.reviewDue = addMonths(state.today, c.reviewsDone === 1 || adoptionFirst ? 3 : 6);
  setTimer(state, c, Timer.review, book(state.iros, plannedBefore(state, c.reviewDue), state.today));
  if (c.reviewsDone === 2) planPermanence(state, c);
}

/** Initial health assessment, then reviews every 6 months (under 5) or 12 months. */
export function doHealthAssessment(state: RunState, c: CaseRecord): void {
  const kind = c.journey.context.healthAssessments === 0 ? 'initial' : 'review';
  emit(state, c, 'healthAssessment.done', { kind });
  const months = ageOn(c, state.today) < 5 ? 6 : 12;
  setTimer(state, c, Timer.health, plannedBefore(state, addMonths(state.today, months)));
}

/** Placement breakdowns arrive as a hazard (placement stability). */
export function scheduleMove(state: RunState, c: CaseRecord): void {
  const rate = state.scenario.care.placementMovesPerYear;
  if (rate <= 0) return;
  setTimer(state, c, Timer.placement, state.today + 1 + Math.floor(exponential(diceOf(state, c), rate / 365)));
}

export function movePlacement(state: RunState, c: CaseRecord): void {
  if (c.journey.context.adoptionStage >= 3) return;
  emit(state, c, 'placement.ended', { reason: diceOf(state, c).next() < 0.5 ? 'CARPL' : 'CHILD' });
  startPlacement(state, c, placementFor(state, c));
  scheduleMove(state, c);
}

/** Missing episodes for children 11 and over; a share lead to a return interview (missing_rhi_72h). */
export function scheduleMissing(state: RunState, c: CaseRecord): void {
  const rate = state.scenario.care.missingEpisodesPerYear;
  if (rate <= 0) return;
  const from = Math.max(state.today, c.dob + 11 * 365.25);
  c.missingPhase = 0;
  setTimer(state, c, Timer.missing, Math.floor(from) + 1 + Math.floor(exponential(diceOf(state, c), rate / 365)));
}

export function onMissingTimer(state: RunState, c: CaseRecord): void {
  const care = state.scenario.care;
  const dice = diceOf(state, c);
  if (c.missingPhase === 0) {
    emit(state, c, 'missing.started', { kind: dice.next() < 0.8 ? 'M' : 'A' });
    c.missingPhase = 1;
    setTimer(state, c, Timer.missing, state.today + Math.max(1, Math.round(boundedMissing(state, c))));
  } else if (c.missingPhase === 1) {
    emit(state, c, 'missing.ended', {});
    if (dice.next() < care.returnInterviewTakeUp) {
      c.missingPhase = 2;
      setTimer(state, c, Timer.missing, state.today + boundedDays(dice, state.scenario.work.returnInterviewDays));
    } else {
      scheduleMissing(state, c);
    }
  } else {
    const day = overseen(state, c, 'returnInterview');
    if (day > state.today) {
      setTimer(state, c, Timer.missing, day);
      return;
    }
    emit(state, c, 'returnInterview.held', {});
    scheduleMissing(state, c);
  }
}

function boundedMissing(state: RunState, c: CaseRecord): number {
  const m = state.scenario.care.missingDays;
  return Math.min(30, m.median * Math.exp(((Math.log(m.p90) - Math.log(m.median)) / 1.2816) * normalish(diceOf(state, c).next())));
}

/** A cheap standard-normal-ish value from one uniform (logit scaled), for short missing spells. */
function normalish(u: number): number {
  const p = Math.min(Math.max(u, 1e-6), 1 - 1e-6);
  return Math.log(p / (1 - p)) / 1.7;
}

/** Care proceedings are issued (CA1989 s31); they last weeks (limit 26, CA1989 s32). */
export function issueProceedings(state: RunState, c: CaseRecord): void {
  if (c.journey.context.inProceedings) return;
  emit(state, c, 'proceedings.issued', {});
  const p = state.scenario.care.proceedingsWeeks;
  const weeks = Math.min(120, p.median * Math.exp(((Math.log(p.p90) - Math.log(p.median)) / 1.2816) * normalish(diceOf(state, c).next())));
  c.courtPhase = 2;
  setTimer(state, c, Timer.court, state.today + Math.max(14, Math.round(weeks * 7)));
}

/** When the child would leave care if nothing else intervened: reunification for s20, else at 18. */
function exitDay(state: RunState, c: CaseRecord, status: LegalStatus): number {
  const care = state.scenario.care;
  const dice = diceOf(state, c);
  if (status === 'V2') {
    const months = care.reunificationMonths.median * Math.exp(((Math.log(care.reunificationMonths.p90) - Math.log(care.reunificationMonths.median)) / 1.2816) * normalish(dice.next()));
    return state.today + Math.max(14, Math.round(months * 30.44));
  }
  const from = Math.max(state.today, c.dob + care.independentLivingFromAge * 365.25);
  return Math.floor(from) + 1 + Math.floor(exponential(dice, Math.max(1e-6, care.independentLivingPerYear) / 365));
}

/** The timers of a period of care, cleared when it ends. */
const CARE_TIMERS: readonly TimerKind[] = [Timer.visit, Timer.review, Timer.admin, Timer.health, Timer.placement, Timer.missing, Timer.court, Timer.exit];

/** Leaves care today for `reason` and moves on: a care leaver, or back home (CIN or closure). */
export function leaveCare(state: RunState, c: CaseRecord, reason: CareEndReason): void {
  for (let i = 0; i < CARE_TIMERS.length; i++) clearTimer(state, c, CARE_TIMERS[i] as TimerKind);
  endCamhs(state, c);
  if (c.journey.context.missing) emit(state, c, 'missing.ended', {});
  if (c.journey.context.inProceedings) emit(state, c, 'proceedings.concluded', { order: 'none' });
  emit(state, c, 'care.left', { reason });
  c.lastCareLeft = state.today as SimDay;
  const path = state.compiled.leafPaths[c.journey.leaf] ?? '';
  if (path.startsWith('open.leavingCare')) {
    startLeavingCare(state, c);
  } else if (reason === 'E11' || reason === 'E12') {
    planClosure(state, c, 'RC1');
  } else if (reason === 'E45' || reason === 'E46' || reason === 'E47' || reason === 'E48') {
    planClosure(state, c, 'RC4');
  } else if (reason === 'E41') {
    planClosure(state, c, 'RC3');
  } else {
    // Back home: a step-down to support, with a risk of coming back into care (re-entry).
    c.risk = Math.max(c.risk, diceOf(state, c).next() < state.scenario.care.reentryHazard ? 0.95 : c.risk);
    planClosure(state, c, 'RC7');
  }
}

/** The exit timer: reunification (s20), a care order ended, or independent living at 16 and over. */
export function onExitTimer(state: RunState, c: CaseRecord): void {
  if (c.journey.context.permanence === 'adoption' || c.journey.context.permanence === 'sgo') return;
  const status = c.journey.context.legalStatus;
  if ((status === 'V2' || status === 'C2') && ageOn(c, state.today) < state.scenario.care.independentLivingFromAge) {
    leaveCare(state, c, 'E4A');
    return;
  }
  if (ageOn(c, state.today) >= state.scenario.care.independentLivingFromAge) {
    leaveCare(state, c, independentLivingReason(state, c));
  }
}

/** Independent living with formal support (E5) or without (E6). */
function independentLivingReason(state: RunState, c: CaseRecord): 'E5' | 'E6' {
  return diceOf(state, c).next() < state.scenario.care.supportedLivingShare ? 'E5' : 'E6';
}

/**
 * The 18th birthday of a looked-after child: they leave care. A young person in foster care may stay
 * put with their carers (CA1989 s23CZA, REC E17); the others move to independent living.
 */
export function turn18InCare(state: RunState, c: CaseRecord): void {
  if (!c.journey.context.adult) emit(state, c, 'birthday.18', {});
  c.stayingPut = c.fostered && diceOf(state, c).next() < state.scenario.care.stayingPutShare;
  leaveCare(state, c, c.stayingPut ? 'E17' : independentLivingReason(state, c));
}
