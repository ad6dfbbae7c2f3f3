/**
 * The evaluator's per-child state: open clocks, the child context for conditions, and progress towards
 * eligibility. Plain mutable data (ARCHITECTURE.md D11: no immutability on the hot path).
 */
import type { SimDay } from '../domain/time.ts';
import { createChildContext } from './child-context.ts';
import type { ChildContext } from './child-context.ts';
import { createEligibilityTracker } from './eligibility.ts';
import type { EligibilityTracker } from './eligibility.ts';

/** A running clock: the rule's index in the rule set, its start and due days. */
export interface OpenClock {
  readonly rule: number;
  readonly start: SimDay;
  readonly due: SimDay;
}

/** Everything the evaluator keeps for one child between events. */
export interface ClockState {
  /** At most one open clock per rule: a new start replaces the open one. */
  readonly open: OpenClock[];
  readonly ctx: ChildContext;
  readonly eligibility: EligibilityTracker;
}

/**
 * Creates the clock state of a child with no events yet.
 * @example const state = createClockState();
 */
export function createClockState(): ClockState {
  return { open: [], ctx: createChildContext(), eligibility: createEligibilityTracker() };
}
