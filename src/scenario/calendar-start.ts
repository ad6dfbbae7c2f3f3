import { DateError, parseLocalDate } from '../domain/index.ts';

/**
 * Why a `calendar.start` cannot be used, or undefined when it can. The simulation reports whole
 * collection years (1 April – 31 March, statutory-rules.md §4), so it must start on a 1 April.
 * Values that are not `YYYY-MM-DD` text are left to the schema, which reports them.
 * @example calendarStartProblem('2016-04-02') // '2016-04-02 is not a 1 April; …'
 */
export function calendarStartProblem(start: unknown): string | undefined {
  if (typeof start !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(start)) return undefined;
  try {
    parseLocalDate(start);
  } catch (error) {
    if (error instanceof DateError) return error.message;
    throw error;
  }
  if (start.slice(5) === '04-01') return undefined;
  const year = Number(start.slice(0, 4));
  const before = start.slice(5) < '04-01' ? year - 1 : year;
  return `${start} is not a 1 April; collection years run 1 April – 31 March, so start on ${before}-04-01 or ${before + 1}-04-01`;
}
