/**
 * Statutory visits to a looked-after child (CPPCR2010 reg 28; statutory-rules.md §1 cla_visit_*).
 *
 * The schedule restarts with every placement: a visit within 7 days of the placement starting, then
 * exactly one follow-on link per visit, chosen by the child's situation on the day of that visit:
 * - an ordinary placement in its first year: within 42 days (reg 28(2)(b));
 * - an ordinary placement after its first year: 6 months for a long-term foster placement where the child
 *   agrees, 3 months for a placement meant to last until 18, otherwise 42 days (reg 28(2)(c), 28(3A));
 * - placed with a parent (P1) or with a temporarily approved connected person: weekly until the first
 *   review of the period of care, then 42 days (parent) or 28 days (temporary approval) (reg 28(3)–(5)).
 * The three conditions exclude each other, so each visit opens one clock.
 */
import { ruleId } from './rule-types.ts';
import type { RuleId, TimescaleRule } from './rule-types.ts';
import { STATUTORY_VISIT, days, months, on } from './catalogue-helpers.ts';

const VISIT_RULES: readonly RuleId[] = [
  ruleId('cla_visit_1w'), ruleId('cla_visit_6w_year1'), ruleId('cla_visit_after_year1'), ruleId('cla_visit_special'),
];

/** The follow-on links end with the placement; a new placement restarts at cla_visit_1w. */
const PLACEMENT_ENDS = [on('placement.ended'), on('care.left'), on('placement.started')];

/** Rules of the statutory visit schedule. */
export const CARE_VISIT_RULES: readonly TimescaleRule[] = [
  {
    id: ruleId('cla_visit_1w'),
    title: 'Visit within one week of the start of every placement',
    stage: 'care',
    start: [on('placement.started')],
    stop: [STATUTORY_VISIT],
    cancel: [on('placement.ended'), on('care.left')],
    limit: days(7),
    source: 'CPPCR2010 reg 28(2)(a)',
    confidence: 'H',
  },
  {
    id: ruleId('cla_visit_6w_year1'),
    title: 'Visits at most 6 weeks apart in the first year of a placement',
    stage: 'care',
    start: [],
    after: VISIT_RULES,
    when: 'placementInFirstYear',
    stop: [STATUTORY_VISIT],
    cancel: PLACEMENT_ENDS,
    limit: days(42),
    source: 'CPPCR2010 reg 28(2)(b)',
    confidence: 'H',
  },
  {
    id: ruleId('cla_visit_after_year1'),
    title: 'Visits after the first year of a placement: 6 weeks, 3 months if long-term, 6 months for long-term fostering with consent',
    stage: 'care',
    start: [],
    after: VISIT_RULES,
    when: 'placementAfterFirstYear',
    stop: [STATUTORY_VISIT],
    cancel: PLACEMENT_ENDS,
    limit: [
      { when: 'ltfWithConsent', limit: months(6) },
      { when: 'longTermPlacement', limit: months(3) },
      { limit: days(42) },
    ],
    // H for the 2010 text of reg 28(2)(c); M for the 2015 wording of reg 28(3A) (SI 2015/495).
    source: 'CPPCR2010 reg 28(2)(c), 28(3A) (SI 2015/495)',
    confidence: 'M',
  },
  {
    id: ruleId('cla_visit_special'),
    title: 'Placed with a parent or a temporarily approved carer: weekly visits until the first review, then 6 or 4 weeks',
    stage: 'care',
    start: [],
    after: VISIT_RULES,
    when: 'specialVisitPlacement',
    stop: [STATUTORY_VISIT],
    cancel: PLACEMENT_ENDS,
    limit: [
      { when: 'beforeFirstReviewOfPeriod', limit: days(7) },
      { when: 'placedWithParent', limit: days(42) },
      { limit: days(28) },
    ],
    source: 'CPPCR2010 reg 28(3)–(5)',
    confidence: 'H',
  },
];
