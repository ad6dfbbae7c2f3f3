/**
 * Small constructors that keep the catalogue files readable as tables; they build plain records only.
 */
import type { EventType } from '../domain/events.ts';
import type { EventMatcher, FieldValue, Limit } from './rule-types.ts';

/** Matches every event of a type. @example on('icpc.held') */
export function on(type: EventType): EventMatcher {
  return { type };
}

/** Matches events whose data field is one of the values. @example onIn('s47.completed', 'outcome', ['cin', 'nfa']) */
export function onIn(type: EventType, field: string, values: readonly FieldValue[]): EventMatcher {
  return { type, where: { field, in: values } };
}

/** Matches events whose data field is absent or none of the values. @example onNotIn('visit.made', 'kind', ['adviser']) */
export function onNotIn(type: EventType, field: string, values: readonly FieldValue[]): EventMatcher {
  return { type, where: { field, notIn: values } };
}

/** A limit in working days ("within N working days of X": X is day 0). @example workingDays(15) */
export function workingDays(amount: number): Limit {
  return { amount, unit: 'workingDays' };
}

/** A limit in calendar days (hours are rounded to whole days: 72 hours = 3 days). @example days(42) */
export function days(amount: number): Limit {
  return { amount, unit: 'days' };
}

/** A limit in weeks of 7 calendar days. @example weeks(16) */
export function weeks(amount: number): Limit {
  return { amount, unit: 'weeks' };
}

/** A limit in calendar months with end-of-month clamping. @example months(6) */
export function months(amount: number): Limit {
  return { amount, unit: 'months' };
}

/** A social worker's statutory visit: a visit with no kind, or kind `statutory` (not a personal adviser's contact). */
export const STATUTORY_VISIT: EventMatcher = onNotIn('visit.made', 'kind', ['adviser']);
