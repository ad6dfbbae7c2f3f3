/**
 * The mutable state of one KPI projection: counters, stocks, live children and staff, and where the
 * stream is in time. The projection is a fold (ARCHITECTURE.md D7): this record is its accumulator,
 * updated in place because it runs for every event of a national run (D11, §7).
 */
import type { ChildId } from '../../domain/ids.ts';
import type { SimDay } from '../../domain/time.ts';
import type { ClockSink, RuleSet } from '../../rules/index.ts';
import type { ChildState } from './child-state.ts';
import type { ChildRows } from './child-rows.ts';
import type { ClockKinds } from './clock-kinds.ts';
import type { ReportPeriods } from './report-periods.ts';
import type { Stocks } from './stocks.ts';
import type { Tally } from './tally.ts';
import type { WorkforceState } from './workforce-tracker.ts';

/** How the children of a stream are found: not yet known, by the producer's handle, by id. */
export const KeyedBy = { unknown: 0, handle: 1, id: 2 } as const;
export type KeyedBy = (typeof KeyedBy)[keyof typeof KeyedBy];

/** Everything the projection folds events into. */
export interface KpiState {
  readonly rules: RuleSet;
  readonly kinds: ClockKinds;
  readonly periods: ReportPeriods;
  readonly population: (yearIndex: number) => number;
  readonly tally: Tally;
  readonly stocks: Stocks;
  /**
   * Live per-child state, released when the case closes: a row per child (child-rows.ts), the row being
   * the producer's handle for a stream with handles (kpi-projection.ts apply).
   */
  readonly rows: ChildRows;
  /** The row of each live child by id, for a stream without handles. */
  readonly rowOf: Map<ChildId, number>;
  /** How the stream's child events find their child: one stream must not mix the two (a child would be split). */
  keyedBy: KeyedBy;
  readonly workforce: WorkforceState;
  /** Receives every clock the evaluator decides (clock-tally.ts); made once, so applying an event allocates nothing. */
  readonly sink: ClockSink;
  /** The child whose event is being applied (the clocks `sink` receives are theirs). */
  current: ChildState | undefined;
  /** Day of the latest event. */
  day: SimDay;
  /** Report month of `day`: −1 before the report (warm-up), 12 × years after it. */
  month: number;
  /** Start of the current year's row in `tally.year`, or −1 outside the report (flows are not counted). */
  yearRow: number;
  /** Start of the current month's row in `tally.month`, or −1 outside the report. */
  monthRow: number;
  /** Report year of `day` (−1 before, `years` after); placement and worker counts are kept per year. */
  year: number;
}

/**
 * Adds `by` to a counter (typed-array slots are always defined; this keeps noUncheckedIndexedAccess quiet).
 * @example inc(st.tally.year, st.yearRow + YS.contacts, 1)
 */
export function inc(counters: Float64Array, slot: number, by: number): void {
  counters[slot] = (counters[slot] as number) + by;
}
