/**
 * Calendar arithmetic for the clock evaluator's hot path, with exactly the calendar's results and errors.
 *
 * Why: month and year arithmetic (`addMonths`, `addYears`) splits a day into year, month and day of the
 * month and back, allocating on the way, and it runs for every chained review and every visit condition
 * of a national run (ARCHITECTURE.md §7). Its result for a given day never changes, so a table over the
 * calendar's span, filled on first use, turns each later call into one array read. The calendar function
 * itself computes every value, and is called again for any day outside the span, so results and errors
 * stay the calendar's own. `addDays` builds the text of its range error on every call, so `plusDays`
 * checks the range itself and calls `addDays` only when it is about to fail.
 */
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, addDays, addMonths } from '../calendar/index.ts';
import { simDayFromParts } from '../domain/time.ts';
import type { SimDay } from '../domain/time.ts';

/** First and last day of the calendar's span (the days its functions accept). */
const SPAN_FIRST: SimDay = simDayFromParts(CALENDAR_FIRST_YEAR, 1, 1);
const SPAN_LAST: SimDay = simDayFromParts(CALENDAR_LAST_YEAR, 12, 31);
const SPAN_DAYS = SPAN_LAST - SPAN_FIRST + 1;

/**
 * A pure day function with its results remembered. 0 means "not computed yet": it is 1970-01-01,
 * outside the span, so never a result.
 */
export interface DayMemo {
  readonly compute: (day: SimDay) => SimDay;
  values: Int32Array | undefined;
}

/**
 * Wraps a pure calendar function of one day (its results must lie in the span, as the calendar's do).
 * @example const nextYear = dayMemo((d) => addYears(d, 1));
 */
export function dayMemo(compute: (day: SimDay) => SimDay): DayMemo {
  return { compute, values: undefined };
}

/**
 * The memoised value of `memo.compute(day)`.
 * @example memoAt(nextYear, placementStart)
 */
export function memoAt(memo: DayMemo, day: SimDay): SimDay {
  const i = day - SPAN_FIRST;
  // One negated comparison also sends NaN and fractions to the calendar, which refuses them.
  if (!(i >= 0 && i < SPAN_DAYS && (i | 0) === i)) return memo.compute(day);
  let values = memo.values;
  if (values === undefined) {
    values = new Int32Array(SPAN_DAYS);
    memo.values = values;
  }
  const known = values[i] as number;
  if (known !== 0) return known as SimDay;
  const result = memo.compute(day);
  values[i] = result;
  return result;
}

/** Month shifts of 1 … MAX_MEMO_MONTHS months are memoised; others go straight to the calendar. */
const MAX_MEMO_MONTHS = 240;
const MONTH_MEMOS: (DayMemo | undefined)[] = [];

/**
 * `addMonths(day, months)`, memoised for whole month counts from 1 to 240.
 * @example toLocalDate(monthsAfter(simDayOf('2015-11-30'), 3)) === '2016-02-29'
 */
export function monthsAfter(day: SimDay, months: number): SimDay {
  if (!(months >= 1 && months <= MAX_MEMO_MONTHS && (months | 0) === months)) return addMonths(day, months);
  let memo = MONTH_MEMOS[months];
  if (memo === undefined) {
    memo = dayMemo((d) => addMonths(d, months));
    MONTH_MEMOS[months] = memo;
  }
  return memoAt(memo, day);
}

/**
 * `day + n` calendar days, checked as `addDays` checks it; `addDays` itself runs (and throws) only when
 * the day, n or the result is out of range, so the common case builds no error text.
 * @example plusDays(start, 42)
 */
export function plusDays(day: SimDay, n: number): SimDay {
  const result = day + n;
  const i = day - SPAN_FIRST;
  const j = result - SPAN_FIRST;
  if (i >= 0 && i < SPAN_DAYS && (i | 0) === i && j >= 0 && j < SPAN_DAYS && (n | 0) === n) return result as SimDay;
  return addDays(day, n);
}
