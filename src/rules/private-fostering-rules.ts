/**
 * Visits to a privately fostered child (Children (Private Arrangements for Fostering) Regulations 2005;
 * statutory-rules.md §1 pf_first_visit_7wd, pf_visits). The notification starts the first visit's
 * clock; each visit then opens exactly one follow-on link, 6 weeks in the first year the authority has
 * known of the arrangement and 12 weeks after it. The arrangement's end cancels what is open.
 */
import { ruleId } from './rule-types.ts';
import type { TimescaleRule } from './rule-types.ts';
import { on, weeks, workingDays } from './catalogue-helpers.ts';

const VISITED = [on('privateFostering.visited')];
const ENDED = [on('privateFostering.ended')];

/** Rules of the private fostering track. */
export const PRIVATE_FOSTERING_RULES: readonly TimescaleRule[] = [
  {
    id: ruleId('pf_first_visit_7wd'),
    title: 'Privately fostered child visited within 7 working days of the notification',
    stage: 'privateFostering',
    start: [on('privateFostering.notified')],
    stop: VISITED,
    cancel: ENDED,
    limit: workingDays(7),
    // "Working day" has the CPPCR2010 meaning: not a weekend, Christmas Day, Good Friday or bank holiday.
    source: 'PFR2005 reg 4, reg 7',
    confidence: 'M',
  },
  {
    id: ruleId('pf_visits'),
    title: 'Privately fostered child visited at most 6 weeks apart in the first year, 12 weeks after',
    stage: 'privateFostering',
    start: [],
    after: [ruleId('pf_first_visit_7wd'), ruleId('pf_visits')],
    stop: VISITED,
    cancel: ENDED,
    // The year counts from the day the authority became aware of the arrangement (PFR2005 reg 8(1)).
    limit: [
      { when: 'privateFosteringAfterFirstYear', limit: weeks(12) },
      { limit: weeks(6) },
    ],
    source: 'PFR2005 reg 8(1)',
    confidence: 'H',
  },
];
