/**
 * The last day on which a clock's stop event is on time.
 */
import { addWorkingDays } from '../calendar/index.ts';
import type { SimDay } from '../domain/time.ts';
import { monthsAfter, plusDays } from './day-memo.ts';
import type { Limit } from './rule-types.ts';

/**
 * Returns the due day of a clock starting on `start` (statutory-rules.md §2): working days count the start
 * as day 0; days and weeks are calendar days; months keep the day of the month or clamp to the month's
 * end; `beginningWith` counts the start as day 1, so 26 weeks beginning with D end on D + 181.
 * @example toLocalDate(dueDay(simDayOf('2022-05-27'), { amount: 15, unit: 'workingDays' })) === '2022-06-21'
 */
export function dueDay(start: SimDay, limit: Limit): SimDay {
  // The same results and errors as addDays and addMonths, without their cost on the hot path (day-memo.ts).
  switch (limit.unit) {
    case 'workingDays':
      return addWorkingDays(start, limit.amount);
    case 'days':
      return plusDays(start, limit.amount + (limit.beginningWith === true ? -1 : 0));
    case 'weeks':
      return plusDays(start, 7 * limit.amount + (limit.beginningWith === true ? -1 : 0));
    case 'months':
      return monthsAfter(start, limit.amount);
    default: {
      const unknownUnit: never = limit.unit;
      throw new Error(`dueDay: unknown limit unit ${String(unknownUnit)}; use workingDays, days, weeks or months`);
    }
  }
}
