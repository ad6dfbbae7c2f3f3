import type { CarePeriod, ChildHistory } from './child-history.ts';
import type { CollectionYear } from './collection-year.ts';

/** Periods of care open at any time in the collection year. */
export function carePeriodsInYear(h: ChildHistory, cy: CollectionYear): readonly CarePeriod[] {
  return h.carePeriods.filter((p) => p.start <= cy.end && (p.end === undefined || p.end >= cy.start));
}

/** The period of care the child is in on 31 March, if any (an episode ceasing on 31 March has ended). */
export function lookedAfterAtYearEnd(h: ChildHistory, cy: CollectionYear): CarePeriod | undefined {
  return h.carePeriods.find((p) => p.start <= cy.end && (p.end === undefined || p.end > cy.end));
}

/**
 * Looked after continuously for at least 12 months at 31 March (SSDA903 OC2 cohort): no period of
 * care started or ended in the year, and the child was looked after throughout it. As the DfE
 * validator defines it (lac_validator/utils.py), short-break statuses V3/V4 do not count; the
 * simulator does not use them.
 */
export function continuouslyLookedAfter(h: ChildHistory, cy: CollectionYear): boolean {
  const p = lookedAfterAtYearEnd(h, cy);
  return p !== undefined && p.start < cy.start && !p.legal.some((l) => l.status === 'V3' || l.status === 'V4');
}
