/**
 * Turns the counters into the report: one row of values per collection year and per month, each
 * object's keys in catalogue order, null where a denominator is zero (ARCHITECTURE.md §5, D9).
 */
import type { LocalDate } from '../../domain/time.ts';
import { KPIS, MONTHLY_KPIS } from './kpi-catalogue.ts';
import type { KpiId, MonthlyKpiId } from './kpi-ids.ts';
import type { KpiState } from './kpi-state.ts';
import { MONTHS_PER_YEAR } from './report-periods.ts';
import { mean, medianOfCounts, percent, round1, round2 } from './rounding.ts';
import { FTE_UNITS, MONTH_SLOTS, MS, YEAR_SLOTS, YS } from './tally.ts';

/** The KPIs of one replication. */
export interface KpiReport {
  readonly years: readonly {
    /** The collection year, e.g. "2019-20". */
    readonly label: string;
    readonly start: LocalDate;
    readonly end: LocalDate;
    readonly values: Readonly<Record<KpiId, number | null>>;
  }[];
  readonly months: readonly {
    /** The calendar month, e.g. "2019-04". */
    readonly label: string;
    readonly values: Readonly<Record<MonthlyKpiId, number | null>>;
  }[];
}

type Slot = (typeof YS)[keyof typeof YS];
type MonthSlot = (typeof MS)[keyof typeof MS];

/** What a yearly formula may read: a counter, the assessment histogram, the population. */
interface YearInputs {
  readonly v: (slot: Slot) => number;
  readonly medianAssessmentDays: () => number | null;
  readonly population: number;
}

function per10k(stock: number, population: number): number | null {
  return population > 0 && Number.isFinite(population) ? round1((stock * 10_000) / population) : null;
}

function fte(units: number): number {
  return round1(units / FTE_UNITS);
}

const YEARLY: { readonly [K in KpiId]: (i: YearInputs) => number | null } = {
  contacts: ({ v }) => v(YS.contacts),
  referrals: ({ v }) => v(YS.referrals),
  referralDecisionWithin1WorkingDayPct: ({ v }) => percent(v(YS.refDecisionMet), v(YS.refDecisionStopped)),
  reReferralsWithin12MonthsPct: ({ v }) => percent(v(YS.reReferrals), v(YS.referrals)),
  assessmentsWithin45WorkingDaysPct: ({ v }) => percent(v(YS.assessmentMet), v(YS.assessmentStopped)),
  assessmentsWithin45WorkingDaysOfReferralPct: ({ v }) => percent(v(YS.assessmentReferralMet), v(YS.assessmentReferralStopped)),
  assessmentMedianWorkingDays: ({ medianAssessmentDays }) => medianAssessmentDays(),
  assessmentsNoFurtherActionPct: ({ v }) => percent(v(YS.assessmentsNfa), v(YS.assessmentsCompleted)),
  section47Enquiries: ({ v }) => v(YS.s47),
  icpcWithin15WorkingDaysPct: ({ v }) => percent(v(YS.icpcMet), v(YS.icpcStopped)),
  cpPlansAt31March: ({ v }) => v(YS.cpAtEnd),
  cpPlansPer10k: ({ v, population }) => per10k(v(YS.cpAtEnd), population),
  cpPlansSecondOrSubsequentPct: ({ v }) => percent(v(YS.cpStartedRepeat), v(YS.cpStarted)),
  cpPlansNeglectPct: ({ v }) => percent(v(YS.cpCategoryNeglect), v(YS.cpStarted)),
  cpPlansPhysicalPct: ({ v }) => percent(v(YS.cpCategoryPhysical), v(YS.cpStarted)),
  cpPlansSexualPct: ({ v }) => percent(v(YS.cpCategorySexual), v(YS.cpStarted)),
  cpPlansEmotionalPct: ({ v }) => percent(v(YS.cpCategoryEmotional), v(YS.cpStarted)),
  cpPlansEndedWithin3MonthsPct: ({ v }) => percent(v(YS.cpEndedWithin3Months), v(YS.cpEnded)),
  cpPlansLasting2YearsPct: ({ v }) => percent(v(YS.cpLasting2Years), v(YS.cpAtEnd)),
  cpReviewsOnTimePct: ({ v }) => percent(v(YS.cpReviewOnTime), v(YS.cpReviewEligible)),
  cinAt31March: ({ v }) => v(YS.cinAtEnd),
  cinPer10k: ({ v, population }) => per10k(v(YS.cinAtEnd), population),
  claAt31March: ({ v }) => v(YS.claAtEnd),
  claPer10k: ({ v, population }) => per10k(v(YS.claAtEnd), population),
  claStarts: ({ v }) => v(YS.claStarts),
  claCeased: ({ v }) => v(YS.claCeased),
  claReviewsOnTimePct: ({ v }) => percent(v(YS.claReviewMet), v(YS.claReviewDecided)),
  claVisitsOnTimePct: ({ v }) => percent(v(YS.claVisitMet), v(YS.claVisitDecided)),
  ihaWithin20WorkingDaysPct: ({ v }) => percent(v(YS.ihaMet), v(YS.ihaDecided)),
  claThreePlusPlacementsPct: ({ v }) => percent(v(YS.claThreePlusPlacements), v(YS.claAtEnd)),
  returnInterviewsWithin72HoursPct: ({ v }) => percent(v(YS.rhiMet), v(YS.rhiDecided)),
  missingEpisodesWithReturnInterviewPct: ({ v }) => percent(v(YS.missingWithRhi), v(YS.missingEnded)),
  careProceedingsMeanWeeks: ({ v }) => mean(v(YS.proceedingsDays) / 7, v(YS.proceedingsConcluded)),
  careProceedingsWithin26WeeksPct: ({ v }) => percent(v(YS.proceedingsMet), v(YS.proceedingsStopped)),
  adoptionA1MeanDays: ({ v }) => mean(v(YS.a1Days), v(YS.a1Count)),
  adoptionA2MeanDays: ({ v }) => mean(v(YS.a2Days), v(YS.a2Count)),
  adoptions: ({ v }) => v(YS.adoptions),
  specialGuardianshipOrders: ({ v }) => v(YS.sgos),
  returnsHome: ({ v }) => v(YS.returnsHome),
  claReEntryWithin12MonthsPct: ({ v }) => percent(v(YS.reEntries), v(YS.claCeased)),
  camhsReferrals: ({ v }) => v(YS.camhsReferrals),
  camhsWaitMeanWeeks: ({ v }) => mean(v(YS.camhsWaitDays) / 7, v(YS.camhsStarted)),
  camhsWaitLongestWeeks: ({ v }) => (v(YS.camhsStarted) === 0 ? null : round1(v(YS.camhsLongestWaitDays) / 7)),
  pathwayPlanReviewsOnTimePct: ({ v }) => percent(v(YS.pathwayMet), v(YS.pathwayDecided)),
  leftCareForIndependentLiving: ({ v }) => v(YS.independentLiving),
  stayingPutAt18Pct: ({ v }) => percent(v(YS.stayingPut), v(YS.leaversAt18Fostered)),
  careLeaversSuitableAccommodationPct: ({ v }) => percent(v(YS.leaverSuitable), v(YS.leaverRecords)),
  careLeaversNeetPct: ({ v }) => percent(v(YS.leaverNeet), v(YS.leaverRecords)),
  privateFosteringNotifications: ({ v }) => v(YS.pfNotifications),
  privatelyFosteredAt31March: ({ v }) => v(YS.pfAtEnd),
  privateFosteringFirstVisitsWithin7WorkingDaysPct: ({ v }) => percent(v(YS.pfFirstVisitMet), v(YS.pfFirstVisitDecided)),
  privateFosteringVisitsOnTimePct: ({ v }) => percent(v(YS.pfVisitMet), v(YS.pfVisitDecided)),
  socialWorkerFte: ({ v }) => fte(v(YS.permanentFte)),
  agencyFte: ({ v }) => fte(v(YS.agencyFte)),
  turnoverPct: ({ v }) => percent(v(YS.leaverFte), v(YS.permanentFte)),
  vacancyPct: ({ v }) => percent(v(YS.vacancyFte), v(YS.vacancyFte) + v(YS.permanentFte)),
  agencyPct: ({ v }) => percent(v(YS.agencyFte), v(YS.agencyFte) + v(YS.permanentFte)),
  meanCaseload: ({ v }) => (v(YS.caseHoldingFte) === 0 ? null : round1((v(YS.allocatedCases) * FTE_UNITS) / v(YS.caseHoldingFte))),
  unallocatedCasesAt31March: ({ v }) => v(YS.unallocatedAtEnd),
  meanUnallocatedWaitDays: ({ v }) => mean(v(YS.waitDays), v(YS.waitCount)),
  claThreePlusSocialWorkersPct: ({ v }) => percent(v(YS.claThreePlusWorkers), v(YS.claAtEnd)),
  workerChangesPerChild: ({ v }) => {
    const children = v(YS.casesAtYearStart) + v(YS.casesOpened);
    return children === 0 ? null : round2(v(YS.workerChanges) / children);
  },
  meanDaysOverduePerLateClock: ({ v }) => mean(v(YS.lateDays), v(YS.lateClocks)),
  openClocksPastDueAt31March: ({ v }) => v(YS.pastDueAtEnd),
};

const MONTHLY: { readonly [K in MonthlyKpiId]: (v: (slot: MonthSlot) => number) => number | null } = {
  contacts: (v) => v(MS.contacts),
  referrals: (v) => v(MS.referrals),
  referralDecisionWithin1WdPct: (v) => percent(v(MS.refDecisionMet), v(MS.refDecisionStopped)),
  assessmentsWithin45WdPct: (v) => percent(v(MS.assessmentMet), v(MS.assessmentStopped)),
  icpcWithin15WdPct: (v) => percent(v(MS.icpcMet), v(MS.icpcStopped)),
  cpPlansAtMonthEnd: (v) => v(MS.cpAtEnd),
  claAtMonthEnd: (v) => v(MS.claAtEnd),
  cinAtMonthEnd: (v) => v(MS.cinAtEnd),
  unallocatedAtMonthEnd: (v) => v(MS.unallocatedAtEnd),
  openClocksPastDueAtMonthEnd: (v) => v(MS.pastDueAtEnd),
  claVisitsOnTimePct: (v) => percent(v(MS.claVisitMet), v(MS.claVisitDecided)),
  claReviewsOnTimePct: (v) => percent(v(MS.claReviewMet), v(MS.claReviewDecided)),
  privatelyFosteredAtMonthEnd: (v) => v(MS.pfAtEnd),
};

/**
 * Builds the report from a projection's state after its last snapshot.
 * @example buildReport(st).years[0]?.values.contacts
 */
export function buildReport(st: KpiState): KpiReport {
  const { tally, periods } = st;
  const years = [];
  for (let y = 0; y < periods.years; y++) {
    const row = y * YEAR_SLOTS;
    const inputs: YearInputs = {
      v: (slot) => tally.year[row + slot] ?? 0,
      medianAssessmentDays: () => medianOfCounts(tally.assessmentDays[y] ?? new Int32Array(0)),
      population: st.population(y),
    };
    const values = {} as Record<KpiId, number | null>;
    for (const kpi of KPIS) values[kpi.id] = YEARLY[kpi.id](inputs);
    years.push({
      label: periods.yearLabels[y] ?? '', start: periods.yearStarts[y] as LocalDate, end: periods.yearEnds[y] as LocalDate, values,
    });
  }
  const months = [];
  for (let m = 0; m < periods.years * MONTHS_PER_YEAR; m++) {
    const row = m * MONTH_SLOTS;
    const v = (slot: MonthSlot): number => tally.month[row + slot] ?? 0;
    const values = {} as Record<MonthlyKpiId, number | null>;
    for (const kpi of MONTHLY_KPIS) values[kpi.id] = MONTHLY[kpi.id](v);
    months.push({ label: periods.monthLabels[m] ?? '', values });
  }
  return { years, months };
}
