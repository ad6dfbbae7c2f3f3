/**
 * Working-day arithmetic in O(1), from arrays precomputed once over 1990–2100.
 *
 * Definition: a working day is any day other than a Saturday, a Sunday, Christmas Day, Good Friday or an
 * England & Wales bank holiday under the Banking and Financial Dealings Act 1971 (CPPCR2010 reg 2;
 * statutory-rules.md §2 point 1). Counting: "within N working days of X" makes X day 0, and a duration
 * from X to Y is the number of working days in the half-open interval (X, Y] (the DfE convention,
 * statutory-rules.md §2 point 2; ARCHITECTURE.md D3).
 *
 * Why precompute: these functions run millions of times a simulated decade (ARCHITECTURE.md §7), so
 * a day-by-day loop is too slow. Three arrays make every call a few array reads:
 * - WORKING[i]: 1 if day FIRST_DAY + i is a working day;
 * - CUMULATIVE[i]: working days in [FIRST_DAY, FIRST_DAY + i], so a count over (a, b] is a subtraction;
 * - BY_ORDINAL[k]: the SimDay of the (k + 1)-th working day of the span, so "n working days later" is
 *   one lookup.
 */
import { isoWeekday, toLocalDate } from '../domain/time.ts';
import type { SimDay } from '../domain/time.ts';
import { HOLIDAY_FLAGS } from './bank-holidays.ts';
import { FIRST_DAY, SPAN_DAYS, checkInteger, indexOf, resultRangeError } from './range.ts';

const WORKING = new Uint8Array(SPAN_DAYS);
const CUMULATIVE = new Int32Array(SPAN_DAYS);
let workingCount = 0;
for (let i = 0; i < SPAN_DAYS; i++) {
  const weekday = isoWeekday((FIRST_DAY + i) as SimDay);
  const working = weekday <= 5 && HOLIDAY_FLAGS[i] === 0 ? 1 : 0;
  WORKING[i] = working;
  workingCount += working;
  CUMULATIVE[i] = workingCount;
}
const WORKING_DAYS_IN_SPAN = workingCount;
const BY_ORDINAL = new Int32Array(WORKING_DAYS_IN_SPAN);
for (let i = 0, k = 0; i < SPAN_DAYS; i++) if (WORKING[i] === 1) BY_ORDINAL[k++] = FIRST_DAY + i;

/** Reads a typed array at an index already known to be in bounds (keeps noUncheckedIndexedAccess quiet). */
function at(array: Int32Array | Uint8Array, index: number): number {
  return array[index] as number;
}

/**
 * Tells whether a day is a working day (not Saturday, Sunday, Christmas Day, Good Friday or a bank holiday).
 * @example isWorkingDay(simDayOf('2023-04-07')) === false // Good Friday
 */
export function isWorkingDay(day: SimDay): boolean {
  return WORKING[indexOf(day, 'isWorkingDay: day')] === 1;
}

/**
 * Returns the day itself if it is a working day, otherwise the next working day after it.
 * @example toLocalDate(nextWorkingDayOnOrAfter(simDayOf('2023-04-07'))) === '2023-04-11' // Good Friday → Tuesday
 */
export function nextWorkingDayOnOrAfter(day: SimDay): SimDay {
  const i = indexOf(day, 'nextWorkingDayOnOrAfter: day');
  // Working days strictly before `day` = the 0-based ordinal of the first working day on or after it.
  const k = at(CUMULATIVE, i) - at(WORKING, i);
  if (k >= WORKING_DAYS_IN_SPAN) throw resultRangeError(`nextWorkingDayOnOrAfter(${toLocalDate(day)})`);
  return at(BY_ORDINAL, k) as SimDay;
}

/**
 * Moves n working days from a day, counting the day itself as day 0 (the DfE "within N working days of X" convention).
 *
 * n > 0 gives the n-th working day strictly after `day` (the deadline); n = 0 gives `day` unchanged;
 * n < 0 gives the |n|-th working day strictly before `day`. When `day` is itself a working day,
 * `workingDaysBetween(day, addWorkingDays(day, n)) === n` for every n; when it is not, that holds for
 * n ≥ 0, and for n < 0 the count is n + 1 (the interval (result, day] holds one working day fewer,
 * because the half-open interval excludes the result and `day` adds none).
 * @example toLocalDate(addWorkingDays(simDayOf('2023-04-06'), 1)) === '2023-04-11' // over Easter 2023
 */
export function addWorkingDays(day: SimDay, n: number): SimDay {
  const i = indexOf(day, 'addWorkingDays: day');
  checkInteger(n, 'addWorkingDays');
  if (n === 0) return day;
  // CUMULATIVE[i] is the 1-based ordinal of the last working day on or before `day`.
  const k = n > 0 ? at(CUMULATIVE, i) + n - 1 : at(CUMULATIVE, i) - at(WORKING, i) + n;
  if (k < 0 || k >= WORKING_DAYS_IN_SPAN) throw resultRangeError(`addWorkingDays(${toLocalDate(day)}, ${n})`);
  return at(BY_ORDINAL, k) as SimDay;
}

/**
 * Counts the working days in (start, end], negated when end is before start, so a same-day event takes 0 working days.
 * @example workingDaysBetween(simDayOf('2022-05-27'), simDayOf('2022-06-21')) === 15 // ICPC deadline over the 2022 Jubilee
 */
export function workingDaysBetween(start: SimDay, end: SimDay): number {
  return at(CUMULATIVE, indexOf(end, 'workingDaysBetween: end')) - at(CUMULATIVE, indexOf(start, 'workingDaysBetween: start'));
}
