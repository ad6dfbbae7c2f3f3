/**
 * The collection years (1 April – 31 March; statutory-rules.md §2 point 7) and calendar months of a
 * report, as day boundaries computed once, so that the hot path only compares integers.
 */
import { addMonths } from '../../calendar/index.ts';
import { partsFromSimDay, toLocalDate } from '../../domain/time.ts';
import type { LocalDate, SimDay } from '../../domain/time.ts';

/** Day boundaries of the reported years and months. */
export interface ReportPeriods {
  readonly years: number;
  /** monthStart[m] is the first day of report month m; monthStart[12 × years] is the day after the report. */
  readonly monthStart: Int32Array;
  /**
   * wfStart[y] is 1 October before report year y's 30 September snapshot: the CSWW year runs 1 October –
   * 30 September (statutory-rules.md §4), so year 0's window begins six months before `reportStart`.
   */
  readonly wfStart: Int32Array;
  readonly yearLabels: readonly string[];
  readonly yearStarts: readonly LocalDate[];
  readonly yearEnds: readonly LocalDate[];
  readonly monthLabels: readonly string[];
}

/** Months in a year; the report's month index m belongs to year ⌊m / 12⌋. */
export const MONTHS_PER_YEAR = 12;
/** Month index (within a collection year starting in April) of September, the CSWW snapshot month. */
export const SEPTEMBER = 5;
/** Month index of March, the last month of a collection year. */
export const MARCH = 11;

/**
 * Computes the boundaries of `years` collection years from `reportStart`, which must be a 1 April.
 * @example reportPeriods(simDayOf('2019-04-01'), 1).yearLabels[0] === '2019-20'
 */
export function reportPeriods(reportStart: SimDay, years: number): ReportPeriods {
  const p = partsFromSimDay(reportStart);
  if (p.month !== 4 || p.day !== 1) {
    throw new RangeError(`reportStart ${toLocalDate(reportStart)} is not 1 April; collection years run 1 April – 31 March (statutory-rules.md §2 point 7), e.g. ${p.year}-04-01`);
  }
  if (!Number.isInteger(years) || years < 1) {
    throw new RangeError(`reportYears must be a whole number of at least 1, got ${years}`);
  }
  const months = years * MONTHS_PER_YEAR;
  const monthStart = new Int32Array(months + 1);
  for (let m = 0; m <= months; m++) monthStart[m] = addMonths(reportStart, m);
  const wfStart = new Int32Array(years + 1);
  for (let y = 0; y <= years; y++) wfStart[y] = addMonths(reportStart, y * MONTHS_PER_YEAR - 6);
  const yearLabels: string[] = [];
  const yearStarts: LocalDate[] = [];
  const yearEnds: LocalDate[] = [];
  for (let y = 0; y < years; y++) {
    const first = p.year + y;
    yearLabels.push(`${first}-${String((first + 1) % 100).padStart(2, '0')}`);
    yearStarts.push(toLocalDate(dayAt(monthStart, y * MONTHS_PER_YEAR)));
    yearEnds.push(toLocalDate((dayAt(monthStart, (y + 1) * MONTHS_PER_YEAR) - 1) as SimDay));
  }
  const monthLabels: string[] = [];
  for (let m = 0; m < months; m++) monthLabels.push(toLocalDate(dayAt(monthStart, m)).slice(0, 7));
  return { years, monthStart, wfStart, yearLabels, yearStarts, yearEnds, monthLabels };
}

/**
 * Reads a boundary known to be in range (keeps noUncheckedIndexedAccess quiet on the hot path).
 * @example dayAt(periods.monthStart, 12) // 1 April of the second report year
 */
export function dayAt(bounds: Int32Array, index: number): SimDay {
  return bounds[index] as SimDay;
}

/**
 * The report year a day falls in: −1 before the report, `periods.years` after it. Used for days other
 * than the current event's (a re-entry is reported in the year care ended), so a short search is fine.
 * @example yearOf(periods, simDayOf('2019-06-30')) === 0
 */
export function yearOf(periods: ReportPeriods, day: number): number {
  const bounds = periods.monthStart;
  if (day < dayAt(bounds, 0)) return -1;
  for (let y = 0; y < periods.years; y++) if (day < dayAt(bounds, (y + 1) * MONTHS_PER_YEAR)) return y;
  return periods.years;
}

/**
 * The CSWW year (1 October – 30 September) a day falls in, indexed like report years; −1 or `years` outside.
 * @example workforceYearOf(periods, simDayOf('2018-10-01')) === 0 // for a report starting 2019-04-01
 */
export function workforceYearOf(periods: ReportPeriods, day: number): number {
  const bounds = periods.wfStart;
  if (day < dayAt(bounds, 0)) return -1;
  for (let y = 0; y < periods.years; y++) if (day < dayAt(bounds, y + 1)) return y;
  return periods.years;
}
