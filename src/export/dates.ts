import { partsFromSimDay, toLocalDate, type SimDay } from '../domain/index.ts';

/**
 * A day as SSDA903 and Annex A write it, dd/mm/YYYY (returns-formats.md §1: "Dates dd/mm/YYYY
 * everywhere"); an absent day is an empty cell.
 * @example formatDmy(simDayOf('2024-03-31')) // '31/03/2024'
 */
export function formatDmy(day: SimDay | undefined): string {
  if (day === undefined) return '';
  const p = partsFromSimDay(day);
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${String(p.year).padStart(4, '0')}`;
}

/**
 * A day as the CIN census XML writes it (xs:date, YYYY-MM-DD).
 * @example formatIso(simDayOf('2024-03-31')) // '2024-03-31'
 */
export function formatIso(day: SimDay): string {
  return toLocalDate(day);
}
