/** Workforce vocabulary: team kinds, why staff leave, and the tasks oversight can catch missing. */

/** The teams a child's case passes through (ARCHITECTURE D6; issue "workforce"). */
export const TEAM_KINDS = ['frontDoor', 'assessment', 'protection', 'lookedAfter', 'leavingCare', 'adoption'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

/** Why a member of staff left a post. */
export const LEAVE_REASONS = ['resigned', 'agencyEnded', 'restructure'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

/**
 * Statutory tasks that can fall due and be missed until supervision or a review catches them
 * ("management oversight lacks rigour", seeds/002).
 */
export const OVERSIGHT_TASKS = [
  'visit', 'assessmentAuthorisation', 'coreGroup', 'cinReview', 'carePlan', 'placementPlan',
  'placementNotification', 'healthAssessment', 'returnInterview', 'pathwayPlan',
] as const;
export type OversightTask = (typeof OVERSIGHT_TASKS)[number];
