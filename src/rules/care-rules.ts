/**
 * Timescales of a looked-after child: proceedings, plans, health, reviews, missing episodes and
 * placement-type limits (statutory-rules.md §1). Visits are in care-visit-rules.ts.
 */
import { ruleId } from './rule-types.ts';
import type { TimescaleRule } from './rule-types.ts';
import { days, months, on, onIn, onNotIn, weeks, workingDays } from './catalogue-helpers.ts';

/** Short breaks under CPPCR2010 reg 48 (legal status V3/V4) have a lighter regime and are exempt from several rules. */
const SHORT_BREAK = ['V3', 'V4'] as const;

/** A new period of care (`care.entered`) restarts the review chain at review 1 (statutory-rules.md §2 point 5). */
const PERIOD_ENDS = [on('care.left'), on('care.entered')];

/** Rules of the care stage other than visits. */
export const CARE_RULES: readonly TimescaleRule[] = [
  {
    id: ruleId('care_proceedings_26w'),
    title: 'Care proceedings decided within 26 weeks of issue',
    stage: 'care',
    start: [on('proceedings.issued')],
    stop: [on('proceedings.concluded')],
    cancel: [on('case.closed')],
    // "Within 26 weeks beginning with the day the application is issued": the issue day is day 1, so the
    // last day is issue + 181. Extensions of up to 8 weeks exist, but there is no extension event, so a
    // case concluded after 26 weeks counts as late.
    limit: { amount: 26, unit: 'weeks', beginningWith: true },
    source: 'CA1989 s.32(1)(a) as amended by CFA2014 s.14 (applications from 22 April 2014)',
    confidence: 'H',
  },
  {
    id: ruleId('care_plan_10wd'),
    title: 'Care plan within 10 working days of becoming looked after',
    stage: 'care',
    start: [on('care.entered')],
    stop: [on('carePlan.made')],
    cancel: [on('care.left')],
    limit: workingDays(10),
    source: 'CPPCR2010 reg 4(2)',
    confidence: 'H',
  },
  {
    id: ruleId('placement_plan_5wd'),
    title: 'Placement plan agreed within 5 working days of every placement',
    stage: 'care',
    start: [on('placement.started')],
    stop: [on('placementPlan.agreed')],
    cancel: [on('placement.ended'), on('care.left')],
    limit: workingDays(5),
    source: 'CPPCR2010 reg 9(2)',
    confidence: 'M',
  },
  {
    id: ruleId('placement_notification_5wd'),
    title: 'Placement notified in writing within 5 working days',
    stage: 'care',
    start: [on('placement.started')],
    stop: [on('placement.notified')],
    cancel: [on('placement.ended'), on('care.left')],
    limit: workingDays(5),
    source: 'CPPCR2010 reg 13(1), 13(4)',
    confidence: 'H',
  },
  {
    id: ruleId('iha_20wd'),
    title: 'Initial health assessment within 20 working days of becoming looked after',
    stage: 'care',
    // Children on short breaks (reg 48) are exempt.
    start: [onNotIn('care.entered', 'legalStatus', SHORT_BREAK)],
    stop: [onIn('healthAssessment.done', 'kind', ['initial'])],
    cancel: [on('care.left')],
    limit: workingDays(20),
    source: 'CPPCR2010 reg 7; HealthSG2015',
    confidence: 'M',
  },
  {
    id: ruleId('rha_6m_12m'),
    title: 'Review health assessment every 6 months under 5, every 12 months from 5',
    stage: 'care',
    start: [onIn('healthAssessment.done', 'kind', ['initial'])],
    after: [ruleId('rha_6m_12m')],
    when: 'lookedAfter',
    stop: [onIn('healthAssessment.done', 'kind', ['review'])],
    cancel: PERIOD_ENDS,
    // The interval in force at the previous assessment (§1 notes offer this or re-evaluating at the
    // 5th birthday). With no date of birth known, childUnder5 is false, so the 12-month interval applies.
    limit: [{ when: 'childUnder5', limit: months(6) }, { limit: months(12) }],
    source: 'CPPCR2010 reg 7 / Sch 1; HealthSG2015',
    confidence: 'M',
  },
  {
    id: ruleId('cla_review_1_20wd'),
    title: 'First looked-after review within 20 working days',
    stage: 'care',
    start: [onNotIn('care.entered', 'legalStatus', SHORT_BREAK)],
    stop: [on('claReview.held')],
    cancel: PERIOD_ENDS,
    limit: workingDays(20),
    source: 'CPPCR2010 reg 33(1)',
    confidence: 'H',
  },
  {
    id: ruleId('cla_review_2_3m'),
    title: 'Second looked-after review within 3 months of the first',
    stage: 'care',
    start: [],
    after: [ruleId('cla_review_1_20wd')],
    stop: [on('claReview.held')],
    cancel: PERIOD_ENDS,
    limit: months(3),
    source: 'CPPCR2010 reg 33(2)',
    confidence: 'H',
  },
  {
    id: ruleId('cla_review_n_6m'),
    title: 'Later looked-after reviews at most 6 months apart',
    stage: 'care',
    start: [],
    after: [ruleId('cla_review_2_3m'), ruleId('cla_review_n_6m')],
    stop: [on('claReview.held')],
    cancel: PERIOD_ENDS,
    limit: months(6),
    source: 'CPPCR2010 reg 32–33',
    confidence: 'H',
  },
  {
    id: ruleId('missing_rhi_72h'),
    title: 'Return interview within 72 hours of coming back from a missing episode',
    stage: 'care',
    start: [on('missing.ended')],
    stop: [on('returnInterview.held')],
    cancel: [on('care.left')],
    // 72 calendar hours, weekends included; at day resolution 3 days.
    limit: days(3),
    source: 'Missing2014 "Independent return interviews"',
    confidence: 'M',
  },
  {
    id: ruleId('short_break_limits'),
    title: 'A single short break lasts at most 17 days',
    stage: 'care',
    // The 75-days-in-12-months limit is a rolling total, not a clock, so it is not modelled here.
    start: [onIn('care.entered', 'legalStatus', SHORT_BREAK)],
    stop: [on('care.left'), onNotIn('legalStatus.changed', 'legalStatus', SHORT_BREAK)],
    cancel: [],
    limit: days(17),
    source: 'CPPCR2010 reg 48(2); 903guide validation rules 365/367',
    confidence: 'H',
  },
  {
    id: ruleId('temp_placement_903'),
    title: 'Temporary placements within their SSDA903 limits (hospital 6 weeks, carer holiday 3 weeks, other 7 days)',
    stage: 'care',
    start: [onIn('placement.started', 'place', ['T1', 'T3', 'T4'])],
    // A new placement also ends the temporary one (the simulator may not record placement.ended first).
    stop: [on('placement.ended'), on('placement.started')],
    cancel: [on('care.left')],
    limit: [
      { when: 'hospitalPlacement', limit: days(42) },
      { when: 'carersHolidayPlacement', limit: days(21) },
      { limit: days(7) },
    ],
    source: '903guide validation rules 375–383 (a data-quality rule, not law)',
    confidence: 'H',
  },
  {
    id: ruleId('connected_person_temp_approval'),
    title: 'Temporary approval of a connected person as foster carer lasts at most 16 weeks',
    stage: 'care',
    start: [onIn('placement.started', 'temporaryApproval', [true])],
    // Full approval or the end of the placement ends the clock. The one extension of up to 8 weeks has
    // no event, so a placement still temporary after 16 weeks counts as late.
    stop: [on('carer.approved'), on('placement.ended'), on('placement.started')],
    cancel: [on('care.left')],
    limit: weeks(16),
    source: 'CPPCR2010 reg 24, 25 (16 weeks: M; extension: H)',
    confidence: 'M',
  },
];
