/**
 * KPI definitions of private fostering (CA1989 s66–67; PFR2005; statutory-rules.md §1 pf_* rows; the
 * DfE private fostering return, discontinued in 2015, counted notifications, children at 31 March and
 * initial visits within 7 working days).
 */
import type { KpiDefinition } from './kpi-catalogue.ts';
import { ALL_ON_TIME } from './kpi-expectation.ts';

/** Private fostering, in report order. */
export const PRIVATE_FOSTERING_KPIS: readonly KpiDefinition[] = [
  {
    id: 'privateFosteringNotifications', label: 'Private fostering notifications', group: 'privateFostering', unit: 'count',
    definition: 'Number of privateFostering.notified events dated in the year.',
    source: 'DfE private fostering return (notifications received)',
  },
  {
    id: 'privatelyFosteredAt31March', label: 'Children privately fostered at 31 March', group: 'privateFostering', unit: 'count',
    definition: 'Children between privateFostering.notified and privateFostering.ended after all events of 31 March.',
    source: 'DfE private fostering return; calibration/west-sussex.md §1 (13 children)',
  },
  {
    id: 'privateFosteringFirstVisitsWithin7WorkingDaysPct', label: 'Private fostering: first visits within 7 working days', group: 'privateFostering', unit: 'percent',
    expectation: { text: 'visited within 7 working days of the notification (PFR2005 reg 4, 7)', ...ALL_ON_TIME },
    definition: 'Of pf_first_visit_7wd clocks decided in the year (visited, or the arrangement ended after the clock fell due), the percentage met.',
    source: 'statutory-rules.md §1 pf_first_visit_7wd; DfE "% initial visits within 7 working days"',
  },
  {
    id: 'privateFosteringVisitsOnTimePct', label: 'Private fostering: later visits on time', group: 'privateFostering', unit: 'percent',
    expectation: { text: 'at most 6 weeks apart in the first year, 12 weeks after (PFR2005 reg 8)', ...ALL_ON_TIME },
    definition: 'Of pf_visits clocks decided in the year, the percentage met.',
    source: 'statutory-rules.md §1 pf_visits',
  },
];
