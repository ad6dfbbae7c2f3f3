import { addMonths } from '../../calendar/index.ts';
import { transferCase } from '../allocation.ts';
import type { CaseRecord } from '../case-record.ts';
import { diceOf, planClosure } from '../closure.ts';
import { spreadValue } from '../draws.ts';
import { overseen } from '../oversight.ts';
import { emit, type RunState } from '../run-state.ts';
import { clearTimer, setTimer } from '../schedule.ts';
import { Timer } from '../timers.ts';
import { planStrategy } from './assessment.ts';
import { beginPlan } from './plan-risk.ts';
import { plannedBefore } from './protection.ts';

/** A child-in-need plan starts (CA1989 s17), held by the family support and protection team. */
export function startCinPlan(state: RunState, c: CaseRecord): void {
  emit(state, c, 'cinPlan.started', {});
  c.episodeActivity = true;
  beginPlan(state, c);
  transferCase(state, c, state.teamOf.protection, 'TSPROC');
  const months = spreadValue(diceOf(state, c), state.scenario.riskDynamics.cinPlanMonths);
  setTimer(state, c, Timer.exit, state.today + Math.max(14, Math.round(months * 30.44)));
  c.reviewDue = addMonths(state.today, state.scenario.localRules.cinReviewMonths);
  setTimer(state, c, Timer.review, plannedBefore(state, c.reviewDue));
}

/** A CIN plan review, done by the allocated worker (so it waits for one), overseen by supervision. */
export function holdCinReview(state: RunState, c: CaseRecord): void {
  if (c.worker === null) {
    c.blocked |= 1 << Timer.review;
    return;
  }
  const day = overseen(state, c, 'cinReview');
  if (day > state.today) {
    setTimer(state, c, Timer.review, day);
    return;
  }
  emit(state, c, 'cinReview.held', {});
  c.reviewDue = addMonths(state.today, state.scenario.localRules.cinReviewMonths);
  setTimer(state, c, Timer.review, plannedBefore(state, c.reviewDue));
}

/** The plan ends: closure, or escalation to a strategy discussion. */
export function endCinPlan(state: RunState, c: CaseRecord): void {
  clearTimer(state, c, Timer.review);
  if (diceOf(state, c).next() < state.scenario.riskDynamics.cinEscalation) {
    emit(state, c, 'cinPlan.ended', { outcome: 'strategy' });
    planStrategy(state, c);
  } else {
    emit(state, c, 'cinPlan.ended', { outcome: 'closed' });
    planClosure(state, c, 'RC7');
  }
}
