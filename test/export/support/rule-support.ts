/** Code lists and helpers the rule checks share. */
import { addYears } from '../../../src/calendar/index.ts';
import type { SimDay } from '../../../src/domain/index.ts';

export { ACCOMMODATION_CODES, ACTIVITY_CODES, ETHNICITIES, IN_TOUCH_CODES, SW_REASONS, type SimDay } from '../../../src/domain/index.ts';

/** A birthday `years` after `dob`. */
export function addYearsSafe(dob: SimDay, years: number): SimDay {
  return addYears(dob, years);
}
