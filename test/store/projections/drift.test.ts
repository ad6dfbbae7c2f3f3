/** Drift KPIs: how late late clocks are, and how many duties are past due at period end. */
import { describe, expect, it } from 'vitest';
import { e, monthly, run, yearly } from './support.ts';

describe('days overdue per late clock', () => {
  const report = run([
    // warm-up: a late referral decision, not counted
    e('2019-03-01', 'contact.received', { source: '1A' }, 'W'), e('2019-03-08', 'screening.decided', { outcome: 'nfa' }, 'W'),
    // decision due Tue 7 May, made Wed 8 May: 1 day over
    e('2019-05-03', 'contact.received', { source: '1A' }, 'C'), e('2019-05-08', 'screening.decided', { outcome: 'nfa' }, 'C'),
    // ICPC due Thu 23 May, held Fri 31 May: 8 days over (the s47 itself completed in time)
    e('2019-05-01', 'strategy.held', { outcome: 's47' }, 'I'), e('2019-05-01', 's47.started', {}, 'I'),
    e('2019-05-20', 's47.completed', { outcome: 'icpc' }, 'I'), e('2019-05-31', 'icpc.held', { outcome: 'nfa' }, 'I'),
    // pathway plan review due 1 Nov, support ends 1 Dec without it: late without a stop, 30 days over
    e('2019-05-01', 'pathwayPlan.made', {}, 'P'), e('2019-12-01', 'careLeaver.closed', {}, 'P'),
  ]);

  it('averages stop − due (or cancellation − due) over clocks that turned late in the year', () => {
    expect(yearly(report, 'meanDaysOverduePerLateClock')).toStrictEqual([13, null]);
  });
});

describe('open clocks past due', () => {
  const report = run([
    // X: ICPC and s47 clocks due Mon 23 Mar 2020, still open on 31 March: 2 past due
    e('2020-03-02', 'strategy.held', { outcome: 's47' }, 'X'), e('2020-03-02', 's47.started', {}, 'X'),
    // Y: assessment due in June 2020
    e('2020-03-30', 'assessment.started', {}, 'Y'),
    // Z: contact Fri 27 Mar, decision due Mon 30 Mar: past due
    e('2020-03-27', 'contact.received', { source: '1A' }, 'Z'),
    // V: contact Mon 30 Mar, due Tue 31 Mar: due on the snapshot day, not past it
    e('2020-03-30', 'contact.received', { source: '1A' }, 'V'),
  ]);

  it('counts clocks of every rule open and past due on 31 March and at month ends', () => {
    // 31 March 2021: all five are past due (no more events).
    expect(yearly(report, 'openClocksPastDueAt31March')).toStrictEqual([3, 5]);
    expect(monthly(report, 'openClocksPastDueAtMonthEnd')).toMatchObject({ '2020-03': 3, '2020-04': 4, '2020-06': 5 });
    expect(report.months.find((m) => m.label === '2020-02')?.values.openClocksPastDueAtMonthEnd).toBe(0);
  });

  it('gives zero, not null, with nothing open', () => {
    expect(yearly(run([]), 'openClocksPastDueAt31March')).toStrictEqual([0, 0]);
    expect(yearly(run([]), 'meanDaysOverduePerLateClock')).toStrictEqual([null, null]);
  });
});
