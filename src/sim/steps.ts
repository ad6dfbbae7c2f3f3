/** What the main timer of a case does when it fires (the simulator's own flow, not the rulebook). */
export const Step = {
  none: 0,
  referralDecision: 1,
  assessmentStart: 2,
  assessmentWork: 3,
  authorise: 4,
  strategy: 5,
  s47Work: 6,
  icpc: 7,
  close: 8,
  cinPlanStart: 9,
  careEntry: 10,
  matching: 11,
} as const;
export type StepCode = (typeof Step)[keyof typeof Step];
