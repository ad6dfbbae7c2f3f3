/**
 * Front door, assessment and child-in-need timescales (statutory-rules.md §1, first rows).
 * Working days follow the DfE convention: the start day is day 0 (statutory-rules.md §2 point 2).
 */
import { DEFAULT_LOCAL_RULES, ruleId } from './rule-types.ts';
import type { TimescaleRule } from './rule-types.ts';
import { months, on, onIn, workingDays } from './catalogue-helpers.ts';

/** Rules of the front door (contact → referral decision) and of the assessment stage. */
export const FRONT_DOOR_RULES: readonly TimescaleRule[] = [
  {
    id: ruleId('referral_decision_1wd'),
    title: 'Decision on next steps within 1 working day of a contact',
    stage: 'frontDoor',
    start: [on('contact.received')],
    // A contact at a weekend or on a bank holiday counts as received on the next working day (§1 notes),
    // so the decision is due on the working day after that.
    anchor: 'nextWorkingDay',
    // The "decision on next steps": a screening that ends at the front door, or acceptance as a referral
    // (which records the decision: assessment, strategy discussion or no further action).
    stop: [onIn('screening.decided', 'outcome', ['nfa', 'advice', 'earlyHelp']), on('referral.accepted')],
    cancel: [on('case.closed')],
    limit: workingDays(1),
    source: 'WT2013–WT2023 "Referral / response to a referral" (statutory-rules.md §1 referral_decision_1wd)',
    confidence: 'H',
  },
  {
    id: ruleId('assessment_45wd'),
    title: 'Assessment completed within 45 working days of its start (DfE measure)',
    stage: 'assessment',
    // DfE measures from AssessmentActualStartDate to AssessmentAuthorisationDate (CIN census, table C2).
    start: [on('assessment.started')],
    stop: [on('assessment.completed')],
    cancel: [on('case.closed')],
    limit: workingDays(45),
    source: 'WT2013, WT2015, WT2018, WT2023 "Timeliness"; CINguide (AssessmentActualStartDate → AssessmentAuthorisationDate)',
    confidence: 'H',
  },
  {
    id: ruleId('assessment_45wd_referral'),
    title: 'Assessment completed within 45 working days of the referral (guidance clock)',
    stage: 'assessment',
    // The guidance counts from the decision to assess: the referral, or a strategy discussion that
    // decides on an assessment instead of a s47 enquiry. §1 asks for both clocks to be modelled.
    start: [onIn('referral.accepted', 'outcome', ['assessment']), onIn('strategy.held', 'outcome', ['assessment'])],
    stop: [on('assessment.completed')],
    cancel: [on('case.closed')],
    limit: workingDays(45),
    source: 'WT2013, WT2015, WT2018, WT2023 "Timeliness" (statutory-rules.md §1 assessment_45wd, guidance clock)',
    confidence: 'H',
  },
  {
    id: ruleId('cin_plan_review_local'),
    title: 'Child-in-need plan reviewed at the local interval',
    stage: 'childInNeed',
    start: [on('cinPlan.started')],
    // Each review chains from the actual date of the previous one (statutory-rules.md §2 point 5).
    after: [ruleId('cin_plan_review_local')],
    stop: [on('cinReview.held')],
    cancel: [on('cinPlan.ended'), on('case.closed')],
    limit: months(DEFAULT_LOCAL_RULES.cinReviewMonths),
    local: 'cinReviewMonths',
    source: 'WT2018/WT2023 (no national interval); local procedures (statutory-rules.md §1 cin_plan_review_local)',
    confidence: 'M',
  },
];
