/**
 * Shared fast-check arbitraries and an independent, deliberately naive working-day oracle for the calendar tests.
 */
import { fc } from '@fast-check/vitest';
import { simDayOf } from '../../src/domain/time.ts';
import type { SimDay } from '../../src/domain/time.ts';
import { bankHolidays } from '../../src/calendar/index.ts';

/** Days between `from` and `to` inclusive (both YYYY-MM-DD). */
export function dayBetween(from: string, to: string): fc.Arbitrary<SimDay> {
  return fc.integer({ min: simDayOf(from), max: simDayOf(to) }).map((d) => d as SimDay);
}

/** A day with two years of margin at both ends of 1990–2100, so ±400 working days (~560 calendar days) stay in range. */
export const innerDay: fc.Arbitrary<SimDay> = dayBetween('1992-01-01', '2099-01-01');

/** Any supported day. */
export const anyDay: fc.Arbitrary<SimDay> = dayBetween('1990-01-01', '2100-12-31');

const holidaySets = new Map<number, ReadonlySet<number>>();

/** Naive working-day test: its own weekday formula (1970-01-01 was a Thursday) and a lookup in bankHolidays(year). */
export function naiveIsWorkingDay(day: number, year: number): boolean {
  const sundayZero = (((day + 4) % 7) + 7) % 7; // 0 = Sunday … 6 = Saturday
  if (sundayZero === 0 || sundayZero === 6) return false;
  let set = holidaySets.get(year);
  if (set === undefined) {
    set = new Set<number>(bankHolidays(year));
    holidaySets.set(year, set);
  }
  return !set.has(day);
}

/** Year of a SimDay by walking from 1 January of a known year (independent of the code under test). */
function yearOf(day: number): number {
  let year = 1990;
  while (simDayOf(`${year + 1}-01-01`) <= day) year++;
  return year;
}

/** Counts working days in (start, end] one day at a time; minus the count in (end, start] when end < start. */
export function naiveWorkingDaysBetween(start: number, end: number): number {
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  let year = yearOf(lo + 1);
  let nextNewYear = simDayOf(`${year + 1}-01-01`);
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) {
    if (d === nextNewYear) {
      year++;
      nextNewYear = simDayOf(`${year + 1}-01-01`);
    }
    if (naiveIsWorkingDay(d, year)) count++;
  }
  return end >= start ? count : 0 - count; // 0 - 0 is +0, as the code under test returns
}
