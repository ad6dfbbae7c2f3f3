/**
 * A clock: one instance of a timescale for one child, and how it ended (ARCHITECTURE.md D5).
 * Breaches are data (house-style §6 rule 6): a late clock is a value, never an exception.
 */
import type { SimDay } from '../domain/time.ts';
import type { RuleId } from './rule-types.ts';

/**
 * `met`: stopped on or before its due day. `late`: stopped after it, or cancelled after it (the duty
 * fell due and was not done while it applied; then there is no stop). `open`: still running and not
 * past due on the as-of day. `overdue`: still running and past due on the as-of day.
 */
export type ClockStatus = 'met' | 'late' | 'open' | 'overdue';

/** One clock of one rule for one child. */
export interface Clock {
  readonly ruleId: RuleId;
  readonly start: SimDay;
  /** The last day on which the stop event is on time. */
  readonly due: SimDay;
  /** The day of the stop event (absent for open, overdue and cancelled-late clocks). */
  readonly stop?: SimDay;
  readonly status: ClockStatus;
  /** Working days in (start, stop] when stopped (0 for a stop on or before the start day). */
  readonly workingDays?: number;
}

const STATUS_RANK: { readonly [S in ClockStatus]: number } = { met: 0, late: 1, open: 2, overdue: 3 };

/**
 * Orders clocks by start day, then catalogue order of their rule, then due day (then stop day and status,
 * so the order is total).
 * @example clocks.sort((a, b) => compareClocks(a, b, rules.compiled.orderOf))
 */
export function compareClocks(a: Clock, b: Clock, orderOf: ReadonlyMap<RuleId, number>): number {
  return a.start - b.start
    || (orderOf.get(a.ruleId) ?? Infinity) - (orderOf.get(b.ruleId) ?? Infinity)
    || a.due - b.due
    || (a.stop ?? Infinity) - (b.stop ?? Infinity)
    || STATUS_RANK[a.status] - STATUS_RANK[b.status];
}
