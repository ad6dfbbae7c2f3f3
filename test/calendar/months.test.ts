/**
 * Calendar-month and calendar-year arithmetic with end-of-month clamping (statutory-rules.md §2 point 4).
 */
import { describe, expect, test as vitestTest } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { daysInMonth, partsFromSimDay, simDayOf, toLocalDate } from '../../src/domain/time.ts';
import type { SimDay } from '../../src/domain/time.ts';
import { CalendarRangeError, addDays, addMonths, addYears } from '../../src/calendar/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { dayBetween } from './arbitraries.ts';

const d = (text: string): SimDay => simDayOf(text);
const NUM_RUNS = 300;

/** Days whose ±20 years stay inside 1990–2100, with month-ends (the interesting cases) drawn often. */
const day: fc.Arbitrary<SimDay> = fc.oneof(
  dayBetween('2010-01-01', '2080-12-31'),
  fc.record({ year: fc.integer({ min: 2010, max: 2080 }), month: fc.integer({ min: 1, max: 12 }), back: fc.integer({ min: 0, max: 3 }) })
    .map(({ year, month, back }) => simDayOf(`${year}-${String(month).padStart(2, '0')}-${daysInMonth(year, month) - back}`)),
);
const months = fc.integer({ min: -240, max: 240 });

describe('clamping examples (statutory-rules.md §1 rcpc_first_3m, §2 point 4)', () => {
  vitestTest.each([
    ['2015-11-30', 3, '2016-02-29'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-03-31', -1, '2023-02-28'],
    ['2023-05-31', 1, '2023-06-30'],
    ['2023-12-15', 1, '2024-01-15'],
    ['2024-01-15', -1, '2023-12-15'],
    ['2023-06-30', 0, '2023-06-30'],
  ] as const)('%s + %i months = %s', (from, n, to) => {
    expect(toLocalDate(addMonths(d(from), n))).toBe(to);
  });

  vitestTest('addYears clamps 29 February to 28 February and otherwise keeps the date', () => {
    expect(toLocalDate(addYears(d('2024-02-29'), 1))).toBe('2025-02-28');
    expect(toLocalDate(addYears(d('2024-02-29'), 4))).toBe('2028-02-29');
    expect(toLocalDate(addYears(d('2024-02-29'), -1))).toBe('2023-02-28');
    expect(toLocalDate(addYears(d('2023-03-01'), 18))).toBe('2041-03-01');
  });

  vitestTest('addDays moves calendar days across month and year ends', () => {
    expect(toLocalDate(addDays(d('2024-02-28'), 2))).toBe('2024-03-01');
    expect(toLocalDate(addDays(d('2023-12-31'), 1))).toBe('2024-01-01');
    expect(toLocalDate(addDays(d('2023-01-01'), -1))).toBe('2022-12-31');
  });
});

describe(`addMonths and addYears laws (seed: ${FC_SEED})`, () => {
  test.prop([day, months], { numRuns: NUM_RUNS })('day of month = min(original, days in target month)', (from, n) => {
    const before = partsFromSimDay(from);
    const after = partsFromSimDay(addMonths(from, n));
    expect(after.day).toBe(Math.min(before.day, daysInMonth(after.year, after.month)));
  });

  test.prop([day, months], { numRuns: NUM_RUNS })('the month moves by exactly n', (from, n) => {
    const before = partsFromSimDay(from);
    const after = partsFromSimDay(addMonths(from, n));
    expect(after.year * 12 + after.month - (before.year * 12 + before.month)).toBe(n);
  });

  test.prop([day, fc.integer({ min: 0, max: 240 })], { numRuns: NUM_RUNS })('addMonths(d, n) ≥ d for n ≥ 0', (from, n) => {
    expect(addMonths(from, n)).toBeGreaterThanOrEqual(from);
  });

  test.prop([day, months, months], { numRuns: NUM_RUNS })('addMonths is monotonic in n', (from, a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(addMonths(from, lo)).toBeLessThanOrEqual(addMonths(from, hi));
  });

  test.prop([day, fc.integer({ min: -20, max: 20 })], { numRuns: NUM_RUNS })('addYears(d, n) === addMonths(d, 12n)', (from, n) => {
    expect(addYears(from, n)).toBe(addMonths(from, 12 * n));
  });

  test.prop([day, fc.integer({ min: -3000, max: 3000 })], { numRuns: NUM_RUNS })('addDays(d, n) − d === n', (from, n) => {
    expect(addDays(from, n) - from).toBe(n);
  });
});

describe('range and argument errors', () => {
  vitestTest.each([
    ['addMonths', (x: SimDay) => addMonths(x, 0)],
    ['addYears', (x: SimDay) => addYears(x, 0)],
  ] as const)('%s refuses 1989-12-31 and 2101-01-01', (_name, call) => {
    expect(() => call(d('1989-12-31'))).toThrow(CalendarRangeError);
    expect(() => call(d('2101-01-01'))).toThrow(CalendarRangeError);
  });

  vitestTest('results outside 1990–2100 and fractional n are refused', () => {
    expect(() => addMonths(d('2100-12-31'), 1)).toThrow(CalendarRangeError);
    expect(() => addMonths(d('1990-01-31'), -1)).toThrow(CalendarRangeError);
    expect(() => addYears(d('2100-01-01'), 1)).toThrow(CalendarRangeError);
    expect(() => addMonths(d('2023-01-31'), 0.5)).toThrow(RangeError);
    expect(() => addYears(d('2023-01-31'), 1.5)).toThrow(RangeError);
  });
});
