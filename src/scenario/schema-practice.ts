import { z } from 'zod';
import { bounded, logistic, nonNegative, probability, spread } from './schema-parts.ts';

/**
 * How long the work itself takes, in working days of a worker at their caseload target. The
 * maxima sit inside the statutory timescales: lateness comes from the drift mechanisms.
 */
export const workSchema = z.strictObject({
  screeningMinutes: nonNegative('front door: screener time per contact, in minutes (sets screener capacity)', 30),
  assessmentWorkingDays: bounded('child and family assessment, start to completion (limit 45)', { min: 5, mode: 20, max: 38 }),
  assessmentStartWorkingDays: bounded('allocation to assessment start', { min: 0, mode: 1, max: 3 }),
  strategyWorkingDays: bounded('concern to strategy discussion (local limit 1)', { min: 0, mode: 0, max: 1 }),
  s47WorkingDays: bounded('section 47 enquiry, start to outcome (local limit 15)', { min: 2, mode: 7, max: 11 }),
  conferenceNoticeWorkingDays: bounded('section 47 outcome to the ICPC date asked for (ICPC limit 15 from the strategy discussion)', { min: 1, mode: 2, max: 3 }),
  coreGroupWorkingDays: bounded('ICPC to first core group (limit 10)', { min: 3, mode: 6, max: 9 }),
  adminWorkingDays: bounded('care plan, placement plan and notifications after a placement starts (limits 5 and 10)', { min: 0, mode: 2, max: 4 }),
  healthAssessmentWorkingDays: bounded('entering care to the initial health assessment (limit 20)', { min: 5, mode: 12, max: 18 }),
  visitLeadDays: nonNegative('visits and reviews are planned this many days before they fall due', 3),
  closureWorkingDays: bounded('decision to close to the case closing', { min: 0, mode: 2, max: 10 }),
  returnInterviewDays: bounded('return from a missing episode to the return interview, in calendar days (limit 3)', { min: 0, mode: 1, max: 3 }),
}).prefault({}).describe('work content of each task (bounded; see ARCHITECTURE D6)');

/**
 * What happens to a child's risk over time, and how plans end. Risk falls while a plan is worked
 * with a stable worker; a change of worker sets the work back; a plan ended before risk has fallen
 * (mechanism 8, "premature endings") leaves residual risk that brings the child back.
 */
export const riskDynamicsSchema = z.strictObject({
  reductionPerMonth: probability('fraction of latent risk removed per month of plan work with an allocated worker', 0.13),
  workerChangeSetbackMonths: nonNegative('months of risk reduction lost at each change of worker', 1),
  planEndRisk: probability('a plan ends at a review once risk is below this', 0.22),
  careRisk: probability('a plan escalates to care at a review when risk is above this', 0.8),
  cinPlanMonths: spread('length of a child-in-need plan, in months', { median: 7, p90: 16 }),
  cinEscalation: probability('chance a child-in-need plan ends in a strategy discussion rather than closure', 0.08),
  prematureEndingChance: probability('chance a CP plan is ended at its first review although risk remains (mechanism 8)', 0.05),
  relapseShare: probability('when a child comes back, the share of the risk removed by their last plan that has returned', 0.9),
  recontact: logistic('chance a closed case comes back to the front door within the following 3 years, by residual risk', { intercept: -0.5, riskSlope: 4 }),
  recontactMonths: spread('months from closure to the next contact, for children who come back', { median: 9, p90: 26 }),
}).prefault({}).describe('risk dynamics, plan endings and re-contact');

/** Looked-after children: placements, missing episodes, court, permanence, leaving care. */
export const careSchema = z.strictObject({
  section20Share: probability('share of children entering care under s20 (V2) rather than an interim care order', 0.55),
  placementMovesPerYear: nonNegative('placement breakdowns per child per year (placement stability)', 0.35),
  residentialFromAge: nonNegative('children this age or older are placed in residential care', 14),
  residentialShare: probability('share of older children placed in residential care', 0.3),
  missingEpisodesPerYear: nonNegative('missing episodes per looked-after child aged 11+ per year', 0.6),
  missingDays: spread('length of a missing episode, in days', { median: 1, p90: 3 }),
  returnInterviewTakeUp: probability('share of returns from missing that lead to a return interview', 0.45),
  proceedingsWeeks: spread('care proceedings, issue to final order, in weeks (limit 26)', { median: 28, p90: 45 }),
  homeAfterProceedingsShare: probability('share of the other children in proceedings who go home under a supervision order instead of staying on a care order', 0.25),
  careOrderEndsPerYear: nonNegative('chance per year that a child under 16 on a care order goes home and the order is discharged', 0.1),
  reunificationMonths: spread('time in care before returning home, in months', { median: 12, p90: 30 }),
  adoptionUnderAge: nonNegative('children under this age at entry may have an adoption plan', 5),
  adoptionShare: probability('share of young children in proceedings whose plan becomes adoption', 0.45),
  sgoShare: probability('share of children in proceedings whose plan becomes a special guardianship order', 0.25),
  placementOrderToMatchDays: spread('placement order to matching with adopters, in days at target caseload (A2; family finding is casework)', { median: 150, p90: 330 }),
  matchToPlacementDays: spread('match to moving in with adopters, in days', { median: 30, p90: 60 }),
  placementToOrderDays: spread('placed for adoption to the adoption order, in days', { median: 270, p90: 420 }),
  sgoAfterOrderDays: spread('final order to the child leaving care under an SGO, in days', { median: 20, p90: 60 }),
  independentLivingFromAge: nonNegative('young people this age or older may leave care for independent living', 16),
  independentLivingPerYear: nonNegative('chance per year that a young person of that age leaves care for independent living', 0.15),
  reentryHazard: probability('chance a child who returned home comes back into care within 12 months', 0.1),
  leavingCareSupportAge: nonNegative('age at which leaving-care support ends', 21),
  extendedSupportShare: probability('share of care leavers whose support continues to 25', 0.2),
  supportedLivingShare: probability('share of moves to independent living that have formal support (E5 rather than E6)', 0.7),
  stayingPutShare: probability('share of young people in foster care at 18 who stay put with their carers (E17)', 0.4),
  careLeaverNeetShare: probability('chance a care leaver aged 19–21 is not in education, employment or training', 0.4),
  unsuitableAccommodationShare: probability('chance a care leaver (not staying put) lives in accommodation judged unsuitable', 0.12),
  lostTouchShare: probability('chance a care leaver declines or loses contact even with an allocated adviser', 0.05),
}).prefault({}).describe('children looked after and care leavers');
