/**
 * The identifiers of the KPIs, in report order (ARCHITECTURE.md §5). Every object of a report lists its
 * keys in this order, so the output of a run and of its replay are byte for byte the same (D9).
 */

/** Yearly KPIs (collection year 1 April – 31 March), in catalogue order. */
export const KPI_IDS = [
  // front door
  'contacts', 'referrals', 'referralDecisionWithin1WorkingDayPct', 'reReferralsWithin12MonthsPct',
  // assessment
  'assessmentsWithin45WorkingDaysPct', 'assessmentsWithin45WorkingDaysOfReferralPct', 'assessmentMedianWorkingDays',
  'assessmentsNoFurtherActionPct',
  // child protection
  'section47Enquiries', 'icpcWithin15WorkingDaysPct', 'cpPlansAt31March', 'cpPlansPer10k', 'cpPlansSecondOrSubsequentPct',
  'cpPlansNeglectPct', 'cpPlansPhysicalPct', 'cpPlansSexualPct', 'cpPlansEmotionalPct',
  'cpPlansEndedWithin3MonthsPct', 'cpPlansLasting2YearsPct', 'cpReviewsOnTimePct',
  // children in need
  'cinAt31March', 'cinPer10k',
  // looked after
  'claAt31March', 'claPer10k', 'claStarts', 'claCeased', 'claReviewsOnTimePct', 'claVisitsOnTimePct',
  'ihaWithin20WorkingDaysPct', 'claThreePlusPlacementsPct', 'returnInterviewsWithin72HoursPct',
  'missingEpisodesWithReturnInterviewPct', 'careProceedingsMeanWeeks', 'careProceedingsWithin26WeeksPct',
  'adoptionA1MeanDays', 'adoptionA2MeanDays', 'adoptions', 'specialGuardianshipOrders', 'returnsHome',
  'claReEntryWithin12MonthsPct', 'camhsReferrals', 'camhsWaitMeanWeeks', 'camhsWaitLongestWeeks',
  // care leavers
  'pathwayPlanReviewsOnTimePct', 'leftCareForIndependentLiving', 'stayingPutAt18Pct', 'careLeaversSuitableAccommodationPct',
  'careLeaversNeetPct',
  // private fostering
  'privateFosteringNotifications', 'privatelyFosteredAt31March', 'privateFosteringFirstVisitsWithin7WorkingDaysPct',
  'privateFosteringVisitsOnTimePct',
  // workforce
  'socialWorkerFte', 'agencyFte', 'turnoverPct', 'vacancyPct', 'agencyPct', 'meanCaseload',
  'unallocatedCasesAt31March', 'meanUnallocatedWaitDays', 'claThreePlusSocialWorkersPct', 'workerChangesPerChild',
  // drift
  'meanDaysOverduePerLateClock', 'openClocksPastDueAt31March',
] as const;

/** A yearly KPI. */
export type KpiId = (typeof KPI_IDS)[number];

/** Monthly KPIs: a subset of the yearly ones, with the same definitions per calendar month. */
export const MONTHLY_KPI_IDS = [
  'contacts', 'referrals', 'referralDecisionWithin1WdPct', 'assessmentsWithin45WdPct', 'icpcWithin15WdPct',
  'cpPlansAtMonthEnd', 'claAtMonthEnd', 'cinAtMonthEnd', 'unallocatedAtMonthEnd', 'openClocksPastDueAtMonthEnd',
  'claVisitsOnTimePct', 'claReviewsOnTimePct', 'privatelyFosteredAtMonthEnd',
] as const;

/** A monthly KPI. */
export type MonthlyKpiId = (typeof MONTHLY_KPI_IDS)[number];
