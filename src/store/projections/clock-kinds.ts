/**
 * Which KPI each statutory clock feeds. A clock is classified by its rule id (statutory-rules.md §1);
 * rules with no KPI of their own still count towards drift (days overdue, open clocks past due).
 */
import type { RuleSet } from '../../rules/index.ts';

/** The KPI families of clocks. */
export const CLOCK_KIND = {
  other: 0, referralDecision: 1, assessment: 2, assessmentFromReferral: 3, icpc: 4, cpReview: 5,
  claReview: 6, claVisit: 7, iha: 8, returnInterview: 9, proceedings: 10, adoptionA1: 11, adoptionA2: 12, pathwayPlan: 13,
  pfFirstVisit: 14, pfVisit: 15,
} as const;
export type ClockKind = (typeof CLOCK_KIND)[keyof typeof CLOCK_KIND];

const BY_RULE: Readonly<Record<string, ClockKind>> = {
  referral_decision_1wd: CLOCK_KIND.referralDecision,
  assessment_45wd: CLOCK_KIND.assessment,
  assessment_45wd_referral: CLOCK_KIND.assessmentFromReferral,
  icpc_15wd: CLOCK_KIND.icpc,
  // "CPPs reviewed within timescales" looks at every review of the plan (CINguide; statutory-rules.md rcpc rows).
  rcpc_first_3m: CLOCK_KIND.cpReview,
  rcpc_subsequent_6m: CLOCK_KIND.cpReview,
  cla_review_1_20wd: CLOCK_KIND.claReview,
  cla_review_2_3m: CLOCK_KIND.claReview,
  cla_review_n_6m: CLOCK_KIND.claReview,
  cla_visit_1w: CLOCK_KIND.claVisit,
  cla_visit_6w_year1: CLOCK_KIND.claVisit,
  cla_visit_after_year1: CLOCK_KIND.claVisit,
  cla_visit_special: CLOCK_KIND.claVisit,
  iha_20wd: CLOCK_KIND.iha,
  missing_rhi_72h: CLOCK_KIND.returnInterview,
  care_proceedings_26w: CLOCK_KIND.proceedings,
  scorecard_A1: CLOCK_KIND.adoptionA1,
  scorecard_A2: CLOCK_KIND.adoptionA2,
  pathway_plan_review_6m: CLOCK_KIND.pathwayPlan,
  pf_first_visit_7wd: CLOCK_KIND.pfFirstVisit,
  pf_visits: CLOCK_KIND.pfVisit,
};

/** The lookup built once per projection: kind by rule index (decided clocks and open clocks carry the index). */
export interface ClockKinds {
  readonly byIndex: Uint8Array;
}

/**
 * Classifies every rule of a rule set; rules not named above are `other`.
 * @example clockKinds(rules).byIndex[rules.compiled.orderOf.get(ruleId('icpc_15wd')) ?? -1] === CLOCK_KIND.icpc
 */
export function clockKinds(rules: RuleSet): ClockKinds {
  const byIndex = new Uint8Array(rules.rules.length);
  rules.rules.forEach((rule, i) => {
    byIndex[i] = BY_RULE[rule.id] ?? CLOCK_KIND.other;
  });
  return { byIndex };
}
