/**
 * England & Wales bank holidays (plus Good Friday and Christmas Day) for 1990–2100, computed by rule.
 *
 * Why these days: a working day is "any day other than a Saturday, a Sunday, Christmas Day, Good Friday
 * or a day which is a bank holiday under the Banking and Financial Dealings Act 1971 in England and
 * Wales" (CPPCR2010 reg 2; statutory-rules.md §2 point 1). Good Friday and Christmas Day are
 * common-law holidays rather than 1971-Act bank holidays, but they are non-working days by that
 * definition, so they are included here, as GOV.UK's `bank-holidays.json` also does.
 *
 * The rules (1971 Act Sch. 1 para 1, and the annual proclamations under s.1(3) that have made
 * New Year's Day and the early May Monday holidays every year since 1974 and 1978):
 * - New Year's Day, or the next Monday when 1 January is a Saturday or Sunday;
 * - Good Friday and Easter Monday (from the computus in easter.ts);
 * - early May: the first Monday in May; spring: the last Monday in May; summer: the last Monday in August;
 * - Christmas Day and Boxing Day, moved on to the next weekdays when they fall at a weekend
 *   (e.g. Tue 27 Dec 2022, Mon 28 Dec 2020); this equals "the first two weekdays on or after 25 Dec";
 * then the one-off table in one-off-holidays.ts is applied.
 *
 * Only weekday dates are listed (Monday–Friday): a holiday falling at a weekend is replaced by its
 * substitute day and never changes a working-day count (statutory-rules.md §3 lists them the same way).
 */
import { isoWeekday, partsFromSimDay, simDayFromParts, simDayOf, toLocalDate } from '../domain/time.ts';
import type { SimDay } from '../domain/time.ts';
import { easterSunday } from './easter.ts';
import { ONE_OFF_HOLIDAYS } from './one-off-holidays.ts';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, FIRST_DAY, SPAN_DAYS, checkYear, indexOf } from './range.ts';

const MONDAY = 1;

/** The first Monday–Friday on or after `day`. */
function weekdayOnOrAfter(day: SimDay): SimDay {
  const wd = isoWeekday(day);
  return (wd === 6 ? day + 2 : wd === 7 ? day + 1 : day) as SimDay;
}

/** The first Monday on or after `day`. */
function mondayOnOrAfter(day: SimDay): SimDay {
  return (day + ((MONDAY - isoWeekday(day) + 7) % 7)) as SimDay;
}

/** The last Monday on or before `day`. */
function mondayOnOrBefore(day: SimDay): SimDay {
  return (day - ((isoWeekday(day) - MONDAY + 7) % 7)) as SimDay;
}

/** The regular (rule-made) holidays of a year, before one-off changes. */
function ruleHolidays(year: number): SimDay[] {
  const easter = easterSunday(year);
  const christmas = weekdayOnOrAfter(simDayFromParts(year, 12, 25));
  return [
    weekdayOnOrAfter(simDayFromParts(year, 1, 1)), // New Year's Day or its substitute
    (easter - 2) as SimDay, // Good Friday (common law)
    (easter + 1) as SimDay, // Easter Monday
    mondayOnOrAfter(simDayFromParts(year, 5, 1)), // early May bank holiday
    mondayOnOrBefore(simDayFromParts(year, 5, 31)), // spring bank holiday
    mondayOnOrBefore(simDayFromParts(year, 8, 31)), // summer bank holiday
    christmas, // Christmas Day or its substitute
    weekdayOnOrAfter((christmas + 1) as SimDay), // Boxing Day or its substitute
  ];
}

/** Builds every year's list once; a one-off row that does not fit the rules is a bug, so it throws. */
function buildAllYears(): readonly (readonly SimDay[])[] {
  const years: SimDay[][] = [];
  for (let year = CALENDAR_FIRST_YEAR; year <= CALENDAR_LAST_YEAR; year++) years.push(ruleHolidays(year));
  const listOf = (day: SimDay): SimDay[] => {
    const list = years[partsFromSimDay(day).year - CALENDAR_FIRST_YEAR];
    if (list === undefined) {
      throw new Error(`one-off holiday ${toLocalDate(day)} is outside ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}; remove it from one-off-holidays.ts`);
    }
    return list;
  };
  for (const row of ONE_OFF_HOLIDAYS) {
    if (row.kind === 'moved') {
      const from = simDayOf(row.from);
      const list = listOf(from);
      const at = list.indexOf(from);
      if (at < 0) {
        throw new Error(`one-off-holidays.ts moves ${row.from}, which the rules do not make a holiday; fix the 'from' date`);
      }
      list.splice(at, 1);
      list.push(simDayOf(row.to));
    } else {
      listOf(simDayOf(row.day)).push(simDayOf(row.day));
    }
  }
  return years.map((list) => Object.freeze([...new Set(list)].sort((a, b) => a - b)));
}

const BY_YEAR = buildAllYears();

/** 1 on each day of the span that is a bank holiday, Good Friday or Christmas Day (index = day − 1990-01-01). */
export const HOLIDAY_FLAGS: Uint8Array = (() => {
  const flags = new Uint8Array(SPAN_DAYS);
  for (const list of BY_YEAR) for (const day of list) flags[day - FIRST_DAY] = 1;
  return flags;
})();

/**
 * Returns the England & Wales weekday bank holidays of a year (with Good Friday, Christmas Day and substitute days), in date order.
 * @example bankHolidays(2022).map(toLocalDate) // ['2022-01-03', '2022-04-15', …, '2022-09-19', '2022-12-26', '2022-12-27']
 */
export function bankHolidays(year: number): readonly SimDay[] {
  checkYear(year);
  return BY_YEAR[year - CALENDAR_FIRST_YEAR] as readonly SimDay[];
}

/**
 * Tells whether a day is an England & Wales bank holiday, Good Friday or Christmas Day (weekday dates only; substitutes included).
 * @example isBankHoliday(simDayOf('2023-05-08')) === true // Coronation
 */
export function isBankHoliday(day: SimDay): boolean {
  return HOLIDAY_FLAGS[indexOf(day, 'isBankHoliday: day')] === 1;
}
