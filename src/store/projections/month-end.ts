/**
 * Month-end snapshots, taken when the first event dated after the month's last day arrives (or at the
 * end of the stream), so the snapshot sees every event of that last day: an event on 31 March counts in
 * the 31 March stock, a child entering care on 1 April does not (statutory-rules.md §2 point 6).
 *
 * Stocks come from running counters; the per-child measures (open clocks past due, and on 31 March the
 * plan, placement and worker measures) need one pass over live children, at most once a month.
 */
import { addYears } from '../../calendar/index.ts';
import type { SimDay } from '../../domain/time.ts';
import { clockDue, clockRule } from '../../rules/index.ts';
import { placementsInYear, workersInYear, type ChildState } from './child-state.ts';
import { CLOCK_KIND } from './clock-kinds.ts';
import type { KpiState } from './kpi-state.ts';
import { MARCH, MONTHS_PER_YEAR, SEPTEMBER, dayAt } from './report-periods.ts';
import { MONTH_SLOTS, MS, YEAR_SLOTS, YS } from './tally.ts';
import { snapshotWorkforce } from './workforce-tracker.ts';

/**
 * Records the snapshot of report month m (its last day, after all of that day's events).
 * @example snapshotMonth(st, 11) // 31 March of the first report year
 */
export function snapshotMonth(st: KpiState, m: number): void {
  const day = (dayAt(st.periods.monthStart, m + 1) - 1) as SimDay;
  const y = Math.floor(m / MONTHS_PER_YEAR);
  const yearEnd = m % MONTHS_PER_YEAR === MARCH;
  const byIndex = st.kinds.byIndex;
  // "Lasting 2 years or more" on 31 March: started on or before 31 March two years earlier (DfE table D5).
  const longStart = yearEnd ? addYears(day, -2) : day;
  let pastDue = 0;
  let cpLong = 0;
  let cpEligible = 0;
  let cpOnTime = 0;
  let placements3 = 0;
  let workers3 = 0;
  const count = (s: ChildState): void => {
    const clocks = s.clocks;
    const end = clocks.openCount;
    let reviewOverdue = false;
    for (let i = 0; i < end; i++) {
      // Past due on the day means due before it (openClocks' "overdue": asOf > due).
      if (clockDue(clocks, i) < day) {
        pastDue++;
        if (byIndex[clockRule(clocks, i)] === CLOCK_KIND.cpReview) reviewOverdue = true;
      }
    }
    if (!yearEnd) return;
    if (s.cpStart !== undefined) {
      if (s.cpStart <= longStart) cpLong++;
      // A review conference overdue on 31 March is a review not held on time (CINguide KI).
      if (s.rcpcDecided > 0 || reviewOverdue) {
        cpEligible++;
        if (!s.rcpcLate && !reviewOverdue) cpOnTime++;
      }
    }
    if (s.inCare) {
      if (placementsInYear(s, y) >= 3) placements3++;
      if (workersInYear(s, y) >= 3) workers3++;
    }
  };
  // Every live child once, whichever way the stream finds them (kpi-state.ts); the counts do not depend on the order.
  st.rows.visitLive(count);
  const stocks = st.stocks;
  const month = st.tally.month;
  const mr = m * MONTH_SLOTS;
  month[mr + MS.cpAtEnd] = stocks.cp;
  month[mr + MS.claAtEnd] = stocks.cla;
  month[mr + MS.cinAtEnd] = stocks.cin;
  month[mr + MS.unallocatedAtEnd] = stocks.unallocated;
  month[mr + MS.pfAtEnd] = stocks.privatelyFostered;
  month[mr + MS.pastDueAtEnd] = pastDue;
  if (m % MONTHS_PER_YEAR === SEPTEMBER) snapshotWorkforce(st.workforce, st.tally, y, stocks.allocated);
  if (!yearEnd) return;
  const year = st.tally.year;
  const yr = y * YEAR_SLOTS;
  year[yr + YS.cpAtEnd] = stocks.cp;
  year[yr + YS.cinAtEnd] = stocks.cin;
  year[yr + YS.claAtEnd] = stocks.cla;
  year[yr + YS.unallocatedAtEnd] = stocks.unallocated;
  year[yr + YS.pfAtEnd] = stocks.privatelyFostered;
  year[yr + YS.pastDueAtEnd] = pastDue;
  year[yr + YS.cpLasting2Years] = cpLong;
  // Plans ended in the year were added as they ended; plans open on 31 March are added here.
  year[yr + YS.cpReviewEligible] = (year[yr + YS.cpReviewEligible] ?? 0) + cpEligible;
  year[yr + YS.cpReviewOnTime] = (year[yr + YS.cpReviewOnTime] ?? 0) + cpOnTime;
  year[yr + YS.claThreePlusPlacements] = placements3;
  year[yr + YS.claThreePlusWorkers] = workers3;
}

/**
 * Records the cases open when report year y begins (after every event of the previous 31 March), the
 * first part of "children with an open case at any point in the year".
 * @example recordYearStart(st, 0)
 */
export function recordYearStart(st: KpiState, y: number): void {
  st.tally.year[y * YEAR_SLOTS + YS.casesAtYearStart] = st.stocks.cin;
}
