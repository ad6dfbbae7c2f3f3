/**
 * Outcomes of the decision points of the journey (ARCHITECTURE §4). Each decision event carries one
 * in `data.outcome`, and the journey machine's guards route on it.
 */

/** MASH / front-door screening of a contact. */
export const SCREENING_OUTCOMES = ['nfa', 'advice', 'earlyHelp', 'referral'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

/** What a social worker decides to do with an accepted referral (WT2023 "response to a referral"). */
export const REFERRAL_OUTCOMES = ['assessment', 'strategy', 'nfa'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

/** Conclusion of a child and family assessment. */
export const ASSESSMENT_OUTCOMES = ['nfa', 'earlyHelp', 'cin', 'strategy', 'care'] as const;
export type AssessmentOutcome = (typeof ASSESSMENT_OUTCOMES)[number];

/** What a strategy discussion decides. */
export const STRATEGY_OUTCOMES = ['s47', 'assessment', 'nfa'] as const;
export type StrategyOutcome = (typeof STRATEGY_OUTCOMES)[number];

/** Outcome of a section 47 enquiry: an ICPC, a child-in-need plan, or no further action. */
export const S47_OUTCOMES = ['icpc', 'cin', 'nfa'] as const;
export type S47Outcome = (typeof S47_OUTCOMES)[number];

/** Outcome of an initial child protection conference. */
export const ICPC_OUTCOMES = ['cpPlan', 'cin', 'nfa'] as const;
export type IcpcOutcome = (typeof ICPC_OUTCOMES)[number];

/** What follows the end of a child protection plan. */
export const CP_PLAN_END_OUTCOMES = ['cin', 'care', 'closed'] as const;
export type CpPlanEndOutcome = (typeof CP_PLAN_END_OUTCOMES)[number];

/** What follows the end of a child-in-need plan. */
export const CIN_PLAN_END_OUTCOMES = ['closed', 'strategy', 'care'] as const;
export type CinPlanEndOutcome = (typeof CIN_PLAN_END_OUTCOMES)[number];

/** Permanence plans (ARCHITECTURE §4 permanence stage). */
export const PERMANENCE_PLANS = ['reunification', 'sgo', 'cao', 'adoption', 'longTermFostering'] as const;
export type PermanencePlan = (typeof PERMANENCE_PLANS)[number];

/** Final orders in care proceedings. */
export const PROCEEDINGS_ORDERS = ['care', 'placement', 'supervision', 'sgo', 'cao', 'none'] as const;
export type ProceedingsOrder = (typeof PROCEEDINGS_ORDERS)[number];

/** Kinds of health assessment of a looked-after child (CPPCR2010 reg 7). */
export const HEALTH_ASSESSMENT_KINDS = ['initial', 'review'] as const;
export type HealthAssessmentKind = (typeof HEALTH_ASSESSMENT_KINDS)[number];

/** Who was visited: a social worker's statutory visit, or a personal adviser's contact with a care leaver. */
export const VISIT_KINDS = ['statutory', 'adviser'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/**
 * How a looked-after child's CAMHS referral ends: `discharged` after treatment, or `leftCare` when the
 * child stops being looked after first (the looked-after children's service ends with care).
 */
export const CAMHS_OUTCOMES = ['discharged', 'leftCare'] as const;
export type CamhsOutcome = (typeof CAMHS_OUTCOMES)[number];
