/**
 * The span of days the calendar covers, and the error for days outside it.
 *
 * Why a fixed span: working-day arithmetic is on the simulator's hot path, so the calendar
 * precomputes typed arrays over every day of 1990–2100 once at module load (ARCHITECTURE.md D3).
 * A day outside the span has no precomputed entry; answering anyway would silently give wrong
 * deadlines, so we refuse loudly instead (statutory-rules.md §3: "fail loudly when a date falls
 * outside the covered years").
 */
import { simDayFromParts, toLocalDate } from '../domain/time.ts';
import type { SimDay } from '../domain/time.ts';

/** First calendar year the calendar covers (1 January of it is the first supported day). */
export const CALENDAR_FIRST_YEAR = 1990;

/** Last calendar year the calendar covers (31 December of it is the last supported day). */
export const CALENDAR_LAST_YEAR = 2100;

/** 1990-01-01 as a SimDay: index 0 of every precomputed array. */
export const FIRST_DAY: SimDay = simDayFromParts(CALENDAR_FIRST_YEAR, 1, 1);

/** 2100-12-31 as a SimDay: the last index of every precomputed array. */
export const LAST_DAY: SimDay = simDayFromParts(CALENDAR_LAST_YEAR, 12, 31);

/** Number of days in the supported span (length of the per-day arrays). */
export const SPAN_DAYS: number = LAST_DAY - FIRST_DAY + 1;

const RANGE_TEXT = `${CALENDAR_FIRST_YEAR}-01-01 to ${CALENDAR_LAST_YEAR}-12-31`;

/**
 * Thrown when a day given to, or produced by, a calendar function falls outside 1990-01-01..2100-12-31.
 * @example
 * try { addWorkingDays(simDayOf('2100-12-31'), 1); } catch (e) { e instanceof CalendarRangeError; }
 */
export class CalendarRangeError extends Error {
  override readonly name = 'CalendarRangeError';
}

/** Describes a number that should have been a SimDay, readably even if it is not an integer. */
function describe(day: number): string {
  return Number.isInteger(day) ? `${toLocalDate(day as SimDay)} (SimDay ${day})` : `SimDay ${day}`;
}

/** Builds the error for `what` (e.g. "addWorkingDays: the result") being out of range. */
export function rangeError(what: string, day: number): CalendarRangeError {
  return new CalendarRangeError(
    `${what} ${describe(day)} is outside the calendar's supported range ${RANGE_TEXT}; ` +
      `keep scenario dates and horizons inside it, or raise CALENDAR_LAST_YEAR / lower ` +
      `CALENDAR_FIRST_YEAR in src/calendar/range.ts (regular holidays are computed by rule; add any one-off days to one-off-holidays.ts).`,
  );
}

/** Builds the error for a result that would leave the range, naming the call that produced it. */
export function resultRangeError(call: string): CalendarRangeError {
  return new CalendarRangeError(
    `${call} would fall outside the calendar's supported range ${RANGE_TEXT}; ` +
      `shorten the interval or stop the run earlier, or widen CALENDAR_FIRST_YEAR / CALENDAR_LAST_YEAR in src/calendar/range.ts.`,
  );
}

/**
 * Returns the array index of `day` (days since 1990-01-01), or throws if it is not a whole day in range.
 * Written as one negated comparison so that NaN and fractions are caught without extra branches.
 */
export function indexOf(day: number, what: string): number {
  const i = day - FIRST_DAY;
  if (!(i >= 0 && i < SPAN_DAYS && (i | 0) === i)) throw rangeError(what, day);
  return i;
}

/** Throws unless `year` is a whole year inside the supported range. */
export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) {
    throw new CalendarRangeError(
      `year ${year} is outside the calendar's supported years ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}; ` +
        `pass a whole year in that range, or widen CALENDAR_FIRST_YEAR / CALENDAR_LAST_YEAR in src/calendar/range.ts.`,
    );
  }
}

/** Throws a RangeError unless `n` is a whole number (a count of days, months, years or working days). */
export function checkInteger(n: number, fn: string): void {
  if (!Number.isInteger(n)) {
    throw new RangeError(`${fn}: n must be a whole number, got ${n}; round it first (Math.round / Math.ceil) to say which way you mean`);
  }
}
