/**
 * The counters behind the KPIs: one flat Float64Array row per report year and per report month, with
 * named slots. Every counter holds a whole number (days, counts, FTE in ten-thousandths), so sums are
 * exact and do not depend on the order of events (ARCHITECTURE.md D9: byte-identical replay).
 */

/** Slots of a year's row. `…Met`/`…Decided` pairs count clocks; `…Days` sums calendar days. */
export const YS = {
  contacts: 0, referrals: 1, reReferrals: 2, refDecisionMet: 3, refDecisionStopped: 4,
  assessmentMet: 5, assessmentStopped: 6, assessmentReferralMet: 7, assessmentReferralStopped: 8,
  assessmentsCompleted: 9, assessmentsNfa: 10,
  s47: 11, icpcMet: 12, icpcStopped: 13, cpAtEnd: 14, cpStarted: 15, cpStartedRepeat: 16,
  cpEnded: 17, cpEndedWithin3Months: 18, cpLasting2Years: 19, cpReviewEligible: 20, cpReviewOnTime: 21,
  cinAtEnd: 22,
  claAtEnd: 23, claStarts: 24, claCeased: 25, claReviewMet: 26, claReviewDecided: 27, claVisitMet: 28, claVisitDecided: 29,
  ihaMet: 30, ihaDecided: 31, claThreePlusPlacements: 32, rhiMet: 33, rhiDecided: 34, missingEnded: 35, missingWithRhi: 36,
  proceedingsConcluded: 37, proceedingsDays: 38, proceedingsMet: 39, proceedingsStopped: 40,
  a1Count: 41, a1Days: 42, a2Count: 43, a2Days: 44, adoptions: 45, sgos: 46, returnsHome: 47, reEntries: 48,
  pathwayMet: 49, pathwayDecided: 50,
  permanentFte: 51, agencyFte: 52, leaverFte: 53, vacancyFte: 54, caseHoldingFte: 55, allocatedCases: 56,
  unallocatedAtEnd: 57, waitCount: 58, waitDays: 59, claThreePlusWorkers: 60, workerChanges: 61,
  casesAtYearStart: 62, casesOpened: 63,
  lateClocks: 64, lateDays: 65, pastDueAtEnd: 66,
  cpCategoryNeglect: 67, cpCategoryPhysical: 68, cpCategorySexual: 69, cpCategoryEmotional: 70,
  independentLiving: 71, leaversAt18Fostered: 72, stayingPut: 73,
  leaverRecords: 74, leaverSuitable: 75, leaverNeet: 76,
  pfNotifications: 77, pfAtEnd: 78, pfFirstVisitMet: 79, pfFirstVisitDecided: 80, pfVisitMet: 81, pfVisitDecided: 82,
  camhsReferrals: 83, camhsStarted: 84, camhsWaitDays: 85, camhsLongestWaitDays: 86,
} as const;
export const YEAR_SLOTS = 87;

/** Slots of a month's row. */
export const MS = {
  contacts: 0, referrals: 1, refDecisionMet: 2, refDecisionStopped: 3, assessmentMet: 4, assessmentStopped: 5,
  icpcMet: 6, icpcStopped: 7, cpAtEnd: 8, claAtEnd: 9, cinAtEnd: 10, unallocatedAtEnd: 11, pastDueAtEnd: 12,
  claVisitMet: 13, claVisitDecided: 14, claReviewMet: 15, claReviewDecided: 16, pfAtEnd: 17,
} as const;
export const MONTH_SLOTS = 18;

/** FTE is counted in ten-thousandths so that sums of 0.6 + 0.8 + … are exact integers. */
export const FTE_UNITS = 10_000;

/** All counters of one report. */
export interface Tally {
  readonly years: number;
  /** Row y starts at y × YEAR_SLOTS. */
  readonly year: Float64Array;
  /** Row m starts at m × MONTH_SLOTS. */
  readonly month: Float64Array;
  /** Per year, counts of completed assessments by working days taken (for the median); grown on demand. */
  readonly assessmentDays: Int32Array[];
}

/**
 * Creates zeroed counters for `years` report years.
 * @example const tally = createTally(3);
 */
export function createTally(years: number): Tally {
  const assessmentDays: Int32Array[] = [];
  for (let y = 0; y < years; y++) assessmentDays.push(new Int32Array(128));
  return {
    years,
    year: new Float64Array(years * YEAR_SLOTS),
    month: new Float64Array(years * 12 * MONTH_SLOTS),
    assessmentDays,
  };
}

/**
 * Counts one completed assessment of `workingDays` in year y's histogram, growing it if needed.
 * @example countAssessmentDays(tally, 0, 38)
 */
export function countAssessmentDays(tally: Tally, y: number, workingDays: number): void {
  let h = tally.assessmentDays[y] as Int32Array;
  if (workingDays >= h.length) {
    let size = h.length * 2;
    while (workingDays >= size) size *= 2;
    const grown = new Int32Array(size);
    grown.set(h);
    tally.assessmentDays[y] = grown;
    h = grown;
  }
  h[workingDays] = (h[workingDays] as number) + 1;
}
