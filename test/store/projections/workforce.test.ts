/**
 * Workforce KPIs (CSWW conventions, statutory-rules.md §4: snapshot on 30 September, turnover over the
 * 12 months to it) and the case-allocation KPIs, on hand-computed streams.
 */
import { describe, expect, it } from 'vitest';
import { e, monthly, run, w, yearly } from './support.ts';

const refer = (day: string, child: string) => e(day, 'referral.accepted', { source: '1A', need: 'N1', outcome: 'assessment' }, child);
const allocate = (day: string, child: string, worker = 'S1') => e(day, 'worker.allocated', { worker, team: 'TA' }, child);
const change = (day: string, child: string, worker: string) => e(day, 'worker.changed', { worker, team: 'TA', reason: 'LEFTRL' }, child);
const release = (day: string, child: string) => e(day, 'worker.released', { reason: 'LEFTRL' }, child);
const close = (day: string, child: string) => e(day, 'case.closed', { reason: 'RC8' }, child);
const enter = (day: string, child: string) => e(day, 'care.entered', { legalStatus: 'C2', need: 'N1' }, child);
const join = (day: string, worker: string, team: string, fte: number, agency = false) => w(day, 'staff.joined', { team, agency, fte }, worker);
const left = (day: string, worker: string, team: string) => w(day, 'staff.left', { team }, worker);

const STAFF = [
  w('2018-01-01', 'team.established', { team: 'TA', kind: 'assessment', fte: 10 }, ''),
  w('2018-01-01', 'team.established', { team: 'TF', kind: 'frontDoor', fte: 4 }, ''),
  w('2018-01-01', 'team.established', { team: 'TG', kind: 'protection', fte: 1 }, ''),
  w('2019-06-01', 'team.established', { team: 'TA', kind: 'assessment', fte: 12 }, ''), // the latest establishment counts
  join('2018-01-01', 'S1', 'TA', 1), join('2018-01-01', 'S2', 'TA', 0.6), join('2019-01-01', 'S3', 'TA', 1, true),
  join('2018-01-01', 'S4', 'TF', 1), join('2018-01-01', 'S10', 'TZ', 1), join('2018-01-01', 'S11', 'TG', 2),
  join('2018-01-01', 'S5', 'TA', 0.8), left('2018-09-30', 'S5', 'TA'), // left before the CSWW year began
  join('2018-01-01', 'S6', 'TA', 0.5), left('2018-10-01', 'S6', 'TA'), // first day of the CSWW year (in the warm-up)
  join('2018-02-01', 'S7', 'TF', 1), left('2019-09-30', 'S7', 'TF'), // last day of the CSWW year
  join('2018-02-01', 'S8', 'TA', 1, true), left('2019-05-01', 'S8', 'TA'), // agency leavers are not turnover
  join('2019-10-01', 'S9', 'TF', 1), // joins after the snapshot
];

const CASES = [
  refer('2019-03-01', 'G'), allocate('2019-03-05', 'G'), // warm-up wait, not counted
  refer('2019-03-25', 'H'), allocate('2019-04-02', 'H'), // wait ended in 2019-20: 8 days
  refer('2019-05-01', 'A'), // never allocated
  refer('2019-05-01', 'B'), allocate('2019-05-10', 'B'), // 9 days
  refer('2019-05-01', 'C'), allocate('2019-05-03', 'C'), release('2020-03-31', 'C'), allocate('2020-04-10', 'C'), // 2, then 10 days
  refer('2019-05-01', 'D'), allocate('2020-03-31', 'D'), // 335 days
  refer('2020-04-01', 'E'),
  refer('2019-05-01', 'F'), close('2019-06-01', 'F'), // closed unallocated: the wait never ended
];

describe('workforce on 30 September', () => {
  const report = run([...STAFF, ...CASES]);

  it('sums FTE in post and agency FTE', () => {
    // 2019: S1 1 + S2 0.6 + S4 1 + S10 1 + S11 2 = 5.6 non-agency; S3 agency. 2020: S9 joins.
    expect(yearly(report, 'socialWorkerFte')).toStrictEqual([5.6, 6.6]);
    expect(yearly(report, 'agencyFte')).toStrictEqual([1, 1]);
  });

  it('counts non-agency leavers from 1 October to 30 September over FTE in post', () => {
    // (S6 0.5 + S7 1) / 5.6; nobody left in the year to 30 September 2020.
    expect(yearly(report, 'turnoverPct')).toStrictEqual([26.8, 0]);
  });

  it('counts vacancies per team against non-agency staff, an over-staffed team filling none', () => {
    // TA 12 − 1.6 = 10.4, TF 4 − 1 = 3, TG 1 − 2 → 0: 13.4 / (13.4 + 5.6). 2020: TF 4 − (S4 + S9) = 2 → 12.4 / (12.4 + 6.6).
    expect(yearly(report, 'vacancyPct')).toStrictEqual([70.5, 65.3]);
    expect(yearly(report, 'agencyPct')).toStrictEqual([15.2, 13.2]);
  });

  it('divides allocated open cases by case-holding FTE (assessment and protection teams, agency included)', () => {
    // 30 Sep 2019: B, C, G, H allocated over S1 + S2 + S3 + S11 = 4.6 FTE; 30 Sep 2020: B, C, D, G, H.
    expect(yearly(report, 'meanCaseload')).toStrictEqual([0.9, 1.1]);
  });

  it('gives null rates with no staff', () => {
    const empty = run(CASES);
    for (const id of ['turnoverPct', 'vacancyPct', 'agencyPct', 'meanCaseload'] as const) expect(yearly(empty, id)).toStrictEqual([null, null]);
    expect(yearly(empty, 'socialWorkerFte')).toStrictEqual([0, 0]);
  });
});

describe('allocation of cases', () => {
  const report = run(CASES);

  it('counts open cases without a worker after the events of 31 March', () => {
    // 2020: A and C (released on 31 March). 2021: A and E.
    expect(yearly(report, 'unallocatedCasesAt31March')).toStrictEqual([2, 2]);
    expect(monthly(report, 'unallocatedAtMonthEnd')).toMatchObject({ '2019-05': 3, '2019-06': 2, '2020-03': 2, '2020-04': 2 });
    expect(report.months[0]?.values.unallocatedAtMonthEnd).toBe(0); // G and H both allocated by 30 April
  });

  it('averages the unallocated waits that ended in the year', () => {
    // (8 + 9 + 2 + 335) / 4 = 88.5; then C's 10 days.
    expect(yearly(report, 'meanUnallocatedWaitDays')).toStrictEqual([88.5, 10]);
  });

  it('counts children looked after on 31 March with 3 or more social workers in the year', () => {
    const stability = run([
      enter('2019-01-01', 'A'), allocate('2019-01-01', 'A', 'W1'), change('2019-06-01', 'A', 'W2'), change('2019-09-01', 'A', 'W3'),
      enter('2019-01-01', 'B'), allocate('2019-02-01', 'B', 'W1'), change('2019-05-01', 'B', 'W2'), change('2019-08-01', 'B', 'W1'),
      enter('2018-06-01', 'C'), allocate('2018-06-01', 'C', 'W1'), change('2019-02-01', 'C', 'W2'), change('2019-03-01', 'C', 'W3'),
      enter('2019-04-01', 'D'), allocate('2019-04-01', 'D', 'W1'), release('2019-05-01', 'D'), allocate('2019-06-01', 'D', 'W2'),
      change('2019-07-01', 'D', 'W3'),
      allocate('2019-04-01', 'E', 'W1'), change('2019-05-01', 'E', 'W2'), change('2019-06-01', 'E', 'W3'), // not looked after
    ]);
    // 2019-20: A and D of A, B, C, D. 2020-21: each holds one worker.
    expect(yearly(stability, 'claThreePlusSocialWorkersPct')).toStrictEqual([50, 0]);
  });

  it('counts worker changes and reallocations per case open in the year', () => {
    const changes = run([
      refer('2019-01-01', 'A'), allocate('2019-01-05', 'A', 'W1'), change('2019-06-01', 'A', 'W2'),
      refer('2019-05-01', 'B'), allocate('2019-05-02', 'B', 'W1'), release('2019-07-01', 'B'), allocate('2019-08-01', 'B', 'W3'),
      refer('2019-06-01', 'C'), close('2019-07-01', 'C'),
      refer('2019-02-01', 'D'), allocate('2019-02-01', 'D', 'W1'), change('2019-03-01', 'D', 'W2'), close('2019-03-15', 'D'),
    ]);
    // 2019-20: 2 changes over A (open on 1 April), B and C. 2020-21: no changes over A and B.
    expect(yearly(changes, 'workerChangesPerChild')).toStrictEqual([0.67, 0]);
    expect(yearly(run([]), 'workerChangesPerChild')).toStrictEqual([null, null]);
  });
});
