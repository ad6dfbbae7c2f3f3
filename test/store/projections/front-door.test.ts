/** Front-door KPIs on hand-computed streams (report years 2019-20 and 2020-21; warm-up before 1 April 2019). */
import { describe, expect, it } from 'vitest';
import { e, monthly, run, yearly } from './support.ts';

const contact = (day: string, child: string) => e(day, 'contact.received', { source: '1A' }, child);
const screen = (day: string, outcome: string, child: string) => e(day, 'screening.decided', { outcome }, child);
const refer = (day: string, child: string, extra: Record<string, unknown> = {}) =>
  e(day, 'referral.accepted', { source: '1A', need: 'N1', outcome: 'assessment', ...extra }, child);

const STREAM = [
  // warm-up: neither the contact nor its late decision nor the referral is counted
  contact('2019-03-01', 'W'), screen('2019-03-05', 'nfa', 'W'),
  contact('2019-03-01', 'W2'), screen('2019-03-01', 'referral', 'W2'), refer('2019-03-01', 'W2', { lastReferral: '2018-06-01' }),
  // B: Wed 1 May, decided by referral on Thu 2 May (due 2 May): met; re-referral exactly 12 months on (counts)
  contact('2019-05-01', 'B'), screen('2019-05-02', 'referral', 'B'), refer('2019-05-02', 'B', { lastReferral: '2018-05-02' }),
  // C: Fri 3 May, due Tue 7 May (Mon 6 May bank holiday), decided Wed 8 May: late
  contact('2019-05-03', 'C'), screen('2019-05-08', 'nfa', 'C'),
  // D: Sat 4 May counts as received Tue 7 May, due Wed 8 May, decided Tue 7 May: met
  contact('2019-05-04', 'D'), screen('2019-05-07', 'advice', 'D'),
  // F: previous referral 12 months and a day earlier: not a re-referral; G: first referral
  contact('2019-06-03', 'F'), screen('2019-06-03', 'referral', 'F'), refer('2019-06-03', 'F', { lastReferral: '2018-06-02' }),
  contact('2019-06-03', 'G'), screen('2019-06-03', 'referral', 'G'), refer('2019-06-03', 'G'),
  // E: contact on 31 March 2020 counts in 2019-20; its decision on 1 April 2020 counts in 2020-21
  contact('2020-03-31', 'E'), screen('2020-04-01', 'earlyHelp', 'E'),
];

describe('front-door KPIs', () => {
  const report = run(STREAM);

  it('counts contacts and referrals dated in the year, not in the warm-up', () => {
    expect(yearly(report, 'contacts')).toStrictEqual([6, 0]);
    expect(yearly(report, 'referrals')).toStrictEqual([3, 0]);
    expect(monthly(report, 'contacts')).toStrictEqual({ '2019-05': 3, '2019-06': 2, '2020-03': 1 });
    expect(monthly(report, 'referrals')).toStrictEqual({ '2019-05': 1, '2019-06': 2 });
  });

  it('times referral decisions by the year and month they were made', () => {
    // 2019-20: B, D, F, G met, C late = 4/5; 2020-21: E met.
    expect(yearly(report, 'referralDecisionWithin1WorkingDayPct')).toStrictEqual([80, 100]);
    expect(monthly(report, 'referralDecisionWithin1WdPct')).toStrictEqual({ '2019-05': 66.7, '2019-06': 100, '2020-04': 100 });
  });

  it('counts a re-referral on or before the day 12 calendar months after the last referral', () => {
    expect(yearly(report, 'reReferralsWithin12MonthsPct')).toStrictEqual([33.3, null]);
  });

  it('gives null, not 0, where nothing was decided', () => {
    const empty = run([contact('2019-05-01', 'X')]);
    expect(yearly(empty, 'referralDecisionWithin1WorkingDayPct')).toStrictEqual([null, null]);
    expect(yearly(empty, 'contacts')).toStrictEqual([1, 0]);
  });
});
