/**
 * The evaluator's per-child state: open clocks, the child context for conditions, and progress towards
 * eligibility. Plain mutable data (ARCHITECTURE.md D11: no immutability on the hot path).
 *
 * Why one record: every event of a child reads its open clocks, its context and its eligibility
 * progress, and a national run holds many thousands of live children, so their state rarely sits in the
 * processor's cache. One record is one block of memory to fetch; three linked records are three. The
 * record is itself the child's `ChildContext` and `EligibilityTracker`.
 */
import type { ChildContext, PlacementContext } from './child-context.ts';
import type { LegalStatus } from '../domain/codes/ssda903.ts';
import type { SimDay } from '../domain/time.ts';
import type { EligibilityTracker } from './eligibility.ts';

/** Numbers per open clock in `ClockState.open`: the rule's index in the rule set, the start day and the due day. */
export const OPEN_STRIDE = 3;

/** Everything the evaluator keeps for one child between events. */
export interface ClockState extends ChildContext, EligibilityTracker {
  /**
   * The open clocks, at most one per rule (a new start replaces the open one), as flat triples
   * `rule, start, due, rule, start, due, …` in one array of whole numbers, of which the first
   * `openLength` numbers are in use. Reading a child's clocks touches one block of memory instead of an
   * object per clock, and the array never shrinks, so opening a clock allocates nothing once the child
   * has had as many clocks open at once before.
   */
  readonly open: number[];
  /** How many numbers at the start of `open` hold open clocks (OPEN_STRIDE per clock). */
  openLength: number;
  /**
   * A filter over `open`: bit `rule & 31` is set for every open clock's rule. A clear bit proves that
   * no clock of the rule is open, so most stops and cancels are settled without reading `open`.
   */
  openBits: number;
}

/**
 * The clock state as a class, so that a record that holds more per child (the KPI projection's) can
 * extend it and be one block of memory rather than two linked ones.
 */
export class ClockRecord implements ClockState {
  // Room for four clocks from the start: a literal's elements are copied once, at their exact size, on
  // the first write, where the first push onto an empty array would reserve room for twenty numbers.
  readonly open: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  openLength = 0;
  openBits = 0;
  dob: SimDay | undefined = undefined;
  lookedAfter = false;
  legalStatus: LegalStatus | undefined = undefined;
  reviewHeldInPeriod = false;
  placement: PlacementContext | undefined = undefined;
  adoptionReviewHeld = false;
  lastStrategyDay: SimDay | undefined = undefined;
  pathwayPlanMade = false;
  privateFosteringFrom: SimDay | undefined = undefined;
  lastEventDay: SimDay | undefined = undefined;
  qualifyingDays = 0;
  eligibleFound = false;
  birthdays: EligibilityTracker['birthdays'] = undefined;
}

/**
 * Creates the clock state of a child with no events yet: the values of createChildContext, and an
 * eligibility tracker that has taken nothing in.
 * @example const state = createClockState();
 */
export function createClockState(): ClockState {
  return new ClockRecord();
}
