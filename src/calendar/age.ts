/**
 * A person's age in completed years.
 *
 * Convention: a person attains an age at the start of the anniversary of their birth (Family Law
 * Reform Act 1969 s.9). For someone born on 29 February, the anniversary in a non-leap year is taken
 * to be **1 March**: they are still the younger age on 28 February. English statute does not say so
 * expressly, but 1 March is the common legal reading (and the express rule in Scotland, Age of Legal
 * Capacity (Scotland) Act 1991 s.6(2)); it is the cautious choice for legal thresholds such as
 * leaving care at 18 (the `birthday.18` event, ARCHITECTURE.md §4). Note this differs
 * from addYears, which clamps 29 February to 28 February for *deadlines* (§2 point 4); the two answer
 * different questions ("when is the clock due" versus "has the child reached the age").
 */
import { partsFromSimDay, toLocalDate } from '../domain/time.ts';
import type { SimDay } from '../domain/time.ts';
import { indexOf } from './range.ts';

/**
 * Returns the completed years from a date of birth to a day, with 29 February birthdays falling on 1 March in non-leap years.
 * @example ageInYears(simDayOf('2008-02-29'), simDayOf('2026-02-28')) === 17 // 18 on 2026-03-01
 */
export function ageInYears(dob: SimDay, on: SimDay): number {
  indexOf(dob, 'ageInYears: dob');
  indexOf(on, 'ageInYears: on');
  if (on < dob) {
    throw new RangeError(
      `ageInYears: ${toLocalDate(on)} is before the date of birth ${toLocalDate(dob)}; an unborn child has no age, so check on >= dob first (or swap the arguments: ageInYears(dob, on))`,
    );
  }
  const b = partsFromSimDay(dob);
  const o = partsFromSimDay(on);
  // Comparing (month, day) pairs gives the 1 March rule for free: 28 Feb < 29 Feb < 1 Mar.
  const hadBirthday = o.month > b.month || (o.month === b.month && o.day >= b.day);
  return o.year - b.year - (hadBirthday ? 0 : 1);
}
