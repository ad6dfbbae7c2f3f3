/**
 * Checks the rule-computed bank holidays against the published table (statutory-rules.md §3, from GOV.UK
 * `bank-holidays.json`, division england-and-wales) for 2011–2028, and the one-off days before 2011.
 */
import { describe, expect, test } from 'vitest';
import { isoWeekday, simDayFromParts, simDayOf, toLocalDate } from '../../src/domain/time.ts';
import type { SimDay } from '../../src/domain/time.ts';
import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  CalendarRangeError,
  bankHolidays,
  isBankHoliday,
  isWorkingDay,
} from '../../src/calendar/index.ts';
import { easterSunday } from '../../src/calendar/easter.ts';

/** statutory-rules.md §3, "Weekday bank holidays in England & Wales", transcribed as DD Mon per year. */
const PUBLISHED: Readonly<Record<number, string>> = {
  2011: '03 Jan, 22 Apr, 25 Apr, 29 Apr, 02 May, 30 May, 29 Aug, 26 Dec, 27 Dec',
  2012: '02 Jan, 06 Apr, 09 Apr, 07 May, 04 Jun, 05 Jun, 27 Aug, 25 Dec, 26 Dec',
  2013: '01 Jan, 29 Mar, 01 Apr, 06 May, 27 May, 26 Aug, 25 Dec, 26 Dec',
  2014: '01 Jan, 18 Apr, 21 Apr, 05 May, 26 May, 25 Aug, 25 Dec, 26 Dec',
  2015: '01 Jan, 03 Apr, 06 Apr, 04 May, 25 May, 31 Aug, 25 Dec, 28 Dec',
  2016: '01 Jan, 25 Mar, 28 Mar, 02 May, 30 May, 29 Aug, 26 Dec, 27 Dec',
  2017: '02 Jan, 14 Apr, 17 Apr, 01 May, 29 May, 28 Aug, 25 Dec, 26 Dec',
  2018: '01 Jan, 30 Mar, 02 Apr, 07 May, 28 May, 27 Aug, 25 Dec, 26 Dec',
  2019: '01 Jan, 19 Apr, 22 Apr, 06 May, 27 May, 26 Aug, 25 Dec, 26 Dec',
  2020: '01 Jan, 10 Apr, 13 Apr, 08 May, 25 May, 31 Aug, 25 Dec, 28 Dec',
  2021: '01 Jan, 02 Apr, 05 Apr, 03 May, 31 May, 30 Aug, 27 Dec, 28 Dec',
  2022: '03 Jan, 15 Apr, 18 Apr, 02 May, 02 Jun, 03 Jun, 29 Aug, 19 Sep, 26 Dec, 27 Dec',
  2023: '02 Jan, 07 Apr, 10 Apr, 01 May, 08 May, 29 May, 28 Aug, 25 Dec, 26 Dec',
  2024: '01 Jan, 29 Mar, 01 Apr, 06 May, 27 May, 26 Aug, 25 Dec, 26 Dec',
  2025: '01 Jan, 18 Apr, 21 Apr, 05 May, 26 May, 25 Aug, 25 Dec, 26 Dec',
  2026: '01 Jan, 03 Apr, 06 Apr, 04 May, 25 May, 31 Aug, 25 Dec, 28 Dec',
  2027: '01 Jan, 26 Mar, 29 Mar, 03 May, 31 May, 30 Aug, 27 Dec, 28 Dec',
  2028: '03 Jan, 14 Apr, 17 Apr, 01 May, 29 May, 28 Aug, 25 Dec, 26 Dec',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Turns '03 Jan, 22 Apr' for a year into ['YYYY-01-03', 'YYYY-04-22']. */
function publishedDates(year: number): string[] {
  return (PUBLISHED[year] ?? '').split(', ').map((entry) => {
    const [dd, mon] = entry.split(' ');
    const month = MONTHS.indexOf(mon ?? '') + 1;
    if (month === 0 || dd === undefined) throw new Error(`bad table entry "${entry}" for ${year}`);
    return `${year}-${String(month).padStart(2, '0')}-${dd}`;
  });
}

const weekdayHolidays = (year: number): string[] =>
  bankHolidays(year).filter((d) => isoWeekday(d) <= 5).map((d) => toLocalDate(d));

const TABLE_YEARS = Object.keys(PUBLISHED).map(Number);

describe('bankHolidays matches the published England & Wales table (statutory-rules.md §3)', () => {
  test('the table covers every year 2011–2028', () => {
    expect(TABLE_YEARS).toEqual(Array.from({ length: 18 }, (_, i) => 2011 + i));
  });

  test.each(TABLE_YEARS)('%i: weekday bank holidays equal the table exactly', (year) => {
    expect(weekdayHolidays(year)).toEqual(publishedDates(year));
  });

  test.each(TABLE_YEARS)('%i: isWorkingDay and isBankHoliday agree with the table day by day', (year) => {
    const holidays = new Set(publishedDates(year));
    const mismatches: string[] = [];
    for (let d = simDayFromParts(year, 1, 1); d <= simDayFromParts(year, 12, 31); d = (d + 1) as SimDay) {
      const date = toLocalDate(d);
      const weekday = isoWeekday(d) <= 5;
      const expectedWorking = weekday && !holidays.has(date);
      if (isWorkingDay(d) !== expectedWorking) mismatches.push(`${date} isWorkingDay=${isWorkingDay(d)}`);
      if (weekday && isBankHoliday(d) !== holidays.has(date)) mismatches.push(`${date} isBankHoliday=${isBankHoliday(d)}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('one-off days and rules outside the published table', () => {
  test('1995: early May holiday moved to Mon 8 May (VE Day 50th)', () => {
    expect(weekdayHolidays(1995)).toEqual([
      '1995-01-02', '1995-04-14', '1995-04-17', '1995-05-08', '1995-05-29', '1995-08-28', '1995-12-25', '1995-12-26',
    ]);
  });

  test('1999: millennium holiday Fri 31 Dec, after Christmas substitutes on 27–28 Dec', () => {
    expect(weekdayHolidays(1999)).toEqual([
      '1999-01-01', '1999-04-02', '1999-04-05', '1999-05-03', '1999-05-31', '1999-08-30', '1999-12-27', '1999-12-28', '1999-12-31',
    ]);
  });

  test('2002: spring holiday moved to Tue 4 Jun, Golden Jubilee Mon 3 Jun', () => {
    expect(weekdayHolidays(2002)).toEqual([
      '2002-01-01', '2002-03-29', '2002-04-01', '2002-05-06', '2002-06-03', '2002-06-04', '2002-08-26', '2002-12-25', '2002-12-26',
    ]);
  });

  test('2000: New Year substitute Mon 3 Jan (1 Jan was a Saturday)', () => {
    expect(weekdayHolidays(2000)[0]).toBe('2000-01-03');
  });

  test('Easter Sunday matches known dates, including the earliest and latest possible', () => {
    const known: Record<number, string> = {
      1990: '1990-04-15', 2000: '2000-04-23', 2008: '2008-03-23', 2011: '2011-04-24', 2019: '2019-04-21',
      2038: '2038-04-25', 2049: '2049-04-18', 2100: '2100-03-28', 2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(toLocalDate(easterSunday(Number(year)))).toBe(date);
  });

  test('every year 1990–2100: sorted, inside the year, Monday–Friday, 8 to 10 days, frozen', () => {
    for (let year = CALENDAR_FIRST_YEAR; year <= CALENDAR_LAST_YEAR; year++) {
      const days = bankHolidays(year);
      expect(Object.isFrozen(days)).toBe(true);
      expect(days.length).toBeGreaterThanOrEqual(8);
      expect(days.length).toBeLessThanOrEqual(10);
      expect([...days].sort((a, b) => a - b)).toEqual(days);
      expect(new Set(days).size).toBe(days.length);
      for (const d of days) {
        expect(toLocalDate(d).slice(0, 4)).toBe(String(year));
        expect(isoWeekday(d)).toBeLessThanOrEqual(5);
        expect(isBankHoliday(d)).toBe(true);
        expect(isWorkingDay(d)).toBe(false);
      }
    }
  });

  test('a weekend Christmas Day is not listed; its substitutes are (2021: Mon 27, Tue 28 Dec)', () => {
    expect(isBankHoliday(simDayOf('2021-12-25'))).toBe(false);
    expect(isWorkingDay(simDayOf('2021-12-25'))).toBe(false);
    expect(isBankHoliday(simDayOf('2021-12-27'))).toBe(true);
    expect(isBankHoliday(simDayOf('2021-12-28'))).toBe(true);
  });

  test('years outside 1990–2100 and fractional years are refused with CalendarRangeError', () => {
    expect(() => bankHolidays(1989)).toThrow(CalendarRangeError);
    expect(() => bankHolidays(2101)).toThrow(CalendarRangeError);
    expect(() => bankHolidays(2020.5)).toThrow(CalendarRangeError);
    expect(() => bankHolidays(2101)).toThrow(/supported years 1990–2100; pass a whole year/);
    expect(() => isBankHoliday(simDayOf('1989-12-31'))).toThrow(CalendarRangeError);
    expect(() => isBankHoliday(simDayOf('2101-01-01'))).toThrow(CalendarRangeError);
  });
});
