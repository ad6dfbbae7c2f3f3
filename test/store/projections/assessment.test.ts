/** Assessment KPIs on hand-computed streams (working days counted by hand, statutory-rules.md §2 point 2). */
import { describe, expect, it } from 'vitest';
import { e, monthly, run, yearly } from './support.ts';

const refer = (day: string, child: string) => e(day, 'referral.accepted', { source: '1A', need: 'N1', outcome: 'assessment' }, child);
const start = (day: string, child: string) => e(day, 'assessment.started', {}, child);
const done = (day: string, outcome: string, child: string) => e(day, 'assessment.completed', { outcome }, child);

const STREAM = [
  // D: entirely in the warm-up, not counted
  refer('2019-03-01', 'D'), start('2019-03-01', 'D'), done('2019-03-20', 'nfa', 'D'),
  // A: referral Mon 1 Apr, start Mon 8 Apr, completed Wed 10 Apr: DfE 2 working days, guidance 7; assessed as in need
  refer('2019-04-01', 'A'), start('2019-04-08', 'A'), done('2019-04-10', 'cin', 'A'),
  // B: referral in the warm-up on Fri 1 Feb; start Mon 1 Apr, completed Fri 5 Apr: DfE 4 working days; no further action
  refer('2019-02-01', 'B'), start('2019-04-01', 'B'), done('2019-04-05', 'nfa', 'B'),
  // C: referral Mon 25 Mar, start Mon 1 Apr, completed Mon 1 Jul: DfE 61, guidance 66 working days (both late); early help
  refer('2019-03-25', 'C'), start('2019-04-01', 'C'), done('2019-07-01', 'earlyHelp', 'C'),
  // E spans 31 March: counted in 2020-21 when it completes (23 working days); F: 2 working days
  start('2020-03-02', 'E'), done('2020-04-02', 'cin', 'E'),
  start('2020-04-01', 'F'), done('2020-04-03', 'strategy', 'F'),
];

describe('assessment KPIs', () => {
  const report = run(STREAM);

  it('counts assessments within 45 working days of their start (DfE clock) in the year they complete', () => {
    expect(yearly(report, 'assessmentsWithin45WorkingDaysPct')).toStrictEqual([66.7, 100]);
    expect(monthly(report, 'assessmentsWithin45WdPct')).toStrictEqual({ '2019-04': 100, '2020-04': 100 });
  });

  it('counts the guidance clock from the referral (B: 1 Feb → 5 Apr is exactly 45 working days, on time)', () => {
    // A: 7 wd met. B: (1 Feb, 5 Apr] = 45 working days exactly, met. C: 66, late.
    expect(yearly(report, 'assessmentsWithin45WorkingDaysOfReferralPct')).toStrictEqual([66.7, null]);
  });

  it('takes the median of working days, the mean of the middle two for an even count', () => {
    // 2019-20: {2, 4, 61} → 4; 2020-21: {23, 2} → 12.5.
    expect(yearly(report, 'assessmentMedianWorkingDays')).toStrictEqual([4, 12.5]);
  });

  it('counts no-further-action and early-help outcomes among completed assessments', () => {
    // 2019-20: A cin, B nfa, C earlyHelp → 2/3; 2020-21: E cin, F strategy → 0/2.
    expect(yearly(report, 'assessmentsNoFurtherActionPct')).toStrictEqual([66.7, 0]);
  });

  it('gives null without completed assessments', () => {
    const empty = run([start('2019-05-01', 'A')]);
    expect(yearly(empty, 'assessmentMedianWorkingDays')).toStrictEqual([null, null]);
    expect(yearly(empty, 'assessmentsWithin45WorkingDaysPct')).toStrictEqual([null, null]);
    expect(yearly(empty, 'assessmentsNoFurtherActionPct')).toStrictEqual([null, null]);
  });
});
