/**
 * KPIs as a projection of the event stream (ARCHITECTURE.md D7, §5): a fold over one replication's
 * global stream that runs the same way online (fed by the simulator) and in `drift replay` (fed from the
 * event log), so both produce the same report byte for byte.
 *
 * Time: the stream is in non-decreasing day order. Events before `reportStart` (warm-up) update stocks,
 * plans and clocks but are not counted as flows. Month-end snapshots (31 March and 30 September among
 * them) are taken when the first event dated after the month's last day arrives, and in `finish` for
 * the months the stream did not pass.
 */
import type { SimDay } from '../../domain/time.ts';
import { createRuleSet } from '../../rules/index.ts';
import type { RuleSet } from '../../rules/index.ts';
import { applyChildEvent } from './child-events.ts';
import { ChildRows } from './child-rows.ts';
import { clockKinds } from './clock-kinds.ts';
import { ClockTally } from './clock-tally.ts';
import { KeyedBy, type KpiState } from './kpi-state.ts';
import { recordYearStart, snapshotMonth } from './month-end.ts';
import { buildReport } from './report.ts';
import type { KpiReport } from './report.ts';
import { MONTHS_PER_YEAR, dayAt, reportPeriods } from './report-periods.ts';
import type { SimEvent } from '../../domain/index.ts';
import { createStocks } from './stocks.ts';
import { MONTH_SLOTS, YEAR_SLOTS, createTally } from './tally.ts';
import { applyWorkforceEvent, createWorkforceState } from './workforce-tracker.ts';

/** What to report and how. */
export interface KpiConfig {
  /** 1 April of the first reported collection year. */
  readonly reportStart: SimDay;
  /** Number of collection years (1 April – 31 March) reported. */
  readonly reportYears: number;
  /** Children aged 0–17 in the area during report year i, for rates per 10,000. */
  readonly population: (yearIndex: number) => number;
  /** Statutory rules with the scenario's local parameters (default: createRuleSet()). */
  readonly rules?: RuleSet;
}

/** A running KPI projection. */
export interface KpiProjection {
  /**
   * Folds one event in; events must come in non-decreasing day order. `handle` (default −1) is the
   * producer's handle for the child: a small number that no other child with live state holds, which
   * may pass to another child only after the event that releases this one's state (the simulator's
   * case slot: run-state.ts EventSink). Give it with every child event of a stream or with none (a log
   * read back has none, and children are then found by id); the report is the same either way.
   */
  apply(event: SimEvent, handle?: number): void;
  /**
   * A hint that events with `handle` come soon: reads that child's state so the memory is fetched
   * while other events are folded (at national scale the first read of a child's state was a cache
   * miss on most events). Changes nothing; a handle no child holds is ignored.
   */
  warm(handle: number): void;
  /** Takes the remaining snapshots and returns the report; call once, after the last event. */
  finish(): KpiReport;
  /** Children whose state is held now (for tests and memory checks: it follows open cases, not the horizon). */
  readonly liveChildren: number;
  /** Staff in post now. */
  readonly liveStaff: number;
}

/**
 * Creates a KPI projection for one replication.
 * @example
 * const kpis = createKpiProjection({ reportStart: simDayOf('2019-04-01'), reportYears: 3, population: () => 168_835 });
 * for (const event of events) kpis.apply(event);
 * const report = kpis.finish();
 */
export function createKpiProjection(config: KpiConfig): KpiProjection {
  const rules = config.rules ?? createRuleSet();
  const periods = reportPeriods(config.reportStart, config.reportYears);
  const lastMonth = periods.years * MONTHS_PER_YEAR;
  const sink = new ClockTally();
  const st: KpiState = {
    rules, kinds: clockKinds(rules), periods, population: config.population,
    tally: createTally(periods.years), stocks: createStocks(), rows: new ChildRows(), rowOf: new Map(), keyedBy: KeyedBy.unknown,
    workforce: createWorkforceState(periods.years), sink,
    current: undefined, day: Number.MIN_SAFE_INTEGER as SimDay, month: -1, yearRow: -1, monthRow: -1, year: -1,
  };
  sink.st = st;
  /** First day of the next report month: reaching it means snapshots are due. */
  let nextBoundary: number = dayAt(periods.monthStart, 0);
  let report: KpiReport | undefined;

  /** Moves the month cursor up to `day`, snapshotting every month that ended before it. */
  function advance(day: number): void {
    while (st.month < lastMonth && day >= dayAt(periods.monthStart, st.month + 1)) {
      if (st.month >= 0) snapshotMonth(st, st.month);
      st.month++;
      if (st.month < lastMonth && st.month % MONTHS_PER_YEAR === 0) recordYearStart(st, st.month / MONTHS_PER_YEAR);
    }
    const inReport = st.month >= 0 && st.month < lastMonth;
    st.year = st.month < 0 ? -1 : Math.floor(st.month / MONTHS_PER_YEAR);
    st.yearRow = inReport ? st.year * YEAR_SLOTS : -1;
    st.monthRow = inReport ? st.month * MONTH_SLOTS : -1;
    nextBoundary = st.month < lastMonth ? dayAt(periods.monthStart, st.month + 1) : Number.POSITIVE_INFINITY;
  }

  /** What `warm` reads ends here, so the read is kept; the value means nothing. */
  let warmed = 0;

  return {
    warm(handle: number): void {
      warmed ^= st.rows.touch(handle);
    },
    apply(event: SimEvent, handle = -1): void {
      if (report !== undefined) throw new Error('KPI projection: apply() after finish(); create a new projection for another stream');
      const day = event.day;
      if (day < st.day) {
        throw new RangeError(`KPI projection: event ${event.type} on day ${day} comes after day ${st.day}; feed the stream in day order`);
      }
      st.day = day;
      if (day >= nextBoundary) advance(day);
      switch (event.type) {
        case 'team.established':
        case 'staff.joined':
        case 'staff.left':
          applyWorkforceEvent(st.workforce, periods, event);
          return;
        default:
          applyChildEvent(st, event, handle);
      }
    },
    finish(): KpiReport {
      if (report === undefined) {
        advance(Number.POSITIVE_INFINITY);
        report = buildReport(st);
      }
      return report;
    },
    get liveChildren(): number {
      return st.rows.live;
    },
    get liveStaff(): number {
      return st.workforce.staff.size;
    },
  };
}
