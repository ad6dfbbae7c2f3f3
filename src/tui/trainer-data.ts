/**
 * What the trainer screen shows, as plain data. The command line computes it in a worker thread
 * (it needs the journey machine and the clock rules, which the terminal UI may not import) and
 * the screens only display it.
 */

/** The filters a trainer chooses a child with. */
export type ChildFilter = 'threePlusWorkers' | 'icpcLate' | 'assessmentOver45' | 'driftedInCare' | 'repeatPlan';

/** The filters with their words, in the order the screen cycles through them. */
export const CHILD_FILTERS: readonly { readonly id: ChildFilter; readonly label: string }[] = [
  { id: 'threePlusWorkers', label: '3+ social workers in a year' },
  { id: 'icpcLate', label: 'ICPC late' },
  { id: 'assessmentOver45', label: 'assessment over 45 working days' },
  { id: 'driftedInCare', label: 'drifted in care' },
  { id: 'repeatPlan', label: 'repeat CP plan' },
];

/** One child the survey found, with why it matches. */
export interface ChildSummary {
  readonly child: string;
  /** First contact, YYYY-MM-DD. */
  readonly firstContact: string;
  readonly events: number;
  /** Most different social workers in any 12 months. */
  readonly workersInAYear: number;
  /** Clocks that were late or are overdue at the end of the run. */
  readonly lateClocks: number;
  readonly finalState: string;
  readonly filters: readonly ChildFilter[];
}

/** Children matching each filter, worst first (most late clocks), at most a screenful or two each. */
export interface ChildSurvey {
  readonly children: number;
  /** How many children match each filter (the lists hold the worst of them). */
  readonly counts: Readonly<Record<ChildFilter, number>>;
  readonly matches: Readonly<Record<ChildFilter, readonly ChildSummary[]>>;
}

/** Why a step deserves attention: the drift a trainer points at. */
export type StepMark = 'workerChanged' | 'workerReleased' | 'unallocated' | 'oversightMissed';

/** A statutory clock open at a step: when it is due and how many working days are left (negative: overdue). */
export interface OpenClock {
  readonly rule: string;
  readonly due: string;
  readonly workingDaysLeft: number;
}

/** One event of a child's journey with the state it led to and the clocks then open. */
export interface TimelineStep {
  readonly day: string;
  readonly event: string;
  /** The event type alone, to line two timelines up. */
  readonly type: string;
  readonly state: string;
  readonly marks: readonly StepMark[];
  /** Days without an allocated worker so far. */
  readonly unallocatedDays: number;
  readonly openClocks: readonly OpenClock[];
}

/** One child's whole journey in one scenario. */
export interface ChildTimeline {
  readonly child: string;
  readonly scenario: string;
  readonly steps: readonly TimelineStep[];
  readonly lateClocks: number;
  readonly unallocatedDays: number;
  readonly workerChanges: number;
  readonly missedOversight: number;
}
