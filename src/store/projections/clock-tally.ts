/**
 * Folds each decided clock into the counters of the year and month it was decided in: the stop day, or
 * for a clock cancelled after its due day (late without a stop) the cancellation day. Both are the day
 * of the event being applied, so the current rows are the right ones.
 */
import type { ClockSink } from '../../rules/index.ts';
import type { SimDay } from '../../domain/time.ts';
import { CLOCK_KIND } from './clock-kinds.ts';
import type { ClockKind } from './clock-kinds.ts';
import { inc } from './kpi-state.ts';
import type { KpiState } from './kpi-state.ts';
import { MS, YS, countAssessmentDays } from './tally.ts';

/**
 * The evaluator's sink for one projection: each decided clock goes straight into the counters, as
 * numbers, with no clock record in between (the hot path of a national run, ARCHITECTURE.md §7).
 * @example const sink = new ClockTally(); const st = { …, sink }; sink.st = st;
 */
export class ClockTally implements ClockSink {
  /** The projection state it counts into, set right after that state is made (the state holds this sink). */
  st!: KpiState;

  stopped(rule: number, start: SimDay, due: SimDay, stop: SimDay, workingDays: number): void {
    tallyClock(this.st, rule, start, due, stop, stop > due, workingDays);
  }

  lapsed(rule: number, start: SimDay, due: SimDay): void {
    tallyClock(this.st, rule, start, due, undefined, true, 0);
  }
}

/**
 * Counts one decided clock of rule index `rule`: stopped on `stop`, or (no stop) cancelled late on the
 * current event's day. DfE-style measures (assessments, ICPCs, proceedings, referral decisions)
 * count only clocks that stopped, because DfE counts the events held (statutory-rules.md §4);
 * compliance measures (reviews, visits, health, return interviews, pathway plans) also count a duty
 * that fell due and lapsed unmet, because that child was not seen or reviewed in time.
 * @example tallyClock(st, rule, start, due, stop, stop > due, workingDays)
 */
export function tallyClock(
  st: KpiState, rule: number, start: SimDay, due: SimDay, stop: SimDay | undefined, late: boolean, workingDays: number,
): void {
  const kind = (st.kinds.byIndex[rule] ?? CLOCK_KIND.other) as ClockKind;
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
  if (late) {
    inc(year, yr + YS.lateClocks, 1);
    inc(year, yr + YS.lateDays, (stop ?? st.day) - due);
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
      countAssessmentDays(st.tally, st.year, workingDays);
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
      inc(year, yr + YS.a1Days, stop - start);
      return;
    case CLOCK_KIND.adoptionA2:
      if (stop === undefined) return;
      inc(year, yr + YS.a2Count, 1);
      inc(year, yr + YS.a2Days, stop - start);
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
    // Visits, as compliance: a visit that fell due and lapsed unmade counts as late.
    case CLOCK_KIND.pfFirstVisit:
      inc(year, yr + YS.pfFirstVisitDecided, 1);
      inc(year, yr + YS.pfFirstVisitMet, met);
      return;
    case CLOCK_KIND.pfVisit:
      inc(year, yr + YS.pfVisitDecided, 1);
      inc(year, yr + YS.pfVisitMet, met);
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
