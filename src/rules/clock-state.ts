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

/** Open clocks held in the record itself; a child with more open at once keeps the rest in `more`. */
export const INLINE_CLOCKS = 4;

/** Everything the evaluator keeps for one child between events. */
export interface ClockState extends ChildContext, EligibilityTracker {
  /**
   * The open clocks, at most one per rule (a new start replaces the open one): clock i is its rule's
   * index in the rule set, its start day and its due day (read them with clockRule / clockStart /
   * clockDue). The first INLINE_CLOCKS are fields of the record (rule0, start0, due0, …): in a baseline
   * run a child has four or fewer open at 95 events in 100, so reading them touches no other object (an array
   * was two more, the array and its elements, mostly cache misses at national scale).
   */
  openCount: number;
  rule0: number; start0: number; due0: number;
  rule1: number; start1: number; due1: number;
  rule2: number; start2: number; due2: number;
  rule3: number; start3: number; due3: number;
  /** Clocks INLINE_CLOCKS and up, as flat triples `rule, start, due, …`; null until a child first needs it. */
  more: number[] | null;
  /**
   * A filter over the open clocks: bit `rule & 31` is set for every open clock's rule. A clear bit
   * proves that no clock of the rule is open, so most stops and cancels are settled without a search.
   */
  openBits: number;
}

/** Part `part` (0 rule, 1 start day, 2 due day) of open clock i (i < openCount). */
function clockPart(s: ClockState, i: number, part: 0 | 1 | 2): number {
  switch (i * 3 + part) {
    case 0: return s.rule0;
    case 1: return s.start0;
    case 2: return s.due0;
    case 3: return s.rule1;
    case 4: return s.start1;
    case 5: return s.due1;
    case 6: return s.rule2;
    case 7: return s.start2;
    case 8: return s.due2;
    case 9: return s.rule3;
    case 10: return s.start3;
    case 11: return s.due3;
    default: return (s.more as number[])[(i - INLINE_CLOCKS) * 3 + part] as number;
  }
}

/** The rule of open clock i (i < openCount). */
export function clockRule(s: ClockState, i: number): number {
  return clockPart(s, i, 0);
}

/** The start day of open clock i. */
export function clockStart(s: ClockState, i: number): SimDay {
  return clockPart(s, i, 1) as SimDay;
}

/** The due day of open clock i. */
export function clockDue(s: ClockState, i: number): SimDay {
  return clockPart(s, i, 2) as SimDay;
}

/** Writes open clock i (i ≤ openCount: an existing clock or the next one); the caller keeps openCount and openBits. */
export function setClock(s: ClockState, i: number, rule: number, start: number, due: number): void {
  switch (i) {
    case 0: s.rule0 = rule; s.start0 = start; s.due0 = due; return;
    case 1: s.rule1 = rule; s.start1 = start; s.due1 = due; return;
    case 2: s.rule2 = rule; s.start2 = start; s.due2 = due; return;
    case 3: s.rule3 = rule; s.start3 = start; s.due3 = due; return;
    default: {
      // Written in order (i never passes openCount), so the array stays packed.
      const more = (s.more ??= []);
      const k = (i - INLINE_CLOCKS) * 3;
      more[k] = rule;
      more[k + 1] = start;
      more[k + 2] = due;
    }
  }
}

/**
 * The clock state as one object with every field set at creation, so every record has the same shape.
 * (The KPI projection keeps the same state in rows of a typed array instead: store/projections/clock-row.ts.)
 */
export class ClockRecord implements ClockState {
  // Declared in the order an event reads them (V8 lays fields out in declaration order): what every
  // event reads first — the eligibility check, the open-clock filter and the first clocks — shares
  // the record's first cache lines.
  lastEventDay: SimDay | undefined = undefined;
  eligibleFound = false;
  lookedAfter = false;
  legalStatus: LegalStatus | undefined = undefined;
  openBits = 0;
  openCount = 0;
  rule0 = 0; start0 = 0; due0 = 0;
  rule1 = 0; start1 = 0; due1 = 0;
  rule2 = 0; start2 = 0; due2 = 0;
  rule3 = 0; start3 = 0; due3 = 0;
  more: number[] | null = null;
  qualifyingDays = 0;
  birthdays: EligibilityTracker['birthdays'] = undefined;
  dob: SimDay | undefined = undefined;
  reviewHeldInPeriod = false;
  placement: PlacementContext | undefined = undefined;
  adoptionReviewHeld = false;
  lastStrategyDay: SimDay | undefined = undefined;
  pathwayPlanMade = false;
  privateFosteringFrom: SimDay | undefined = undefined;
}

/**
 * Creates the clock state of a child with no events yet: the values of createChildContext, and an
 * eligibility tracker that has taken nothing in.
 * @example const state = createClockState();
 */
export function createClockState(): ClockState {
  return new ClockRecord();
}
