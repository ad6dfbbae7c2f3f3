/**
 * One-off changes to the England & Wales bank holidays, 1990 onwards.
 *
 * Why a table: these days were made by royal proclamation under the Banking and Financial Dealings
 * Act 1971 s.1(3) (extra days) and s.1(2) (a regular holiday moved to another day), so no rule can
 * produce them. Sources: GOV.UK `bank-holidays.json` (division `england-and-wales`, from 2012) and
 * statutory-rules.md §3 for 2011–2028; the London Gazette proclamations for 1995, 1999 and 2002.
 * Add a row here when a new one-off day is proclaimed (statutory-rules.md §3 marks 2028 provisional).
 */
import type { LocalDate } from '../domain/time.ts';

/** A regular bank holiday moved to another day: `from` stops being a holiday and `to` becomes one. */
export interface MovedHoliday {
  readonly kind: 'moved';
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly reason: string;
}

/** An extra bank holiday proclaimed for one year only. */
export interface ExtraHoliday {
  readonly kind: 'extra';
  readonly day: LocalDate;
  readonly reason: string;
}

/** One row of the one-off table. */
export type OneOffHoliday = MovedHoliday | ExtraHoliday;

const moved = (from: string, to: string, reason: string): MovedHoliday =>
  ({ kind: 'moved', from: from as LocalDate, to: to as LocalDate, reason });
const extra = (day: string, reason: string): ExtraHoliday => ({ kind: 'extra', day: day as LocalDate, reason });

/** Every one-off change from 1990, in date order. Dates are literal and checked by the calendar tests. */
export const ONE_OFF_HOLIDAYS: readonly OneOffHoliday[] = [
  moved('1995-05-01', '1995-05-08', 'early May bank holiday moved for the 50th anniversary of VE Day'),
  extra('1999-12-31', 'Millennium holiday'),
  moved('2002-05-27', '2002-06-04', 'spring bank holiday moved for the Golden Jubilee'),
  extra('2002-06-03', 'Golden Jubilee of Queen Elizabeth II'),
  extra('2011-04-29', 'wedding of Prince William and Catherine Middleton'),
  moved('2012-05-28', '2012-06-04', 'spring bank holiday moved for the Diamond Jubilee'),
  extra('2012-06-05', 'Diamond Jubilee of Queen Elizabeth II'),
  moved('2020-05-04', '2020-05-08', 'early May bank holiday moved to VE Day (75th anniversary)'),
  moved('2022-05-30', '2022-06-02', 'spring bank holiday moved for the Platinum Jubilee'),
  extra('2022-06-03', 'Platinum Jubilee of Queen Elizabeth II'),
  extra('2022-09-19', 'State Funeral of Queen Elizabeth II'),
  extra('2023-05-08', 'Coronation of King Charles III'),
];
