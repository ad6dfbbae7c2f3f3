import { ageInYears } from '../../calendar/index.ts';
import type { SimDay } from '../../domain/index.ts';
import type { ChildHistory } from '../child-history.ts';
import { formatDmy } from '../dates.ts';
import { swId } from '../identifiers.ts';

/** Annex A gender cells, as liia-tools maps them. */
function gender(h: ChildHistory): string {
  switch (h.sex) {
    case 'M': return 'a) Male';
    case 'F': return 'b) Female';
    case 'U': return 'c) Not stated/recorded';
    default: {
      const unknownSex: never = h.sex;
      throw new Error(`unknown sex ${String(unknownSex)}`);
    }
  }
}

/** The five person columns every list starts with: id, gender, ethnicity, date of birth, age on `on`. */
export function personCells(h: ChildHistory, child: string, on: SimDay): string[] {
  return [child, gender(h), h.ethnicity, formatDmy(h.dob), String(Math.max(0, ageInYears(h.dob, on)))];
}

/** The allocated team and worker on a day, or "Unallocated" while the case waits for one. */
export function allocatedCells(h: ChildHistory, on: SimDay): [string, string] {
  const spell = h.workers.find((w) => w.start <= on && (w.end === undefined || w.end > on))
    ?? h.workers.find((w) => w.start <= on && w.end === on);
  return spell === undefined ? ['Unallocated', 'Unallocated'] : [spell.team, swId(spell.worker)];
}

/** Yes/No as the lists write them. */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}
