import { addDays, addMonths, addWorkingDays, isWorkingDay } from '../../calendar/index.ts';
import { ABUSE_CATEGORIES, type AbuseCategory, type SimDay } from '../../domain/index.ts';
import { categorical } from '../../random/index.ts';
import { transferCase } from '../allocation.ts';
import { book } from '../bookings.ts';
import type { CaseRecord } from '../case-record.ts';
import { diceOf, planClosure } from '../closure.ts';
import { boundedDays, decide } from '../draws.ts';
import { overseen } from '../oversight.ts';
import { emit, type RunState } from '../run-state.ts';
import { clearTimer, setTimer, startWork } from '../schedule.ts';
import { Step } from '../steps.ts';
import { Timer } from '../timers.ts';
import { beginPlan, riskNow } from './plan-risk.ts';
import { startCinPlan } from './child-in-need.ts';
import { enterCare, mayEnterCare, planCareEntry } from './care.ts';

/** Log-odds a previous child protection plan adds to the protection decisions (0 for a first concern). */
function history(state: RunState, c: CaseRecord): number {
  return c.journey.context.cpPlans > 0 ? state.scenario.decisions.previousPlanLogOdds : 0;
}

/** The strategy discussion: a section 47 enquiry, an assessment, or no further action (WT2023 ch. 4). */
export function holdStrategy(state: RunState, c: CaseRecord): void {
  const d = state.scenario.decisions;
  const dice = diceOf(state, c);
  if (decide(dice, d.strategyS47, c.risk, history(state, c))) {
    emit(state, c, 'strategy.held', { outcome: 's47' });
    if (mayEnterCare(state, c) && decide(dice, d.emergencyCare, c.risk)) {
      // Police protection while the enquiry is arranged (CA1989 s46); the court route follows.
      enterCare(state, c, 'L1');
      return;
    }
    emit(state, c, 's47.started', {});
    c.episodeActivity = true;
    startWork(state, c, Step.s47Work, boundedDays(dice, state.scenario.work.s47WorkingDays));
  } else if (c.journey.context.assessments === 0 || c.journey.leaf === -1) {
    emit(state, c, 'strategy.held', { outcome: 'assessment' });
    startWork(state, c, Step.assessmentStart, boundedDays(dice, state.scenario.work.assessmentStartWorkingDays));
  } else {
    emit(state, c, 'strategy.held', { outcome: 'nfa' });
    planClosure(state, c, 'RC8');
  }
}

/** The enquiry's outcome; a substantiated one books an ICPC with a chair (mechanism 6). */
export function completeS47(state: RunState, c: CaseRecord): void {
  c.workLeft = 0;
  const d = state.scenario.decisions;
  const dice = diceOf(state, c);
  if (decide(dice, d.s47Icpc, c.risk, history(state, c))) {
    emit(state, c, 's47.completed', { outcome: 'icpc' });
    const wanted = addWorkingDays(state.today, boundedDays(dice, state.scenario.work.conferenceNoticeWorkingDays));
    c.step = Step.icpc;
    setTimer(state, c, Timer.main, book(state.chairs, wanted, state.today));
  } else if (dice.next() < d.s47Cin) {
    emit(state, c, 's47.completed', { outcome: 'cin' });
    c.step = Step.cinPlanStart;
    setTimer(state, c, Timer.main, addWorkingDays(state.today, 1));
  } else {
    emit(state, c, 's47.completed', { outcome: 'nfa' });
    planClosure(state, c, 'RC8');
  }
}

function category(state: RunState, c: CaseRecord): AbuseCategory {
  const weights = ABUSE_CATEGORIES.map((code) => state.scenario.children.abuseCategories[code] ?? 0);
  return ABUSE_CATEGORIES[categorical(diceOf(state, c), weights)] as AbuseCategory;
}

/** The initial child protection conference, and the plan it may start. */
export function holdIcpc(state: RunState, c: CaseRecord): void {
  const dice = diceOf(state, c);
  if (!decide(dice, state.scenario.decisions.icpcPlan, c.risk, history(state, c))) {
    if (dice.next() < 0.7) {
      emit(state, c, 'icpc.held', { outcome: 'cin' });
      startCinPlan(state, c);
    } else {
      emit(state, c, 'icpc.held', { outcome: 'nfa' });
      planClosure(state, c, 'RC7');
    }
    return;
  }
  emit(state, c, 'icpc.held', { outcome: 'cpPlan' });
  emit(state, c, 'cpPlan.started', { category: category(state, c), previousPlans: c.journey.context.cpPlans });
  c.episodeActivity = true;
  beginPlan(state, c);
  transferCase(state, c, state.teamOf.protection, 'TSPROC');
  const work = state.scenario.work;
  setTimer(state, c, Timer.coreGroup, addWorkingDays(state.today, boundedDays(dice, work.coreGroupWorkingDays)));
  c.visitDue = addWorkingDays(state.today, state.scenario.localRules.cpVisitWorkingDays);
  setTimer(state, c, Timer.visit, plannedBefore(state, c.visitDue));
  c.reviewDue = addMonths(state.today, 3);
  setTimer(state, c, Timer.review, book(state.chairs, plannedBefore(state, c.reviewDue), state.today));
}

/**
 * The working day on which a visit or review due on `due` is planned: `visitLeadDays` before it,
 * moved back to a working day (so that a bank holiday never pushes it past the due day), but not
 * before tomorrow.
 */
export function plannedBefore(state: RunState, due: number): SimDay {
  const target = addDays(due as SimDay, -Math.round(state.scenario.work.visitLeadDays));
  const working = isWorkingDay(target) ? target : addWorkingDays(target, -1);
  return Math.max(state.today + 1, working) as SimDay;
}

/** The first core group meeting (within 10 working days of the ICPC). */
export function holdCoreGroup(state: RunState, c: CaseRecord): void {
  const day = overseen(state, c, 'coreGroup');
  if (day > state.today) {
    setTimer(state, c, Timer.coreGroup, day);
    return;
  }
  emit(state, c, 'coreGroup.held', {});
}

/** A visit to a child on a CP plan, and the next one planned (local rule: every 10 working days). */
export function visitCpChild(state: RunState, c: CaseRecord): void {
  const day = overseen(state, c, 'visit');
  if (day > state.today) {
    setTimer(state, c, Timer.visit, day);
    return;
  }
  emit(state, c, 'visit.made', { kind: 'statutory', seenAlone: diceOf(state, c).next() < 0.8 });
  c.visitDue = addWorkingDays(state.today, state.scenario.localRules.cpVisitWorkingDays);
  setTimer(state, c, Timer.visit, plannedBefore(state, c.visitDue));
}

/**
 * A review conference decides whether the plan goes on. Risk below the end threshold ends it;
 * risk above the care threshold brings the child into care; at the first review, a plan may be
 * ended although risk remains (mechanism 8, seeds/002 "high numbers" ended within 3 months).
 */
export function holdCpReview(state: RunState, c: CaseRecord): void {
  emit(state, c, 'cpReview.held', {});
  const r = state.scenario.riskDynamics;
  const dice = diceOf(state, c);
  c.risk = riskNow(state, c);
  const first = c.journey.context.cpReviews === 1;
  const premature = first && state.scenario.mechanisms.prematureEndings && dice.next() < r.prematureEndingChance;
  if (premature || c.risk < r.planEndRisk) {
    endCpPlan(state, c, dice.next() < 0.6 ? 'cin' : 'closed');
  } else if (c.risk > r.careRisk && mayEnterCare(state, c)) {
    endCpPlan(state, c, 'care');
  } else {
    c.reviewDue = addMonths(state.today, 6);
    setTimer(state, c, Timer.review, book(state.chairs, plannedBefore(state, c.reviewDue), state.today));
  }
}

function endCpPlan(state: RunState, c: CaseRecord, outcome: 'cin' | 'care' | 'closed'): void {
  emit(state, c, 'cpPlan.ended', { outcome });
  clearTimer(state, c, Timer.visit);
  clearTimer(state, c, Timer.coreGroup);
  clearTimer(state, c, Timer.review);
  if (outcome === 'cin') startCinPlan(state, c);
  else if (outcome === 'care') planCareEntry(state, c);
  else planClosure(state, c, 'RC7');
}
