/**
 * Worked examples of the private fostering visits (PFR2005 reg 4, 7 and 8).
 */
import { ev, example } from './example-support.ts';
import type { WorkedExample } from './example-support.ts';

const notified = (day: string) => ev(day, 'privateFostering.notified', {});
const visited = (day: string) => ev(day, 'privateFostering.visited');

export const PRIVATE_FOSTERING_EXAMPLES: readonly WorkedExample[] = [
  example('pf_first_visit_7wd', 'onTime', 'notified Mon 3 Jul 2023, visited on the 7th working day, Wed 12 Jul',
    [notified('2023-07-03'), visited('2023-07-12')],
    [['2023-07-03', '2023-07-12', '2023-07-12', 'met']]),
  example('pf_first_visit_7wd', 'late', 'visited Thu 13 Jul',
    [notified('2023-07-03'), visited('2023-07-13')],
    [['2023-07-03', '2023-07-12', '2023-07-13', 'late']]),
  example('pf_first_visit_7wd', 'onTime', 'the August bank holiday is not a working day: notified Thu 24 Aug, due Tue 5 Sep',
    [notified('2023-08-24'), visited('2023-09-05')],
    [['2023-08-24', '2023-09-05', '2023-09-05', 'met']]),
  example('pf_first_visit_7wd', 'other', 'an arrangement that ends before the visit falls due leaves nothing to count',
    [notified('2023-07-03'), ev('2023-07-07', 'privateFostering.ended')], []),
  example('pf_visits', 'onTime', 'then at most 6 weeks apart in the first year',
    [notified('2023-07-03'), visited('2023-07-12'), visited('2023-08-23')],
    [['2023-07-12', '2023-08-23', '2023-08-23', 'met'], ['2023-08-23', '2023-10-04', null, 'open']], { asOf: '2023-09-01' }),
  example('pf_visits', 'late', 'a visit 6 weeks and a day after the last',
    [notified('2023-07-03'), visited('2023-07-12'), visited('2023-08-24')],
    [['2023-07-12', '2023-08-23', '2023-08-24', 'late'], ['2023-08-24', '2023-10-05', null, 'open']], { asOf: '2023-09-01' }),
  example('pf_visits', 'onTime', 'from a year after the notification, 12 weeks apart',
    [notified('2023-07-03'), visited('2023-07-12'), visited('2024-07-05'), visited('2024-09-27')],
    [['2023-07-12', '2023-08-23', '2024-07-05', 'late'], ['2024-07-05', '2024-09-27', '2024-09-27', 'met'], ['2024-09-27', '2024-12-20', null, 'open']],
    { asOf: '2024-10-01' }),
];
