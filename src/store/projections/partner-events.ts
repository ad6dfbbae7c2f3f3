/**
 * The KPI projection's part for the services beside the journey: private fostering notifications
 * (a case, but not a child in need) and the CAMHS list of looked-after children (its waits).
 */
import type { JourneyEvent } from '../../domain/events.ts';
import type { ChildState } from './child-state.ts';
import { inc } from './kpi-state.ts';
import type { KpiState } from './kpi-state.ts';
import { enterStocks, leaveStocks } from './stocks.ts';
import { YS } from './tally.ts';

type PartnerEvent = Extract<JourneyEvent, { type: 'privateFostering.notified' | 'camhs.referred' | 'camhs.treatmentStarted' | 'camhs.closed' }>;

/**
 * Folds a private fostering notification or a CAMHS event into the counters and the child's state.
 * @example foldPartnerEvent(st, childState, event)
 */
export function foldPartnerEvent(st: KpiState, s: ChildState, event: PartnerEvent): void {
  const yr = st.yearRow;
  const year = st.tally.year;
  switch (event.type) {
    case 'privateFostering.notified':
      if (yr >= 0) inc(year, yr + YS.pfNotifications, 1);
      leaveStocks(st.stocks, s);
      s.privatelyFostered = true;
      s.waitStart = event.day;
      enterStocks(st.stocks, s);
      return;
    case 'camhs.referred':
      if (yr >= 0) inc(year, yr + YS.camhsReferrals, 1);
      s.camhsReferred = event.day;
      return;
    case 'camhs.treatmentStarted':
      if (s.camhsReferred !== undefined && yr >= 0) {
        // Referral to treatment, in calendar days, for treatments that start in the year.
        const wait = event.day - s.camhsReferred;
        inc(year, yr + YS.camhsStarted, 1);
        inc(year, yr + YS.camhsWaitDays, wait);
        year[yr + YS.camhsLongestWaitDays] = Math.max(year[yr + YS.camhsLongestWaitDays] ?? 0, wait);
      }
      return;
    case 'camhs.closed':
      s.camhsReferred = undefined;
      return;
    default: {
      const unknownEvent: never = event;
      throw new Error(`KPI projection: ${JSON.stringify(unknownEvent)} is not a partner event; route it in foldChildEvent`);
    }
  }
}
