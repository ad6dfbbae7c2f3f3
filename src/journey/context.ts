import type { LegalStatus, PermanencePlan } from '../domain/index.ts';

/**
 * What the journey machine remembers about a child beyond the state it is in: counts that make
 * history visible (a second CP plan, a third period of care) and the flags its guards read.
 * Plain numbers, booleans and codes only, so the compiled form can mutate it in place and XState
 * can hold it immutably; both must agree field by field (test/journey/compiled-equivalence.test.ts).
 */
export interface JourneyContext {
  /** Contacts received about the child, ever. */
  contacts: number;
  /** Referrals accepted, ever (re-referrals are the second and later). */
  referrals: number;
  assessments: number;
  s47s: number;
  /** Child protection plans started, ever: a plan is "second or subsequent" when this was ≥ 1 before it. */
  cpPlans: number;
  cinPlans: number;
  periodsOfCare: number;
  placements: number;
  workerChanges: number;
  /** Times the case lost its worker and waited unallocated. */
  releases: number;
  /** Statutory tasks missed until oversight caught them. */
  missedTasks: number;
  visits: number;
  /** Review conferences in the current CP plan. */
  cpReviews: number;
  /** Core group meetings in the current CP plan. */
  coreGroups: number;
  /** Reviews in the current CIN plan. */
  cinReviews: number;
  /** Statutory reviews in the current period of care. */
  claReviews: number;
  /** Health assessments in the current period of care. */
  healthAssessments: number;
  pathwayReviews: number;
  /** Care leaver birthday records made (SSDA903 OC3). */
  leaverRecords: number;
  /** Where a looked-after child's CAMHS referral stands: 0 none, 1 on the waiting list, 2 in treatment. */
  camhs: number;
  /** Legal status while looked after; 'none' outside care. */
  legalStatus: LegalStatus | 'none';
  /** A care plan exists for the current period of care (CPPCR2010 reg 4). */
  carePlan: boolean;
  /** The current placement has an agreed placement plan (reg 9) / has been notified (reg 13) / its temporary carer approved (reg 25). */
  placementPlan: boolean;
  placementNotified: boolean;
  carerApproved: boolean;
  missing: boolean;
  /** A return from a missing episode has not yet had its return interview. */
  returnInterviewDue: boolean;
  inProceedings: boolean;
  permanence: PermanencePlan | 'none';
  /** Adoption steps taken under the current plan: 1 placement order, 2 matched, 3 placed, 4 adoption order. */
  adoptionStage: number;
  adult: boolean;
  /** A worker is allocated to the open case. */
  allocated: boolean;
  pathwayPlan: boolean;
}

/** The context of a child nobody has yet contacted the front door about. */
export function initialJourneyContext(): JourneyContext {
  return {
    contacts: 0, referrals: 0, assessments: 0, s47s: 0, cpPlans: 0, cinPlans: 0, periodsOfCare: 0,
    placements: 0, workerChanges: 0, releases: 0, missedTasks: 0, visits: 0, cpReviews: 0, coreGroups: 0, cinReviews: 0, claReviews: 0,
    healthAssessments: 0, pathwayReviews: 0, leaverRecords: 0, camhs: 0, legalStatus: 'none', carePlan: false, placementPlan: false,
    placementNotified: false, carerApproved: false, missing: false, returnInterviewDue: false,
    inProceedings: false, permanence: 'none', adoptionStage: 0, adult: false, allocated: false, pathwayPlan: false,
  };
}

/** The boolean fields of the context, which the `flagIs` guard may read. */
export type JourneyFlag = {
  [K in keyof JourneyContext]: JourneyContext[K] extends boolean ? K : never;
}[keyof JourneyContext];
