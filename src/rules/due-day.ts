/**
 * The last day on which a clock's stop event is on time.
 */
import { addDays, addMonths, addWorkingDays } from '../calendar/index.ts';
import type { SimDay } from '../domain/time.ts';
import type { Limit } from './rule-types.ts';

/**
 * Returns the due day of a clock starting on `start` (statutory-rules.md §2): working days count the start
 * as day 0; days and weeks are calendar days; months keep the day of the month or clamp to the month's
 * end; `beginningWith` counts the start as day 1, so 26 weeks beginning with D end on D + 181.
 * @example toLocalDate(dueDay(simDayOf('2022-05-27'), { amount: 15, unit: 'workingDays' })) === '2022-06-21'
 */
export function dueDay(start: SimDay, limit: Limit): SimDay {
  const backOne = limit.beginningWith === true ? -1 : 0;
  switch (limit.unit) {
    case 'workingDays':
      return addWorkingDays(start, limit.amount);
    case 'days':
      return addDays(start, limit.amount + backOne);
    case 'weeks':
      return addDays(start, 7 * limit.amount + backOne);
    case 'months':
      return addMonths(start, limit.amount);
    default: {
      const unknownUnit: never = limit.unit;
      throw new Error(`dueDay: unknown limit unit ${String(unknownUnit)}; use workingDays, days, weeks or months`);
    }
  }
}
