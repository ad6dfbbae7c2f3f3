/**
 * Leaving-care timescales (CPPCR2010 reg 40–44; CLR2010 reg 7; statutory-rules.md §1).
 */
import { ruleId } from './rule-types.ts';
import type { TimescaleRule } from './rule-types.ts';
import { months, on } from './catalogue-helpers.ts';

const LEAVING_CARE_ENDS = [on('careLeaver.closed'), on('case.closed')];

/** Rules of the leaving-care stage. */
export const LEAVING_CARE_RULES: readonly TimescaleRule[] = [
  {
    id: ruleId('needs_assessment_3m'),
    title: 'Needs assessment (and pathway plan) within 3 months of becoming an eligible child',
    stage: 'leavingCare',
    // The day the young person becomes an eligible child (looked after, 16 or 17, 13 weeks looked after
    // since 14, short breaks excluded) usually falls between events, so the evaluator derives it
    // (eligibility.ts). Not applicable without a date of birth.
    start: [],
    startsOn: 'becomingEligibleChild',
    // A pathway plan already in place means the assessment was done.
    when: 'noPathwayPlanYet',
    stop: [on('pathwayPlan.made')],
    cancel: LEAVING_CARE_ENDS,
    limit: months(3),
    source: 'CPPCR2010 reg 42(1), 43; CA1989 Sch 2 para 19B; CPPCR2010 reg 40 (eligible child)',
    confidence: 'H',
  },
  {
    id: ruleId('pathway_plan_review_6m'),
    title: 'Pathway plan reviewed at least every 6 months',
    stage: 'leavingCare',
    start: [on('pathwayPlan.made')],
    after: [ruleId('pathway_plan_review_6m')],
    stop: [on('pathwayPlan.reviewed')],
    cancel: LEAVING_CARE_ENDS,
    limit: months(6),
    source: 'CPPCR2010 reg 44 (eligible children); CLR2010 reg 7 (relevant and former relevant)',
    confidence: 'M',
  },
];
