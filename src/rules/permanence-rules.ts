/**
 * Adoption timescales: reviews and visits after placement for adoption (AAR2005 reg 36;
 * statutory-rules.md §1 adoption_placement_reviews) and the adoption scorecard thresholds A1 and A2.
 */
import { DEFAULT_LOCAL_RULES, ruleId } from './rule-types.ts';
import type { TimescaleRule } from './rule-types.ts';
import { STATUTORY_VISIT, days, months, on, weeks } from './catalogue-helpers.ts';

/** The adoption order, or leaving care, ends the post-placement duties; a new placement for adoption restarts them. */
const ADOPTION_ENDS = [on('adoption.ordered'), on('care.left'), on('adoption.placed')];

/** Rules of the permanence stage. */
export const PERMANENCE_RULES: readonly TimescaleRule[] = [
  {
    id: ruleId('adoption_review_1_4w'),
    title: 'First review within 4 weeks of placement for adoption',
    stage: 'permanence',
    start: [on('adoption.placed')],
    stop: [on('claReview.held')],
    cancel: [on('adoption.ordered'), on('care.left')],
    limit: weeks(4),
    source: 'AAR2005 reg 36 (statutory-rules.md §1 adoption_placement_reviews)',
    confidence: 'M',
  },
  {
    id: ruleId('adoption_review_2_3m'),
    title: 'Second review within 3 months of the first after placement for adoption',
    stage: 'permanence',
    start: [],
    after: [ruleId('adoption_review_1_4w')],
    stop: [on('claReview.held')],
    cancel: ADOPTION_ENDS,
    limit: months(3),
    source: 'AAR2005 reg 36 (statutory-rules.md §1 adoption_placement_reviews)',
    confidence: 'M',
  },
  {
    id: ruleId('adoption_review_n_6m'),
    title: 'Later reviews at most 6 months apart until the adoption order',
    stage: 'permanence',
    start: [],
    after: [ruleId('adoption_review_2_3m'), ruleId('adoption_review_n_6m')],
    stop: [on('claReview.held')],
    cancel: ADOPTION_ENDS,
    limit: months(6),
    source: 'AAR2005 reg 36 (statutory-rules.md §1 adoption_placement_reviews)',
    confidence: 'M',
  },
  {
    id: ruleId('adoption_visits_weekly'),
    title: 'Visits within a week of placement for adoption, then weekly until the first review',
    stage: 'permanence',
    start: [on('adoption.placed')],
    after: [ruleId('adoption_visits_weekly')],
    when: 'noAdoptionReviewYet',
    stop: [STATUTORY_VISIT],
    // After the first review visits are "as decided at review", which has no fixed interval: the weekly
    // duty ends with the review.
    cancel: [on('adoption.ordered'), on('care.left'), on('claReview.held')],
    limit: days(7),
    source: 'AAR2005 reg 36 (statutory-rules.md §1 adoption_placement_reviews)',
    confidence: 'M',
  },
  {
    id: ruleId('scorecard_A1'),
    title: 'Adoption scorecard A1: entering care to moving in with the adoptive family',
    stage: 'permanence',
    // The final period of care: a new care.entered replaces the clock (and, as a measurement, the old
    // clock is dropped, never late).
    start: [on('care.entered')],
    // Children never placed before the adoption order are measured to the order date (§1 notes).
    stop: [on('adoption.placed'), on('adoption.ordered')],
    cancel: [on('care.left')],
    limit: days(DEFAULT_LOCAL_RULES.a1ThresholdDays),
    onlyWhenStopped: true,
    local: 'a1ThresholdDays',
    source: 'DfE "An action plan for adoption: tackling delay" (2012); DfE adoption scorecard thresholds (14 Jan 2014)',
    confidence: 'H',
  },
  {
    id: ruleId('scorecard_A2'),
    title: 'Adoption scorecard A2: placement order to the decision on a match',
    stage: 'permanence',
    start: [on('placementOrder.made')],
    stop: [on('adoption.matched')],
    cancel: [on('care.left')],
    limit: days(DEFAULT_LOCAL_RULES.a2ThresholdDays),
    onlyWhenStopped: true,
    local: 'a2ThresholdDays',
    source: 'DfE adoption scorecards; LG Inform metric 912 definition',
    confidence: 'M',
  },
];
