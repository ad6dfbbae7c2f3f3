/**
 * Calendar-day arithmetic on SimDay.
 *
 * Why a function for `day + n`: weeks and hours in statutory timescales are calendar time
 * (statutory-rules.md §2 point 3: "within one week" = 7 days, "six weeks" = 42 days), and going
 * through the calendar keeps every result inside the range the working-day arrays cover, so a
 * later working-day call on it cannot fail far from the cause.
 */
import { toLocalDate } from '../domain/time.ts';
import type { SimDay } from '../domain/time.ts';
import { FIRST_DAY, SPAN_DAYS, checkInteger, indexOf } from './range.ts';

/**
 * Returns `day + n` calendar days (n may be negative), refusing results outside 1990–2100.
 * @example toLocalDate(addDays(simDayOf('2024-02-28'), 2)) === '2024-03-01'
 */
export function addDays(day: SimDay, n: number): SimDay {
  indexOf(day, 'addDays: day');
  checkInteger(n, 'addDays');
  const result = day + n;
  // The message names the call, so it is built only when the result is out of range: formatting a
  // date on every call was a measurable share of a national run.
  const i = result - FIRST_DAY;
  if (!(i >= 0 && i < SPAN_DAYS)) indexOf(result, `addDays(${toLocalDate(day)}, ${n}): the result`);
  return result as SimDay;
}
