/**
 * Working-day arithmetic: the worked examples of statutory-rules.md §2 point 2 and the laws of
 * house rule 13 (addWorkingDays lands on working days and inverts workingDaysBetween).
 */
import { describe, expect, test as vitestTest } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { simDayOf, toLocalDate } from '../../src/domain/time.ts';
import type { SimDay } from '../../src/domain/time.ts';
import {
  CalendarRangeError,
  addDays,
  addWorkingDays,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
} from '../../src/calendar/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { anyDay, innerDay, naiveWorkingDaysBetween } from './arbitraries.ts';

const d = (text: string): SimDay => simDayOf(text);
const NUM_RUNS = 300;

describe('worked examples (statutory-rules.md §2 point 2, DfE convention: X is day 0)', () => {
  vitestTest('referral Thu 6 Apr 2023 → decision by Tue 11 Apr 2023 (Good Friday and Easter Monday skipped)', () => {
    expect(toLocalDate(addWorkingDays(d('2023-04-06'), 1))).toBe('2023-04-11');
    expect(workingDaysBetween(d('2023-04-06'), d('2023-04-11'))).toBe(1);
  });

  vitestTest('referral Thu 6 Apr 2023 → 45-working-day deadline Thu 15 Jun 2023 (1 May, 8 May, 29 May skipped)', () => {
    expect(toLocalDate(addWorkingDays(d('2023-04-06'), 45))).toBe('2023-06-15');
    expect(workingDaysBetween(d('2023-04-06'), d('2023-06-15'))).toBe(45);
  });

  vitestTest('strategy discussion Fri 27 May 2022 → ICPC deadline Tue 21 Jun 2022 (15 wd; 2–3 June Jubilee skipped)', () => {
    expect(toLocalDate(addWorkingDays(d('2022-05-27'), 15))).toBe('2022-06-21');
    expect(workingDaysBetween(d('2022-05-27'), d('2022-06-21'))).toBe(15);
  });

  vitestTest('looked after Fri 19 Dec 2025 → first review due Wed 21 Jan 2026 (20 wd over Christmas)', () => {
    expect(toLocalDate(addWorkingDays(d('2025-12-19'), 20))).toBe('2026-01-21');
    expect(workingDaysBetween(d('2025-12-19'), d('2026-01-21'))).toBe(20);
  });

  vitestTest('same day is 0 working days; a weekend start counts from the next working day', () => {
    expect(workingDaysBetween(d('2023-04-06'), d('2023-04-06'))).toBe(0);
    expect(addWorkingDays(d('2023-04-06'), 0)).toBe(d('2023-04-06'));
    expect(toLocalDate(addWorkingDays(d('2023-04-08'), 1))).toBe('2023-04-11'); // Saturday of Easter weekend
    expect(toLocalDate(addWorkingDays(d('2023-04-11'), -1))).toBe('2023-04-06');
    expect(toLocalDate(addWorkingDays(d('2023-04-08'), -1))).toBe('2023-04-06');
    expect(toLocalDate(nextWorkingDayOnOrAfter(d('2023-04-07')))).toBe('2023-04-11');
    expect(toLocalDate(nextWorkingDayOnOrAfter(d('2023-04-06')))).toBe('2023-04-06');
  });

  vitestTest('whole span: workingDaysBetween(1990-01-01, 2100-12-31) equals the naive count', () => {
    expect(workingDaysBetween(d('1990-01-01'), d('2100-12-31'))).toBe(naiveWorkingDaysBetween(d('1990-01-01'), d('2100-12-31')));
  });
});

describe(`addWorkingDays and workingDaysBetween laws (seed: ${FC_SEED})`, () => {
  const n = fc.integer({ min: 0, max: 400 });
  const signedN = fc.integer({ min: -400, max: 400 });

  test.prop([innerDay, fc.integer({ min: 1, max: 400 })], { numRuns: NUM_RUNS })('for n ≥ 1 the result is a working day after d', (day, k) => {
    const result = addWorkingDays(day, k);
    expect(isWorkingDay(result)).toBe(true);
    expect(result).toBeGreaterThan(day);
  });

  test.prop([innerDay, fc.integer({ min: -400, max: -1 })], { numRuns: NUM_RUNS })('for n ≤ −1 the result is a working day before d', (day, k) => {
    const result = addWorkingDays(day, k);
    expect(isWorkingDay(result)).toBe(true);
    expect(result).toBeLessThan(day);
  });

  test.prop([innerDay, n], { numRuns: NUM_RUNS })('workingDaysBetween(d, addWorkingDays(d, n)) === n for n ≥ 0', (day, k) => {
    expect(workingDaysBetween(day, addWorkingDays(day, k))).toBe(k);
  });

  test.prop([innerDay.map(nextWorkingDayOnOrAfter), signedN], { numRuns: NUM_RUNS })(
    'workingDaysBetween(d, addWorkingDays(d, n)) === n for any n when d is a working day, and n is undone by −n',
    (day, k) => {
      const result = addWorkingDays(day, k);
      expect(workingDaysBetween(day, result)).toBe(k);
      expect(addWorkingDays(result, -k)).toBe(day);
    },
  );

  test.prop([innerDay.filter((day) => !isWorkingDay(day)), fc.integer({ min: -400, max: -1 })], { numRuns: NUM_RUNS })(
    'on a non-working d, n < 0 counts back from d, so (result, d] holds |n| − 1 working days',
    (day, k) => {
      // (result, d] excludes result and d adds nothing: the documented exception to the inverse law.
      expect(workingDaysBetween(day, addWorkingDays(day, k))).toBe(k + 1);
      // No working day lies in [d, next working day), so counting back from either gives the same day.
      expect(addWorkingDays(day, k)).toBe(addWorkingDays(nextWorkingDayOnOrAfter(day), k));
    },
  );

  test.prop([innerDay, signedN, signedN], { numRuns: NUM_RUNS })('addWorkingDays is monotonic in n (strictly)', (day, a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    if (lo === hi) expect(addWorkingDays(day, lo)).toBe(addWorkingDays(day, hi));
    else expect(addWorkingDays(day, lo)).toBeLessThan(addWorkingDays(day, hi));
  });

  test.prop([innerDay, fc.integer({ min: 0, max: 60 }), signedN], { numRuns: NUM_RUNS })('addWorkingDays is monotonic in d', (day, gap, k) => {
    const later = (day + gap) as SimDay;
    expect(addWorkingDays(day, k)).toBeLessThanOrEqual(addWorkingDays(later, k));
  });

  test.prop([anyDay, fc.integer({ min: -1500, max: 1500 })], { numRuns: NUM_RUNS })(
    'workingDaysBetween agrees with a naive day-by-day counter',
    (start, span) => {
      const end = Math.min(Math.max(start + span, d('1990-01-01')), d('2100-12-31')) as SimDay;
      expect(workingDaysBetween(start, end)).toBe(naiveWorkingDaysBetween(start, end));
    },
  );

  test.prop([anyDay, anyDay], { numRuns: NUM_RUNS })('workingDaysBetween is antisymmetric', (a, b) => {
    expect(workingDaysBetween(a, b) + workingDaysBetween(b, a)).toBe(0); // also avoids the +0/-0 distinction of toBe
  });

  test.prop([anyDay, anyDay, anyDay], { numRuns: NUM_RUNS })('workingDaysBetween is additive', (a, b, c) => {
    expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
  });

  test.prop([anyDay], { numRuns: NUM_RUNS })('nextWorkingDayOnOrAfter is d on a working day, else addWorkingDays(d, 1)', (day) => {
    if (day > d('2100-12-30')) return; // 2100-12-31 is a Friday; nothing later to check against
    const expected = isWorkingDay(day) ? day : addWorkingDays(day, 1);
    expect(nextWorkingDayOnOrAfter(day)).toBe(expected);
  });
});

describe('range and argument errors', () => {
  const before = d('1989-12-31');
  const after = d('2101-01-01');
  const inside = d('2023-04-06');

  vitestTest.each([
    ['isWorkingDay', (x: SimDay) => isWorkingDay(x)],
    ['nextWorkingDayOnOrAfter', (x: SimDay) => nextWorkingDayOnOrAfter(x)],
    ['addWorkingDays', (x: SimDay) => addWorkingDays(x, 1)],
    ['addWorkingDays (n = 0)', (x: SimDay) => addWorkingDays(x, 0)],
    ['workingDaysBetween (start)', (x: SimDay) => workingDaysBetween(x, inside)],
    ['workingDaysBetween (end)', (x: SimDay) => workingDaysBetween(inside, x)],
    ['addDays', (x: SimDay) => addDays(x, 0)],
  ] as const)('%s refuses 1989-12-31 and 2101-01-01', (_name, call) => {
    expect(() => call(before)).toThrow(CalendarRangeError);
    expect(() => call(after)).toThrow(CalendarRangeError);
    expect(() => call(before)).toThrow(/1989-12-31 \(SimDay \d+\) is outside the calendar's supported range 1990-01-01 to 2100-12-31/);
  });

  vitestTest('results that would leave the range are refused', () => {
    expect(toLocalDate(d('2100-12-31'))).toBe('2100-12-31');
    expect(isWorkingDay(d('2100-12-31'))).toBe(true);
    expect(() => addWorkingDays(d('2100-12-31'), 1)).toThrow(CalendarRangeError);
    expect(() => addWorkingDays(d('1990-01-02'), -1)).toThrow(CalendarRangeError); // 1 Jan 1990 is New Year's Day
    expect(() => addDays(d('2100-12-31'), 1)).toThrow(CalendarRangeError);
    expect(() => addDays(d('1990-01-01'), -1)).toThrow(CalendarRangeError);
    expect(addWorkingDays(d('2100-12-30'), 1)).toBe(d('2100-12-31'));
  });

  vitestTest('non-integer n and non-integer days are refused', () => {
    expect(() => addWorkingDays(inside, 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(inside, 1.5)).not.toThrow(CalendarRangeError);
    expect(() => addWorkingDays(inside, Number.NaN)).toThrow(RangeError);
    expect(() => addDays(inside, 0.5)).toThrow(RangeError);
    expect(() => isWorkingDay((inside + 0.5) as SimDay)).toThrow(CalendarRangeError);
    expect(() => isWorkingDay(Number.NaN as SimDay)).toThrow(CalendarRangeError);
  });
});
