/**
 * Child protection and emergency protection timescales (statutory-rules.md §1).
 *
 * The s47 and ICPC clocks start on the day of the strategy discussion that started the enquiry
 * (DfE `S47ActualStartDate`; WT2015/2018: "or the last strategy discussion if more than one has been
 * held"), hence `anchor: 'lastStrategyDiscussion'`.
 */
import { DEFAULT_LOCAL_RULES, ruleId } from './rule-types.ts';
import type { TimescaleRule } from './rule-types.ts';
import { STATUTORY_VISIT, days, months, on, onIn, onNotIn, workingDays } from './catalogue-helpers.ts';

const CP_PLAN_ENDS = [on('cpPlan.ended'), on('case.closed')];

/** Rules of the child protection stage, from strategy discussion to review conferences and visits. */
export const CHILD_PROTECTION_RULES: readonly TimescaleRule[] = [
  {
    id: ruleId('strategy_discussion_local'),
    title: 'Strategy discussion held within the local number of working days of the decision to hold one',
    stage: 'childProtection',
    // No national number ("immediately" / "as soon as possible"); local procedures often say 1 working day.
    start: [
      onIn('referral.accepted', 'outcome', ['strategy']),
      onIn('assessment.completed', 'outcome', ['strategy']),
      onIn('cinPlan.ended', 'outcome', ['strategy']),
    ],
    stop: [on('strategy.held')],
    cancel: [on('case.closed')],
    limit: workingDays(DEFAULT_LOCAL_RULES.strategyWorkingDays),
    local: 'strategyWorkingDays',
    source: 'WT2018/WT2023 "Strategy discussion" (statutory-rules.md §1 strategy_discussion_prompt)',
    confidence: 'M',
  },
  {
    id: ruleId('s47_before_icpc'),
    title: 'Section 47 enquiry completed within the local number of working days of the strategy discussion',
    stage: 'childProtection',
    start: [on('s47.started')],
    anchor: 'lastStrategyDiscussion',
    stop: [on('s47.completed')],
    cancel: [on('case.closed')],
    limit: workingDays(DEFAULT_LOCAL_RULES.s47WorkingDays),
    local: 's47WorkingDays',
    source: 'WT2018/WT2023 (no national limit; local manuals 10–15 working days; census query 8675Q)',
    confidence: 'M',
  },
  {
    id: ruleId('icpc_15wd'),
    title: 'Initial child protection conference within 15 working days of the strategy discussion',
    stage: 'childProtection',
    start: [on('s47.started')],
    anchor: 'lastStrategyDiscussion',
    stop: [on('icpc.held')],
    // A s47 that ends without an ICPC (ICPCnotRequired) ends the duty.
    cancel: [onIn('s47.completed', 'outcome', ['cin', 'nfa']), on('case.closed')],
    limit: workingDays(15),
    source: 'WT2015, WT2018, WT2023 "Initial child protection conferences"; CINguide (S47ActualStartDate → DateOfInitialCPC)',
    confidence: 'H',
  },
  {
    id: ruleId('core_group_10wd'),
    title: 'First core group meeting within 10 working days of the ICPC',
    stage: 'childProtection',
    // The CP plan starts on the ICPC date (census rule 2885), so the plan start is the ICPC day.
    start: [on('cpPlan.started')],
    stop: [on('coreGroup.held')],
    cancel: CP_PLAN_ENDS,
    limit: workingDays(10),
    source: 'WT2015/WT2018 flow chart after the ICPC; local procedures',
    confidence: 'M',
  },
  {
    id: ruleId('rcpc_first_3m'),
    title: 'First child protection review conference within 3 months of the ICPC',
    stage: 'childProtection',
    start: [on('cpPlan.started')],
    stop: [on('cpReview.held')],
    // A plan that ends before the first review is due is left out (§1 notes): cancel before due drops it.
    cancel: CP_PLAN_ENDS,
    limit: months(3),
    source: 'WT2015/WT2018/WT2023 "Child protection review conference"',
    confidence: 'H',
  },
  {
    id: ruleId('rcpc_subsequent_6m'),
    title: 'Later child protection review conferences at most 6 months apart',
    stage: 'childProtection',
    start: [],
    // Chains from the ACTUAL previous review: an early review pulls the next due date forward, a late
    // review is one breach and the next is due 6 months after it (statutory-rules.md §2 point 5).
    after: [ruleId('rcpc_first_3m'), ruleId('rcpc_subsequent_6m')],
    stop: [on('cpReview.held')],
    // A new plan restarts at the first review.
    cancel: [...CP_PLAN_ENDS, on('cpPlan.started')],
    limit: months(6),
    source: 'WT2015/WT2018/WT2023 "Child protection review conference"',
    confidence: 'H',
  },
  {
    id: ruleId('cp_visits_local'),
    title: 'Child on a protection plan visited at the local interval',
    stage: 'childProtection',
    start: [on('cpPlan.started')],
    after: [ruleId('cp_visits_local')],
    stop: [STATUTORY_VISIT],
    cancel: CP_PLAN_ENDS,
    limit: workingDays(DEFAULT_LOCAL_RULES.cpVisitWorkingDays),
    local: 'cpVisitWorkingDays',
    source: 'Local procedures (WT sets no national frequency); Annex A List 7 "Date child was last seen"',
    confidence: 'M',
  },
  {
    id: ruleId('police_protection_72h'),
    title: 'Police protection lasts at most 72 hours',
    stage: 'childProtection',
    // SSDA903 legal status L1. At day resolution 72 hours is 3 calendar days.
    start: [onIn('care.entered', 'legalStatus', ['L1']), onIn('legalStatus.changed', 'legalStatus', ['L1'])],
    stop: [onNotIn('legalStatus.changed', 'legalStatus', ['L1']), on('care.left')],
    cancel: [],
    limit: days(3),
    source: 'CA1989 s.46(6); SSDA903 legal status L1',
    confidence: 'H',
  },
  {
    id: ruleId('epo_8d'),
    title: 'An emergency protection order lasts at most 8 days, extended once by up to 7',
    stage: 'childProtection',
    // SSDA903 legal status L2. There is no extension event, so the clock uses the legal maximum of
    // 8 + 7 = 15 days; the DfE/D2I validator's 21-day tolerance (rule 362) is a data-quality check only.
    start: [onIn('care.entered', 'legalStatus', ['L2']), onIn('legalStatus.changed', 'legalStatus', ['L2'])],
    stop: [onNotIn('legalStatus.changed', 'legalStatus', ['L2']), on('care.left')],
    cancel: [],
    limit: days(15),
    source: 'CA1989 s.45(1), 45(5)–(6); 903guide validation rule 362',
    confidence: 'H',
  },
  {
    id: ruleId('cao_7d'),
    title: 'A child assessment order lasts at most 7 days',
    stage: 'childProtection',
    // SSDA903 legal status L3.
    start: [onIn('care.entered', 'legalStatus', ['L3']), onIn('legalStatus.changed', 'legalStatus', ['L3'])],
    stop: [onNotIn('legalStatus.changed', 'legalStatus', ['L3']), on('care.left')],
    cancel: [],
    limit: days(7),
    source: 'CA1989 s.43(5); 903guide validation rule 363',
    confidence: 'H',
  },
];
