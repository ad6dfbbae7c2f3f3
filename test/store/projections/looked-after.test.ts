/** Looked-after KPIs on hand-computed streams (CPPCR2010 clocks via src/rules; statutory-rules.md §4). */
import { describe, expect, it } from 'vitest';
import { e, monthly, run, yearly } from './support.ts';

const enter = (day: string, child: string, legalStatus = 'C2', lastCareLeft?: string) =>
  e(day, 'care.entered', lastCareLeft === undefined ? { legalStatus, need: 'N1' } : { legalStatus, need: 'N1', lastCareLeft }, child);
const leave = (day: string, child: string, reason = 'E8') => e(day, 'care.left', { reason }, child);
const place = (day: string, child: string, placeCode = 'U4') => e(day, 'placement.started', { place: placeCode, provider: 'PR1' }, child);
const placeEnd = (day: string, child: string) => e(day, 'placement.ended', { reason: 'CARPL' }, child);
const review = (day: string, child: string) => e(day, 'claReview.held', {}, child);
const visit = (day: string, child: string) => e(day, 'visit.made', { kind: 'statutory' }, child);

describe('stocks and flows of looked-after children', () => {
  const report = run([
    enter('2018-06-01', 'A'), // warm-up: in the stock, not a start
    enter('2019-05-01', 'B'), leave('2019-09-01', 'B', 'E4A'),
    enter('2020-03-31', 'C'),
    enter('2020-04-01', 'D'),
    enter('2019-01-01', 'E'), leave('2019-04-01', 'E', 'E11'),
    enter('2019-01-01', 'F'), leave('2020-01-01', 'F', 'E13'), leave('2019-02-01', 'G', 'E4B'),
  ]);

  it('counts children looked after on 31 March, per 10,000, starts and cessations', () => {
    expect(yearly(report, 'claAt31March')).toStrictEqual([2, 3]);
    expect(yearly(report, 'claPer10k')).toStrictEqual([0.2, 0.3]);
    expect(yearly(report, 'claStarts')).toStrictEqual([2, 1]);
    expect(yearly(report, 'claCeased')).toStrictEqual([3, 0]);
  });

  it('counts returns home (E4A, E4B, E13) in the year care ended', () => {
    expect(yearly(report, 'returnsHome')).toStrictEqual([2, 0]);
  });
});

describe('re-entry within 12 months', () => {
  const report = run([
    enter('2019-05-01', 'F'), leave('2019-06-01', 'F'), enter('2020-05-01', 'F2', 'C2', '2019-06-01'), // back within 12 months
    enter('2019-05-01', 'G'), leave('2019-07-01', 'G'), enter('2020-07-02', 'G2', 'C2', '2019-07-01'), // 12 months and a day
    enter('2019-05-01', 'H'), leave('2019-08-01', 'H'), // never returns
    leave('2019-09-01', 'I'), // returns within 12 months, but after the end of the stream: not seen
    enter('2019-04-10', 'J', 'C2', '2019-01-01'), // left care in the warm-up: not in any reported year
  ]);

  it('reports re-entries in the year care ended, over cessations in that year', () => {
    // 2019-20 ceased: F, G, H, I; came back within 12 months: F.
    expect(yearly(report, 'claReEntryWithin12MonthsPct')).toStrictEqual([25, null]);
  });
});

describe('statutory reviews, visits and health assessments', () => {
  const reviews = run([
    // A: due Wed 1 May (20 working days), held 30 Apr: met; 2nd due 30 Jul, held 5 Aug: late; 3rd due 5 Feb 2020, held then: met
    enter('2019-04-01', 'A'), review('2019-04-30', 'A'), review('2019-08-05', 'A'), review('2020-02-05', 'A'),
    // B: warm-up review (not counted); 2nd due 1 May, care ends 1 Jun without it: late
    enter('2019-01-10', 'B'), review('2019-02-01', 'B'), leave('2019-06-01', 'B'),
    // C: first review due 30 Mar 2020, care ends 15 Apr 2020 without it: late in 2020-21
    enter('2020-03-02', 'C'), leave('2020-04-15', 'C'),
  ]);

  it('counts reviews decided in the year, including duties that lapsed unmet', () => {
    expect(yearly(reviews, 'claReviewsOnTimePct')).toStrictEqual([50, 0]);
    expect(monthly(reviews, 'claReviewsOnTimePct')).toStrictEqual({ '2019-04': 100, '2020-02': 100 });
    expect(reviews.months.find((m) => m.label === '2019-06')?.values.claReviewsOnTimePct).toBe(0);
    expect(reviews.months.find((m) => m.label === '2019-05')?.values.claReviewsOnTimePct).toBeNull();
  });

  it('counts initial health assessments within 20 working days, short breaks left out', () => {
    const report = run([
      enter('2019-04-01', 'A'), e('2019-04-30', 'healthAssessment.done', { kind: 'initial' }, 'A'),
      enter('2019-04-01', 'B', 'V3'), e('2019-06-30', 'healthAssessment.done', { kind: 'initial' }, 'B'),
      enter('2019-04-01', 'C'), e('2019-05-02', 'healthAssessment.done', { kind: 'initial' }, 'C'),
      enter('2019-04-01', 'D'), leave('2019-04-15', 'D'), // left before it was due: not counted
    ]);
    expect(yearly(report, 'ihaWithin20WorkingDaysPct')).toStrictEqual([50, null]);
  });

  it('counts statutory visits decided in the year', () => {
    const report = run([
      // A: 1st visit due 8 Apr: met; next due 20 May, visited 25 May: late; new placement 1 Jun, care ends 20 Jun unvisited: late
      enter('2019-04-01', 'A'), place('2019-04-01', 'A'), visit('2019-04-08', 'A'), visit('2019-05-25', 'A'),
      placeEnd('2019-06-01', 'A'), place('2019-06-01', 'A'), leave('2019-06-20', 'A'),
      // B: warm-up visit not counted; next due 16 Apr, visited 10 Apr: met
      enter('2019-03-01', 'B'), place('2019-03-01', 'B'), visit('2019-03-05', 'B'), visit('2019-04-10', 'B'),
    ]);
    expect(yearly(report, 'claVisitsOnTimePct')).toStrictEqual([50, null]);
    expect(monthly(report, 'claVisitsOnTimePct')).toStrictEqual({ '2019-04': 100 });
  });
});

describe('placement stability', () => {
  const report = run([
    // A: placement ongoing on 1 April counts as one, two more; the temporary one does not count
    enter('2019-01-01', 'A'), place('2019-01-01', 'A'), placeEnd('2019-06-01', 'A'), place('2019-06-01', 'A'),
    placeEnd('2019-08-01', 'A'), place('2019-08-01', 'A', 'T1'), placeEnd('2019-09-01', 'A'), place('2019-09-01', 'A', 'U5'),
    // B: ongoing + one, then a temporary placement: 2
    enter('2019-01-01', 'B'), place('2019-01-01', 'B'), placeEnd('2019-05-01', 'B'), place('2019-05-01', 'B'),
    placeEnd('2019-06-01', 'B'), place('2019-06-01', 'B', 'T0'),
    // C: three placements in the warm-up: only the ongoing one counts
    enter('2018-06-01', 'C'), place('2018-06-01', 'C'), place('2018-09-01', 'C'), place('2019-02-01', 'C'),
    // D: three placements but not looked after on 31 March
    enter('2019-05-01', 'D'), place('2019-05-01', 'D'), place('2019-06-01', 'D'), place('2019-07-01', 'D'), leave('2020-01-10', 'D'),
  ]);

  it('counts children looked after on 31 March with 3 or more placements in the year', () => {
    // 2019-20: A of A, B, C. 2020-21: nobody moved (A's and C's ongoing placement is one; B is in a temporary one).
    expect(yearly(report, 'claThreePlusPlacementsPct')).toStrictEqual([33.3, 0]);
  });
});

describe('missing episodes and return interviews', () => {
  const missing = (day: string, child: string) => e(day, 'missing.started', { kind: 'M' }, child);
  const back = (day: string, child: string) => e(day, 'missing.ended', {}, child);
  const rhi = (day: string, child: string) => e(day, 'returnInterview.held', {}, child);
  const report = run([
    enter('2019-04-01', 'A'),
    missing('2019-05-01', 'A'), back('2019-05-02', 'A'), rhi('2019-05-05', 'A'), // within 72 hours
    missing('2019-06-01', 'A'), back('2019-06-02', 'A'), rhi('2019-06-06', 'A'), // held, but late
    missing('2019-07-01', 'A'), back('2019-07-02', 'A'), missing('2019-07-03', 'A'), // missing again first: no interview
    back('2019-07-04', 'A'), leave('2019-07-20', 'A'), // care ended first: no interview, and the duty lapsed late
    enter('2019-03-01', 'B'), missing('2019-03-29', 'B'), back('2019-03-30', 'B'), rhi('2019-04-01', 'B'), // episode in the warm-up
    enter('2019-07-01', 'C'), missing('2019-08-01', 'C'), back('2019-08-01', 'C'), rhi('2019-08-02', 'C'),
    enter('2019-07-01', 'D'), missing('2019-09-01', 'D'), back('2019-09-01', 'D'), // still waiting at the end
  ]);

  it('times return interviews held in the year (72 hours = 3 days)', () => {
    // Held: A met, A late, B met (held 1 Apr 2019), C met → 3/4; the lapsed duty is not an interview held.
    expect(yearly(report, 'returnInterviewsWithin72HoursPct')).toStrictEqual([75, null]);
  });

  it('counts missing episodes ended in the year that were followed by a return interview', () => {
    // Ended in 2019-20: A ×4, C, D; followed by an interview: A (May), A (June), C → 3/6.
    expect(yearly(report, 'missingEpisodesWithReturnInterviewPct')).toStrictEqual([50, null]);
  });
});

describe('care proceedings and permanence', () => {
  const report = run([
    // A: 153 days, within 26 weeks; B: 273 days = 39 weeks, late; C: warm-up; D: 61 days in 2020-21
    e('2019-04-01', 'proceedings.issued', {}, 'A'), e('2019-09-01', 'proceedings.concluded', { order: 'care' }, 'A'),
    e('2019-01-07', 'proceedings.issued', {}, 'B'), e('2019-10-07', 'proceedings.concluded', { order: 'care' }, 'B'),
    e('2018-01-01', 'proceedings.issued', {}, 'C'), e('2018-12-01', 'proceedings.concluded', { order: 'care' }, 'C'),
    e('2020-03-01', 'proceedings.issued', {}, 'D'), e('2020-05-01', 'proceedings.concluded', { order: 'supervision' }, 'D'),
    // A1: 516 and 275 days (E left care instead: not measured). A2: 120 and 91 days.
    enter('2018-01-01', 'P'), e('2019-01-01', 'placementOrder.made', {}, 'P'), e('2019-05-01', 'adoption.matched', {}, 'P'),
    e('2019-06-01', 'adoption.placed', {}, 'P'), e('2019-12-01', 'adoption.ordered', {}, 'P'),
    enter('2019-04-01', 'Q'), e('2019-09-01', 'placementOrder.made', {}, 'Q'), e('2019-12-01', 'adoption.matched', {}, 'Q'),
    e('2020-01-01', 'adoption.placed', {}, 'Q'), e('2020-05-01', 'adoption.ordered', {}, 'Q'),
    enter('2018-01-01', 'E'), leave('2019-05-01', 'E'),
    e('2019-03-01', 'adoption.ordered', {}, 'R'),
    e('2019-03-01', 'sgo.granted', {}, 'S1'), e('2019-06-01', 'sgo.granted', {}, 'S2'), e('2020-01-01', 'sgo.granted', {}, 'S3'),
  ]);

  it('gives the mean weeks and the share within 26 weeks of proceedings concluded in the year', () => {
    // (153 + 273) / 2 / 7 = 30.43 weeks; 61 / 7 = 8.71 weeks.
    expect(yearly(report, 'careProceedingsMeanWeeks')).toStrictEqual([30.4, 8.7]);
    expect(yearly(report, 'careProceedingsWithin26WeeksPct')).toStrictEqual([50, 100]);
  });

  it('gives the adoption scorecard means of clocks stopped in the year', () => {
    expect(yearly(report, 'adoptionA1MeanDays')).toStrictEqual([395.5, null]);
    expect(yearly(report, 'adoptionA2MeanDays')).toStrictEqual([105.5, null]);
  });

  it('counts adoptions and special guardianship orders in the year', () => {
    expect(yearly(report, 'adoptions')).toStrictEqual([1, 1]);
    expect(yearly(report, 'specialGuardianshipOrders')).toStrictEqual([2, 0]);
  });
});

describe('care leavers', () => {
  it('counts pathway plan reviews decided in the year', () => {
    const report = run([
      // A: plan in the warm-up; review due 15 Jul met; next due 15 Jan 2020, held 20 Jan: late
      e('2019-01-15', 'pathwayPlan.made', {}, 'A'), e('2019-07-15', 'pathwayPlan.reviewed', {}, 'A'),
      e('2020-01-20', 'pathwayPlan.reviewed', {}, 'A'),
      // B: review due 1 Nov, support ends 1 Dec without it: late
      e('2019-05-01', 'pathwayPlan.made', {}, 'B'), e('2019-12-01', 'careLeaver.closed', {}, 'B'),
    ]);
    expect(yearly(report, 'pathwayPlanReviewsOnTimePct')).toStrictEqual([33.3, null]);
  });
});
