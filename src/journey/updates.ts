import type { JourneyEvent } from '../domain/index.ts';
import type { JourneyContext } from './context.ts';

/**
 * The journey machine's actions as in-place updates of a plain context. XState wraps each in an
 * `assign` over a copy; the compiled table calls it on the live object (and immer on a draft).
 * Each reads only the event and writes only the context: no clock, no randomness.
 */
export type ContextUpdate = (context: JourneyContext, event: JourneyEvent) => void;

export const UPDATES = {
  countContact: (c) => { c.contacts += 1; },
  countReferral: (c) => { c.referrals += 1; },
  countAssessment: (c) => { c.assessments += 1; },
  countS47: (c) => { c.s47s += 1; },
  startCpPlan: (c) => { c.cpPlans += 1; c.cpReviews = 0; c.coreGroups = 0; },
  countCpReview: (c) => { c.cpReviews += 1; },
  countCoreGroup: (c) => { c.coreGroups += 1; },
  startCinPlan: (c) => { c.cinPlans += 1; c.cinReviews = 0; },
  countCinReview: (c) => { c.cinReviews += 1; },
  countVisit: (c) => { c.visits += 1; },
  enterCare: (c, e) => {
    c.periodsOfCare += 1;
    c.claReviews = 0;
    c.healthAssessments = 0;
    c.carePlan = false;
    c.legalStatus = e.type === 'care.entered' ? e.data.legalStatus : c.legalStatus;
    c.camhs = 0;
  },
  changeLegalStatus: (c, e) => { if (e.type === 'legalStatus.changed') c.legalStatus = e.data.legalStatus; },
  makeCarePlan: (c) => { c.carePlan = true; },
  startPlacement: (c) => {
    c.placements += 1;
    c.placementPlan = false;
    c.placementNotified = false;
    c.carerApproved = false;
  },
  agreePlacementPlan: (c) => { c.placementPlan = true; },
  notifyPlacement: (c) => { c.placementNotified = true; },
  approveCarer: (c) => { c.carerApproved = true; },
  countClaReview: (c) => { c.claReviews += 1; },
  countHealthAssessment: (c) => { c.healthAssessments += 1; },
  startMissing: (c) => { c.missing = true; },
  endMissing: (c) => { c.missing = false; c.returnInterviewDue = true; },
  holdReturnInterview: (c) => { c.returnInterviewDue = false; },
  issueProceedings: (c) => { c.inProceedings = true; },
  concludeProceedings: (c) => { c.inProceedings = false; },
  planPermanence: (c, e) => {
    if (e.type !== 'permanence.planned') return;
    c.permanence = e.data.plan;
    c.adoptionStage = 0;
  },
  advanceAdoption: (c) => { c.adoptionStage += 1; },
  /** Leaving care ends everything that belongs to the period of care. */
  leaveCare: (c) => {
    c.legalStatus = 'none';
    c.missing = false;
    c.returnInterviewDue = false;
    c.inProceedings = false;
    c.permanence = 'none';
    c.adoptionStage = 0;
    c.carePlan = false;
    c.camhs = 0;
  },
  referToCamhs: (c) => { c.camhs = 1; },
  startCamhsTreatment: (c) => { c.camhs = 2; },
  closeCamhs: (c) => { c.camhs = 0; },
  makePathwayPlan: (c) => { c.pathwayPlan = true; },
  reviewPathwayPlan: (c) => { c.pathwayReviews += 1; },
  countLeaverRecord: (c) => { c.leaverRecords += 1; },
  turn18: (c) => { c.adult = true; },
  allocateWorker: (c) => { c.allocated = true; },
  changeWorker: (c) => { c.workerChanges += 1; },
  releaseWorker: (c) => { c.allocated = false; c.releases += 1; },
  countMissedTask: (c) => { c.missedTasks += 1; },
  /** A closed case has no worker; a new contact starts afresh at the front door. */
  closeCase: (c) => { c.allocated = false; c.pathwayPlan = false; },
} satisfies Record<string, ContextUpdate>;

export type UpdateName = keyof typeof UPDATES;
