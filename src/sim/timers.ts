/**
 * The kinds of timer a case can have pending in the kernel. Each kind has its own cancellation key
 * (slot × TIMER_KINDS + kind), so rescheduling a visit never disturbs a pending review.
 */
export const Timer = {
  /** The next step of the case's main line of work (assessment, s47, plan, exit …). */
  main: 0,
  visit: 1,
  review: 2,
  admin: 3,
  health: 4,
  placement: 5,
  missing: 6,
  court: 7,
  exit: 8,
  birthday: 9,
  pathway: 10,
  coreGroup: 11,
  /** A case left by a worker who went is reallocated after the team's gap (mechanism 3). */
  reallocate: 12,
  /** A looked-after child's CAMHS referral falls due, or their course of treatment ends. */
  camhs: 13,
} as const;
export type TimerKind = (typeof Timer)[keyof typeof Timer];
export const TIMER_KINDS = 14;

/** Kernel priorities: within a day, staff changes first, then the front door, then returning children, then case work. */
export const Priority = {
  workforce: 0,
  dayStart: 1,
  recontact: 2,
  caseTimer: 3,
  restructure: 4,
} as const;
/** How many kernel priorities there are (the day queue keeps a list for each). */
export const PRIORITIES = 5;

/** Packs a case slot and timer kind into one kernel payload (and its key). */
export function timerPayload(slot: number, kind: TimerKind): number {
  return slot * TIMER_KINDS + kind;
}
