/**
 * Calendar-month and calendar-year arithmetic on SimDay, with end-of-month clamping.
 *
 * Rule (statutory-rules.md §2 point 4, and the rcpc_first_3m row of §1): add calendar months keeping
 * the day of the month; if that day does not exist in the target month, use the month's last day
 * (30 Nov + 3 months = 28/29 Feb; 31 Aug + 6 months = 28/29 Feb). "Not more than six months after"
 * then means on or before the returned day. Clamping makes month addition non-invertible
 * (31 Jan + 1 month − 1 month = 28 Jan), so chain from the actual previous event (§2 point 5), never
 * by subtracting back.
 */
import { daysInMonth, partsFromSimDay, simDayFromParts } from '../domain/time.ts';
import type { SimDay } from '../domain/time.ts';
import { checkInteger, indexOf } from './range.ts';

/** Shared body of addMonths and addYears (a year is 12 months under the same clamping rule). */
function shiftMonths(day: SimDay, months: number, call: 'addMonths' | 'addYears'): SimDay {
  const p = partsFromSimDay(day);
  const total = p.year * 12 + (p.month - 1) + months; // months since year 0, January
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const result = simDayFromParts(year, month, Math.min(p.day, daysInMonth(year, month)));
  // The label is a constant per caller: this runs for every chained review in a national run,
  // so no message string is built unless the result is out of range.
  indexOf(result, call === 'addMonths' ? 'addMonths: the result' : 'addYears: the result');
  return result;
}

/**
 * Adds n calendar months (n may be negative), keeping the day of the month or clamping to the month's last day.
 * @example toLocalDate(addMonths(simDayOf('2015-11-30'), 3)) === '2016-02-29'
 */
export function addMonths(day: SimDay, n: number): SimDay {
  indexOf(day, 'addMonths: day');
  checkInteger(n, 'addMonths');
  return shiftMonths(day, n, 'addMonths');
}

/**
 * Adds n calendar years (n may be negative), clamping 29 February to 28 February in non-leap years.
 * @example toLocalDate(addYears(simDayOf('2024-02-29'), 1)) === '2025-02-28'
 */
export function addYears(day: SimDay, n: number): SimDay {
  indexOf(day, 'addYears: day');
  checkInteger(n, 'addYears');
  return shiftMonths(day, n * 12, 'addYears');
}
