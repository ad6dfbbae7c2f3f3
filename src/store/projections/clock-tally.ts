/**
 * Folds each decided clock into the counters of the year and month it was decided in: the stop day, or
 * for a clock cancelled after its due day (late without a stop) the cancellation day. Both are the day
 * of the event being applied, so the current rows are the right ones.
 */
import type { Clock } from '../../rules/index.ts';
import { CLOCK_KIND } from './clock-kinds.ts';
import { inc } from './kpi-state.ts';
import type { KpiState } from './kpi-state.ts';
import { MS, YS, countAssessmentDays } from './tally.ts';

/**
 * Counts one decided clock. DfE-style measures (assessments, ICPCs, proceedings, referral decisions)
 * count only clocks that stopped, because DfE counts the events held (statutory-rules.md §4);
 * compliance measures (reviews, visits, health, return interviews, pathway plans) also count a duty
 * that fell due and lapsed unmet, because that child was not seen or reviewed in time.
 * @example applyClockEvent(rules, child.clocks, event, (clock) => tallyClock(st, clock))
 */
export function tallyClock(st: KpiState, clock: Clock): void {
  const kind = st.kinds.byId.get(clock.ruleId) ?? CLOCK_KIND.other;
  const late = clock.status === 'late';
  const child = st.current;
  // Review conferences are judged per plan, whatever year they fall in (CINguide KI "CPPs reviewed within timescales").
  if (kind === CLOCK_KIND.cpReview && child !== undefined) {
    child.rcpcDecided++;
    if (late) child.rcpcLate = true;
  }
  const yr = st.yearRow;
  if (yr < 0) return;
  const year = st.tally.year;
  const month = st.tally.month;
  const mr = st.monthRow;
  const met = late ? 0 : 1;
  const stop = clock.stop;
  if (late) {
    inc(year, yr + YS.lateClocks, 1);
    inc(year, yr + YS.lateDays, (stop ?? st.day) - clock.due);
  }
  switch (kind) {
    case CLOCK_KIND.referralDecision:
      if (stop === undefined) return;
      inc(year, yr + YS.refDecisionStopped, 1);
      inc(year, yr + YS.refDecisionMet, met);
      inc(month, mr + MS.refDecisionStopped, 1);
      inc(month, mr + MS.refDecisionMet, met);
      return;
    case CLOCK_KIND.assessment:
      if (stop === undefined) return;
      inc(year, yr + YS.assessmentStopped, 1);
      inc(year, yr + YS.assessmentMet, met);
      inc(month, mr + MS.assessmentStopped, 1);
      inc(month, mr + MS.assessmentMet, met);
      countAssessmentDays(st.tally, st.year, clock.workingDays ?? 0);
      return;
    case CLOCK_KIND.assessmentFromReferral:
      if (stop === undefined) return;
      inc(year, yr + YS.assessmentReferralStopped, 1);
      inc(year, yr + YS.assessmentReferralMet, met);
      return;
    case CLOCK_KIND.icpc:
      if (stop === undefined) return;
      inc(year, yr + YS.icpcStopped, 1);
      inc(year, yr + YS.icpcMet, met);
      inc(month, mr + MS.icpcStopped, 1);
      inc(month, mr + MS.icpcMet, met);
      return;
    case CLOCK_KIND.proceedings:
      if (stop === undefined) return;
      inc(year, yr + YS.proceedingsStopped, 1);
      inc(year, yr + YS.proceedingsMet, met);
      return;
    case CLOCK_KIND.adoptionA1:
      if (stop === undefined) return;
      inc(year, yr + YS.a1Count, 1);
      inc(year, yr + YS.a1Days, stop - clock.start);
      return;
    case CLOCK_KIND.adoptionA2:
      if (stop === undefined) return;
      inc(year, yr + YS.a2Count, 1);
      inc(year, yr + YS.a2Days, stop - clock.start);
      return;
    case CLOCK_KIND.claReview:
      inc(year, yr + YS.claReviewDecided, 1);
      inc(year, yr + YS.claReviewMet, met);
      inc(month, mr + MS.claReviewDecided, 1);
      inc(month, mr + MS.claReviewMet, met);
      return;
    case CLOCK_KIND.claVisit:
      inc(year, yr + YS.claVisitDecided, 1);
      inc(year, yr + YS.claVisitMet, met);
      inc(month, mr + MS.claVisitDecided, 1);
      inc(month, mr + MS.claVisitMet, met);
      return;
    case CLOCK_KIND.iha:
      inc(year, yr + YS.ihaDecided, 1);
      inc(year, yr + YS.ihaMet, met);
      return;
    case CLOCK_KIND.returnInterview:
      // "Return interviews done within 72 hours" is measured over interviews held (West Sussex
      // reports it "of those done"); take-up has its own KPI.
      if (stop === undefined) return;
      inc(year, yr + YS.rhiDecided, 1);
      inc(year, yr + YS.rhiMet, met);
      return;
    case CLOCK_KIND.pathwayPlan:
      inc(year, yr + YS.pathwayDecided, 1);
      inc(year, yr + YS.pathwayMet, met);
      return;
    case CLOCK_KIND.cpReview:
    case CLOCK_KIND.other:
      return;
    default: {
      const unknownKind: never = kind;
      throw new Error(`tallyClock: unknown clock kind ${String(unknownKind)}; add it to CLOCK_KIND and to this switch`);
    }
  }
}
