import type { Brand } from './brand.ts';

/** Days since 1970-01-01 (day 0 is a Thursday). The only representation of time inside the core. */
export type SimDay = Brand<number, 'SimDay'>;

/** A calendar date as `YYYY-MM-DD`, used only at the edges (files, screens, exports). */
export type LocalDate = Brand<string, 'LocalDate'>;

/** Weekday numbers with Monday = 1 … Sunday = 7 (ISO 8601). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Thrown for a malformed or impossible date; the message says what was expected. */
export class DateError extends Error {
  override readonly name = 'DateError';
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from civil date, for the proleptic Gregorian calendar.
 * Algorithm: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil.
 * @example simDayFromParts(1970, 1, 1) === 0
 */
export function simDayFromParts(year: number, month: number, day: number): SimDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) as SimDay;
}

/** Civil date from days (inverse of {@link simDayFromParts}); Hinnant's civil_from_days. */
export function partsFromSimDay(day: SimDay): { readonly year: number; readonly month: number; readonly day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

/** ISO weekday of a day: 1970-01-01 (day 0) was a Thursday (4). */
export function isoWeekday(day: SimDay): IsoWeekday {
  return ((((day + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

/**
 * Parses `YYYY-MM-DD`, refusing impossible dates such as 2023-02-30.
 * @example parseLocalDate('2015-11-19')
 */
export function parseLocalDate(text: string): LocalDate {
  const m = LOCAL_DATE.exec(text);
  if (m === null) throw new DateError(`"${text}" is not a date; write it as YYYY-MM-DD, e.g. 2015-11-19`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) throw new DateError(`"${text}" has month ${month}; months run 01–12`);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    throw new DateError(`"${text}" does not exist: ${year}-${m[2]} has ${last} days`);
  }
  return text as LocalDate;
}

/** Converts a validated `LocalDate` to its `SimDay`. */
export function toSimDay(date: LocalDate): SimDay {
  return simDayFromParts(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Parses `YYYY-MM-DD` straight to a `SimDay` (throws `DateError` on a bad date). */
export function simDayOf(text: string): SimDay {
  return toSimDay(parseLocalDate(text));
}

/** Formats a `SimDay` as `YYYY-MM-DD`. */
export function toLocalDate(day: SimDay): LocalDate {
  const p = partsFromSimDay(day);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}` as LocalDate;
}

/** Mints a `SimDay` from an integer, e.g. one read from a typed array. */
export function asSimDay(n: number): SimDay {
  if (!Number.isInteger(n)) throw new DateError(`a SimDay is a whole number of days, got ${n}`);
  return n as SimDay;
}
