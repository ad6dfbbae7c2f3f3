/**
 * Easter Sunday by the Gregorian computus.
 *
 * Why: Good Friday (a common-law holiday, and a non-working day under CPPCR2010 reg 2) and Easter
 * Monday (Banking and Financial Dealings Act 1971, Sch. 1 para 1) move with Easter, so the calendar
 * computes them for any year instead of reading a table (ARCHITECTURE.md D3).
 * Algorithm: the "Anonymous Gregorian algorithm" (Meeus/Jones/Butcher), as given in J. Meeus,
 * *Astronomical Algorithms* (2nd ed., 1998), ch. 8; exact for every Gregorian year.
 */
import { simDayFromParts } from '../domain/time.ts';
import type { SimDay } from '../domain/time.ts';

/**
 * Returns Easter Sunday of a Gregorian year as a SimDay.
 * @example toLocalDate(easterSunday(2023)) === '2023-04-09'
 */
export function easterSunday(year: number): SimDay {
  const a = year % 19; // position in the 19-year Metonic cycle
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30; // epact-related: days from 21 March to the Paschal full moon
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the following Sunday
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return simDayFromParts(year, Math.floor(n / 31), (n % 31) + 1);
}
