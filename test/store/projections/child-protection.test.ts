/** Child protection KPIs on hand-computed streams (statutory-rules.md icpc_15wd, rcpc rows, §4). */
import { describe, expect, it } from 'vitest';
import { e, monthly, run, yearly } from './support.ts';

const strategy = (day: string, child: string) => e(day, 'strategy.held', { outcome: 's47' }, child);
const s47 = (day: string, child: string) => e(day, 's47.started', {}, child);
const icpc = (day: string, child: string) => e(day, 'icpc.held', { outcome: 'cpPlan' }, child);
const planStart = (day: string, child: string, previousPlans?: number) =>
  e(day, 'cpPlan.started', previousPlans === undefined ? { category: 'NEG' } : { category: 'EMO', previousPlans }, child);
const review = (day: string, child: string) => e(day, 'cpReview.held', {}, child);
const planEnd = (day: string, child: string) => e(day, 'cpPlan.ended', { outcome: 'closed' }, child);

describe('section 47 enquiries and ICPCs', () => {
  const report = run([
    // D: warm-up, not counted
    strategy('2019-03-01', 'D'), s47('2019-03-01', 'D'), icpc('2019-03-05', 'D'),
    // A: strategy Wed 1 May, ICPC Wed 22 May = 14 working days (due Thu 23 May): met
    strategy('2019-05-01', 'A'), s47('2019-05-02', 'A'), icpc('2019-05-22', 'A'),
    // B: ICPC Fri 24 May = 16 working days: late
    strategy('2019-05-01', 'B'), s47('2019-05-01', 'B'), icpc('2019-05-24', 'B'),
    // C: the enquiry ends without a conference before the due day: no ICPC to time
    strategy('2019-06-03', 'C'), s47('2019-06-03', 'C'), e('2019-06-10', 's47.completed', { outcome: 'nfa' }, 'C'),
  ]);

  it('counts s47 enquiries started in the year', () => {
    expect(yearly(report, 'section47Enquiries')).toStrictEqual([3, 0]);
  });

  it('times ICPCs from the strategy discussion that started the s47', () => {
    expect(yearly(report, 'icpcWithin15WorkingDaysPct')).toStrictEqual([50, null]);
    expect(monthly(report, 'icpcWithin15WdPct')).toStrictEqual({ '2019-05': 50 });
  });
});

describe('child protection plans', () => {
  const report = run([
    // P1: second plan, first review on time (due 22 Aug), ended 20 Aug: within 3 months; reviews on time
    planStart('2019-05-22', 'P1', 1), review('2019-08-20', 'P1'), planEnd('2019-08-20', 'P1'),
    // P2: first plan, first review 2 Sep (due 24 Aug): late; ended 1 Oct: more than 3 months
    planStart('2019-05-24', 'P2'), review('2019-09-02', 'P2'), planEnd('2019-10-01', 'P2'),
    // P3: started exactly two years before 31 March 2020; every review on time; open
    planStart('2018-03-31', 'P3', 2), review('2018-06-29', 'P3'), review('2018-12-29', 'P3'), review('2019-06-28', 'P3'),
    review('2019-12-27', 'P3'),
    // P4: started a day later, never reviewed: its first review is overdue on 31 March
    planStart('2018-04-01', 'P4'),
    // P5: started in March 2020: no review due yet on 31 March 2020
    planStart('2020-03-02', 'P5', 0),
  ]);

  it('counts plans open after the events of 31 March, and per 10,000 children', () => {
    expect(yearly(report, 'cpPlansAt31March')).toStrictEqual([3, 3]);
    expect(yearly(report, 'cpPlansPer10k')).toStrictEqual([0.3, 0.3]);
    expect(monthly(report, 'cpPlansAtMonthEnd')).toMatchObject({ '2019-04': 2, '2019-05': 4, '2019-08': 3, '2019-10': 2, '2020-03': 3 });
  });

  it('counts second or subsequent plans among plans started in the year (warm-up starts excluded)', () => {
    // P1 (1 previous), P2, P5 (0 previous) → 1/3.
    expect(yearly(report, 'cpPlansSecondOrSubsequentPct')).toStrictEqual([33.3, null]);
  });

  it('counts plans that ended within 3 calendar months', () => {
    expect(yearly(report, 'cpPlansEndedWithin3MonthsPct')).toStrictEqual([50, null]);
  });

  it('counts plans open on 31 March that started on or before 31 March two years earlier', () => {
    // 2020: P3 of P3, P4, P5. 2021: P3 and P4 of the three.
    expect(yearly(report, 'cpPlansLasting2YearsPct')).toStrictEqual([33.3, 66.7]);
  });

  it('counts plans whose review conferences were all on time, among plans with a review due', () => {
    // 2019-20: P1 yes, P2 no (late), P3 yes, P4 no (overdue), P5 not due → 2/4.
    // 2020-21 (no more events): P3's review due 27 Jun 2020, P4's and P5's first reviews are overdue → 0/3.
    expect(yearly(report, 'cpReviewsOnTimePct')).toStrictEqual([50, 0]);
  });

  it('gives null where no plan started, ended or was open', () => {
    const empty = run([strategy('2019-05-01', 'A')]);
    for (const id of ['cpPlansSecondOrSubsequentPct', 'cpPlansEndedWithin3MonthsPct', 'cpPlansLasting2YearsPct', 'cpReviewsOnTimePct'] as const) {
      expect(yearly(empty, id)).toStrictEqual([null, null]);
    }
    expect(yearly(empty, 'cpPlansAt31March')).toStrictEqual([0, 0]);
  });
});
