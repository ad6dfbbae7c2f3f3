import { addWorkingDays } from '../../calendar/index.ts';
import { allocateCase } from '../allocation.ts';
import type { CaseRecord } from '../case-record.ts';
import { diceOf, planClosure } from '../closure.ts';
import { boundedDays, decide } from '../draws.ts';
import { overseen } from '../oversight.ts';
import { emit, type RunState } from '../run-state.ts';
import { setTimer, startWork } from '../schedule.ts';
import { Step } from '../steps.ts';
import { Timer } from '../timers.ts';
import { mayEnterCare } from './care.ts';

/** The social care decision on a referral: assessment, straight to a strategy discussion, or no further action. */
export function decideReferral(state: RunState, c: CaseRecord): void {
  const d = state.scenario.decisions;
  const dice = diceOf(state, c);
  const outcome = decide(dice, d.referralToStrategy, c.risk) ? 'strategy' : dice.next() < d.referralNfa ? 'nfa' : 'assessment';
  c.episodeActivity = false;
  emit(state, c, 'referral.accepted', {
    source: c.source, need: c.need, outcome, ...(c.lastReferral === null ? {} : { lastReferral: c.lastReferral }),
  });
  c.lastReferral = state.today;
  c.planChanges = 0;
  c.planUnallocatedDays = 0;
  allocateCase(state, c, state.teamOf.assessment);
  if (outcome === 'nfa') planClosure(state, c, 'RC8');
  else if (outcome === 'strategy') planStrategy(state, c);
  else startWork(state, c, Step.assessmentStart, boundedDays(dice, state.scenario.work.assessmentStartWorkingDays));
}

/** The worker starts the assessment (after allocation and, for a picked-up case, handover). */
export function startAssessment(state: RunState, c: CaseRecord): void {
  emit(state, c, 'assessment.started', {});
  startWork(state, c, Step.assessmentWork, boundedDays(diceOf(state, c), state.scenario.work.assessmentWorkingDays));
}

/** The work is done; the manager authorises it now, or at supervision if it was missed (mechanism 5). */
export function finishAssessmentWork(state: RunState, c: CaseRecord): void {
  c.workLeft = 0;
  const day = overseen(state, c, 'assessmentAuthorisation');
  if (day > state.today) {
    c.step = Step.authorise;
    setTimer(state, c, Timer.main, day);
    return;
  }
  completeAssessment(state, c);
}

/** The authorised conclusion of the assessment, and where it leads. */
export function completeAssessment(state: RunState, c: CaseRecord): void {
  const d = state.scenario.decisions;
  const dice = diceOf(state, c);
  if (decide(dice, d.assessmentStrategy, c.risk)) {
    emit(state, c, 'assessment.completed', { outcome: 'strategy' });
    planStrategy(state, c);
  } else if (mayEnterCare(state, c) && decide(dice, d.assessmentCare, c.risk)) {
    emit(state, c, 'assessment.completed', { outcome: 'care' });
    c.step = Step.careEntry;
    setTimer(state, c, Timer.main, addWorkingDays(state.today, 1));
  } else if (decide(dice, d.assessmentCin, c.risk)) {
    emit(state, c, 'assessment.completed', { outcome: 'cin' });
    c.step = Step.cinPlanStart;
    setTimer(state, c, Timer.main, addWorkingDays(state.today, boundedDays(dice, state.scenario.work.closureWorkingDays)));
  } else if (dice.next() < d.assessmentEarlyHelp) {
    emit(state, c, 'assessment.completed', { outcome: 'earlyHelp' });
    planClosure(state, c, 'RC9');
  } else {
    emit(state, c, 'assessment.completed', { outcome: 'nfa' });
    planClosure(state, c, 'RC8');
  }
}

/** A concern of significant harm: the strategy discussion is arranged (local timescale). */
export function planStrategy(state: RunState, c: CaseRecord): void {
  c.step = Step.strategy;
  c.workLeft = 0;
  setTimer(state, c, Timer.main, addWorkingDays(state.today, boundedDays(diceOf(state, c), state.scenario.work.strategyWorkingDays)));
}
