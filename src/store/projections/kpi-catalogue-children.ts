/**
 * KPI definitions of the front door, assessment, child protection and children in need
 * (statutory-rules.md §1 and §4; DfE "Characteristics of children in need" tables).
 */
import type { KpiDefinition } from './kpi-catalogue.ts';
import { ALL_ON_TIME } from './kpi-expectation.ts';

/** Front door to children in need, in report order. */
export const CHILDREN_KPIS: readonly KpiDefinition[] = [
  {
    id: 'contacts', label: 'Contacts', group: 'frontDoor', unit: 'count',
    definition: 'Number of contact.received events dated in the year.',
    source: 'Annex A List 1 (contacts)',
  },
  {
    id: 'referrals', label: 'Referrals', group: 'frontDoor', unit: 'count',
    definition: 'Number of referral.accepted events dated in the year (a child can have several).',
    source: 'statutory-rules.md §4 "Referrals"; CIN census CINreferralDate',
  },
  {
    id: 'referralDecisionWithin1WorkingDayPct', label: 'Referral decisions within 1 working day', group: 'frontDoor', unit: 'percent',
    expectation: { text: 'a decision on next steps within 1 working day of receipt (WT2023)', ...ALL_ON_TIME },
    definition: 'Of referral_decision_1wd clocks stopped in the year (screening decision or referral accepted), the percentage met.',
    source: 'statutory-rules.md §1 referral_decision_1wd (local KPI; no DfE table)',
  },
  {
    id: 'reReferralsWithin12MonthsPct', label: 'Re-referrals within 12 months', group: 'frontDoor', unit: 'percent',
    definition: 'Referrals in the year whose previous referral (data.lastReferral) was at most 12 calendar months earlier, as a percentage of all referrals in the year.',
    source: 'statutory-rules.md §4 "Re-referral" (DfE, % of referrals)',
  },
  {
    id: 'assessmentsWithin45WorkingDaysPct', label: 'Assessments within 45 working days', group: 'assessment', unit: 'percent',
    expectation: { text: 'every assessment concluded within 45 working days (WT2023; a maximum)', ...ALL_ON_TIME },
    definition: 'Of assessments completed in the year (assessment_45wd clocks stopped, start → authorisation), the percentage within 45 working days.',
    source: 'statutory-rules.md §1 assessment_45wd; DfE CIN table C2',
  },
  {
    id: 'assessmentsWithin45WorkingDaysOfReferralPct', label: 'Assessments within 45 working days of the referral', group: 'assessment', unit: 'percent',
    expectation: { text: 'every assessment concluded within 45 working days of the referral (WT2023)', ...ALL_ON_TIME },
    definition: 'Of assessment_45wd_referral clocks stopped in the year (referral or strategy decision → completion), the percentage within 45 working days.',
    source: 'statutory-rules.md §1 assessment_45wd (guidance clock)',
  },
  {
    id: 'assessmentMedianWorkingDays', label: 'Median working days to complete an assessment', group: 'assessment', unit: 'workingDays',
    expectation: { text: 'at most 45 working days (WT2023)', target: 45, direction: 'atMost' },
    definition: 'Median of the working days taken by assessments completed in the year (DfE clock; same day = 0); an even count takes the mean of the middle two.',
    source: 'statutory-rules.md §1 assessment_45wd and §4; DfE CIN table C2 (median)',
  },
  {
    id: 'assessmentsNoFurtherActionPct', label: 'Assessments ending in no further action', group: 'assessment', unit: 'percent',
    definition: 'Assessments completed in the year with outcome nfa or earlyHelp, as a percentage of all assessments completed in the year.',
    source: 'calibration/west-sussex.md §1 ("assessments ending in no further action 75%"); DfE not_in_need_percent',
  },
  {
    id: 'section47Enquiries', label: 'Section 47 enquiries', group: 'childProtection', unit: 'count',
    definition: 'Number of s47.started events dated in the year.',
    source: 'DfE CIN table D1 (section 47 enquiries); Annex A List 5',
  },
  {
    id: 'icpcWithin15WorkingDaysPct', label: 'ICPCs within 15 working days', group: 'childProtection', unit: 'percent',
    expectation: { text: 'all within 15 working days of the strategy discussion (WT2023)', ...ALL_ON_TIME },
    definition: 'Of ICPCs held in the year (icpc_15wd clocks stopped), the percentage within 15 working days of the strategy discussion that started the s47.',
    source: 'statutory-rules.md §1 icpc_15wd; DfE CIN table C4',
  },
  {
    id: 'cpPlansAt31March', label: 'Child protection plans at 31 March', group: 'childProtection', unit: 'count',
    definition: 'Children between cpPlan.started and cpPlan.ended after all events of 31 March.',
    source: 'DfE CIN table D3 (children on a plan at 31 March)',
  },
  {
    id: 'cpPlansPer10k', label: 'Child protection plans per 10,000 children', group: 'childProtection', unit: 'per10k',
    definition: 'Child protection plans at 31 March per 10,000 children aged 0–17 in the area that year.',
    source: 'statutory-rules.md §4 (rates per 10,000 children aged 0–17)',
  },
  {
    id: 'cpPlansSecondOrSubsequentPct', label: 'Second or subsequent child protection plans', group: 'childProtection', unit: 'percent',
    definition: 'Plans started in the year for a child with a previous plan (data.previousPlans ≥ 1), as a percentage of plans started in the year.',
    source: 'statutory-rules.md §4 "Second or subsequent CP plan"; CIN NumberOfPreviousCPP',
  },
  {
    id: 'cpPlansNeglectPct', label: 'Child protection plans for neglect', group: 'childProtection', unit: 'percent',
    definition: 'Plans started in the year whose initial category of abuse (data.category) is NEG, as a percentage of plans started in the year (multiple categories, MUL, count in none of the four).',
    source: 'CIN InitialCategoryOfAbuse; DfE CIN table D2; calibration/west-sussex.md §1 (CP plan categories)',
  },
  {
    id: 'cpPlansPhysicalPct', label: 'Child protection plans for physical abuse', group: 'childProtection', unit: 'percent',
    definition: 'Plans started in the year whose initial category of abuse (data.category) is PHY, as a percentage of plans started in the year (multiple categories, MUL, count in none of the four).',
    source: 'CIN InitialCategoryOfAbuse; DfE CIN table D2; calibration/west-sussex.md §1 (CP plan categories)',
  },
  {
    id: 'cpPlansSexualPct', label: 'Child protection plans for sexual abuse', group: 'childProtection', unit: 'percent',
    definition: 'Plans started in the year whose initial category of abuse (data.category) is SAB, as a percentage of plans started in the year (multiple categories, MUL, count in none of the four).',
    source: 'CIN InitialCategoryOfAbuse; DfE CIN table D2; calibration/west-sussex.md §1 (CP plan categories)',
  },
  {
    id: 'cpPlansEmotionalPct', label: 'Child protection plans for emotional abuse', group: 'childProtection', unit: 'percent',
    definition: 'Plans started in the year whose initial category of abuse (data.category) is EMO, as a percentage of plans started in the year (multiple categories, MUL, count in none of the four).',
    source: 'CIN InitialCategoryOfAbuse; DfE CIN table D2; calibration/west-sussex.md §1 (CP plan categories)',
  },
  {
    id: 'cpPlansEndedWithin3MonthsPct', label: 'Child protection plans ended within 3 months', group: 'childProtection', unit: 'percent',
    definition: 'Plans ended in the year that lasted at most 3 calendar months (end ≤ start + 3 months), as a percentage of plans ended in the year.',
    source: 'calibration/west-sussex.md §1 (plans ending at the first review); DfE CIN table D5 (duration of ended plans)',
  },
  {
    id: 'cpPlansLasting2YearsPct', label: 'Child protection plans lasting 2 years or more', group: 'childProtection', unit: 'percent',
    definition: 'Plans open at 31 March that started on or before 31 March two years earlier, as a percentage of plans open at 31 March.',
    source: 'statutory-rules.md §4 "CP plans lasting 2 years or more" (DfE table D5)',
  },
  {
    id: 'cpReviewsOnTimePct', label: 'Child protection plans reviewed within timescales', group: 'childProtection', unit: 'percent',
    expectation: { text: 'first review within 3 months, then at most every 6 months (WT2023)', ...ALL_ON_TIME },
    definition: 'Of plans that ended in the year or were open at 31 March and had at least one review conference fall due, the percentage whose rcpc_first_3m and rcpc_subsequent_6m clocks were all met.',
    source: 'statutory-rules.md §1 rcpc_first_3m, rcpc_subsequent_6m; CINguide "KI – CPPs reviewed within timescales"',
  },
  {
    id: 'cinAt31March', label: 'Children in need at 31 March', group: 'childInNeed', unit: 'count',
    definition: 'Open episodes after all events of 31 March: from referral.accepted until case.closed or careLeaver.closed (includes children on plans, looked after and care leavers).',
    source: 'statutory-rules.md §4 "Children in need at 31 March"',
  },
  {
    id: 'cinPer10k', label: 'Children in need per 10,000 children', group: 'childInNeed', unit: 'per10k',
    definition: 'Children in need at 31 March per 10,000 children aged 0–17 in the area that year.',
    source: 'statutory-rules.md §4 (rates per 10,000 children aged 0–17)',
  },
];
