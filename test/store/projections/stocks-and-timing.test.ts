/**
 * Stocks on 31 March and at month ends: a snapshot sees every event of its day and none of the next
 * (statutory-rules.md §2 point 6); warm-up events count in stocks though not in flows.
 */
import { describe, expect, it } from 'vitest';
import { createKpiProjection } from '../../../src/store/projections/index.ts';
import { CONFIG, e, monthly, run, yearly } from './support.ts';

const refer = (day: string, child: string) => e(day, 'referral.accepted', { source: '1A', need: 'N1', outcome: 'assessment' }, child);
const close = (day: string, child: string) => e(day, 'case.closed', { reason: 'RC8' }, child);
const enter = (day: string, child: string) => e(day, 'care.entered', { legalStatus: 'C2', need: 'N1' }, child);

describe('children in need at 31 March', () => {
  const report = run([
    refer('2019-03-01', 'A'), // warm-up referral, still open: counted in the stock
    refer('2019-06-01', 'B'), close('2020-03-31', 'B'), // closed on 31 March: not open after that day's events
    refer('2020-03-31', 'C'), // referred on 31 March: counted
    refer('2020-04-01', 'D'), // 1 April: next year only
    refer('2018-01-01', 'E'), enter('2018-01-01', 'E'), e('2018-09-01', 'care.left', { reason: 'E17' }, 'E'), // a care leaver receiving services
    refer('2018-01-01', 'F'), e('2020-02-01', 'careLeaver.closed', {}, 'F'),
  ]);

  it('counts open episodes, care leavers included, and rates per 10,000', () => {
    expect(yearly(report, 'cinAt31March')).toStrictEqual([3, 4]);
    expect(yearly(report, 'cinPer10k')).toStrictEqual([0.3, 0.4]);
    expect(monthly(report, 'cinAtMonthEnd')).toMatchObject({ '2019-05': 3, '2019-06': 4, '2020-01': 4, '2020-02': 3, '2020-03': 3, '2020-04': 4, '2021-03': 4 });
  });

  it('gives null rates when the population is not known', () => {
    const noPopulation = run([refer('2019-06-01', 'A')], { ...CONFIG, population: () => 0 });
    expect(yearly(noPopulation, 'cinPer10k')).toStrictEqual([null, null]);
    expect(yearly(noPopulation, 'cinAt31March')).toStrictEqual([1, 1]);
  });
});

describe('snapshot timing', () => {
  it('counts a child entering care on 31 March and not one entering on 1 April', () => {
    const report = run([enter('2020-03-31', 'A'), enter('2020-04-01', 'B')]);
    expect(yearly(report, 'claAt31March')).toStrictEqual([1, 2]);
  });

  it('takes the snapshot when the first later event arrives, before applying it', () => {
    const projection = createKpiProjection(CONFIG);
    projection.apply(enter('2020-03-31', 'A'));
    projection.apply(e('2020-04-01', 'care.left', { reason: 'E4A' }, 'A'));
    expect(yearly(projection.finish(), 'claAt31March')).toStrictEqual([1, 0]);
  });

  it('fills the months after the last event from the final state', () => {
    const report = run([enter('2019-04-10', 'A')]);
    expect(Object.keys(monthly(report, 'claAtMonthEnd'))).toHaveLength(24);
    expect(report.months.map((m) => m.label).slice(0, 3)).toStrictEqual(['2019-04', '2019-05', '2019-06']);
    expect(report.years.map((y) => [y.label, y.start, y.end])).toStrictEqual([
      ['2019-20', '2019-04-01', '2020-03-31'], ['2020-21', '2020-04-01', '2021-03-31'],
    ]);
  });

  it('refuses events out of day order, a start that is not 1 April and apply after finish', () => {
    const projection = createKpiProjection(CONFIG);
    projection.apply(enter('2019-05-01', 'A'));
    expect(() => projection.apply(enter('2019-04-30', 'B'))).toThrow(/day order/);
    projection.finish();
    expect(() => projection.apply(enter('2019-06-01', 'C'))).toThrow(/after finish/);
    expect(() => createKpiProjection({ ...CONFIG, reportStart: CONFIG.reportStart + 1 as never })).toThrow(/not 1 April/);
  });
});
