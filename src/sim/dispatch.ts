import type { CaseRecord } from './case-record.ts';
import { closeCase } from './closure.ts';
import { allocateCase } from './allocation.ts';
import type { Team } from '../workforce/index.ts';
import { emit, type RunState } from './run-state.ts';
import { mustWait } from './schedule.ts';
import { Step } from './steps.ts';
import { TIMER_KINDS, Timer, type TimerKind } from './timers.ts';
import { completeAssessment, decideReferral, finishAssessmentWork, startAssessment } from './flows/assessment.ts';
import { completeS47, holdCoreGroup, holdCpReview, holdIcpc, holdStrategy, visitCpChild } from './flows/protection.ts';
import { endCinPlan, holdCinReview, startCinPlan } from './flows/child-in-need.ts';
import {
  doCarePaperwork, doHealthAssessment, enterCare, holdClaReview, movePlacement, onExitTimer, onMissingTimer, turn18InCare,
  visitLookedAfterChild,
} from './flows/care.ts';
import { matchAdopters, onCourtTimer } from './flows/permanence.ts';
import { adviserContact, doPathwayPlan, endLeavingCare } from './flows/leaving-care.ts';
import { onCamhsTimer } from './flows/camhs.ts';
import { endPrivateFostering, visitPrivatelyFosteredChild } from './flows/private-fostering.ts';

/** Stages the dispatcher tells apart, read from the journey state (the rulebook's view). */
export const Stage = { other: 0, cpPlan: 1, cinPlan: 2, care: 3, leavingCare: 4, open: 5, privateFostering: 6 } as const;

/** The stage of every leaf of the compiled journey, computed once per run. */
export function stagesOfLeaves(paths: readonly string[]): Uint8Array {
  return Uint8Array.from(paths, (path) => {
    if (path === 'open.protection.cpPlan') return Stage.cpPlan;
    if (path === 'open.cinPlan') return Stage.cinPlan;
    if (path.startsWith('open.care.')) return Stage.care;
    if (path.startsWith('open.leavingCare.')) return Stage.leavingCare;
    if (path === 'open.privateFostering') return Stage.privateFostering;
    return path.startsWith('open.') ? Stage.open : Stage.other;
  });
}

function runMainStep(state: RunState, c: CaseRecord): void {
  const step = c.step;
  c.step = Step.none;
  switch (step) {
    case Step.referralDecision: return decideReferral(state, c);
    case Step.assessmentStart: return startAssessment(state, c);
    case Step.assessmentWork: return finishAssessmentWork(state, c);
    case Step.authorise: return completeAssessment(state, c);
    case Step.strategy: return holdStrategy(state, c);
    case Step.s47Work: return completeS47(state, c);
    case Step.icpc: return holdIcpc(state, c);
    case Step.close: return closeCase(state, c);
    case Step.cinPlanStart: return startCinPlan(state, c);
    case Step.careEntry: return enterCare(state, c);
    case Step.matching: return matchAdopters(state, c);
    case Step.none: return;
    default: throw new Error(`unknown main step ${String(step)} for child ${c.id}`);
  }
}

/**
 * Runs the timer `kind` of case `slot`: what it does depends on the stage the child's journey is in.
 * A timer whose stage has passed is ignored (its owner cleared the others); work that needs a
 * worker waits for one (mechanisms 2 and 3).
 */
export function onCaseTimer(state: RunState, slot: number, kind: TimerKind): void {
  const c = state.cases[slot];
  if (c === undefined) return;
  c.armed &= ~(1 << kind);
  if (mustWait(state, c, kind)) return;
  const stage = state.stageOfLeaf[c.journey.leaf];
  switch (kind) {
    case Timer.main: return runMainStep(state, c);
    case Timer.visit:
      if (stage === Stage.cpPlan) return visitCpChild(state, c);
      if (stage === Stage.care) return visitLookedAfterChild(state, c);
      if (stage === Stage.leavingCare) return adviserContact(state, c);
      if (stage === Stage.privateFostering) return visitPrivatelyFosteredChild(state, c);
      return;
    case Timer.review:
      if (stage === Stage.cpPlan) return holdCpReview(state, c);
      if (stage === Stage.cinPlan) return holdCinReview(state, c);
      if (stage === Stage.care) return holdClaReview(state, c);
      return;
    case Timer.admin: if (stage === Stage.care) doCarePaperwork(state, c); return;
    case Timer.coreGroup: if (stage === Stage.cpPlan) holdCoreGroup(state, c); return;
    case Timer.health: if (stage === Stage.care) doHealthAssessment(state, c); return;
    case Timer.placement: if (stage === Stage.care) movePlacement(state, c); return;
    case Timer.missing: if (stage === Stage.care) onMissingTimer(state, c); return;
    case Timer.court: if (stage === Stage.care) onCourtTimer(state, c); return;
    case Timer.exit:
      if (stage === Stage.cinPlan) return endCinPlan(state, c);
      if (stage === Stage.care) return onExitTimer(state, c);
      if (stage === Stage.leavingCare) return endLeavingCare(state, c);
      if (stage === Stage.privateFostering) return endPrivateFostering(state, c);
      return;
    case Timer.birthday:
      if (stage === Stage.care) return turn18InCare(state, c);
      if (!c.journey.context.adult && stage !== Stage.other) emit(state, c, 'birthday.18', {});
      return;
    case Timer.pathway: if (stage === Stage.care || stage === Stage.leavingCare) doPathwayPlan(state, c); return;
    case Timer.reallocate:
      if (c.worker === null && !c.queued && c.team >= 0) allocateCase(state, c, state.teams[c.team] as Team);
      return;
    case Timer.camhs: if (stage === Stage.care) onCamhsTimer(state, c); return;
    default: {
      const unknownKind: never = kind;
      throw new Error(`unknown timer kind ${String(unknownKind)}; TIMER_KINDS is ${TIMER_KINDS}`);
    }
  }
}
