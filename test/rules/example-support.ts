/**
 * Helpers for the worked examples: events from readable dates, and clocks as readable tuples.
 */
import { childId, makeEvent, simDayOf, toLocalDate } from '../../src/domain/index.ts';
import type { EventDataMap, EventType, JourneyEvent } from '../../src/domain/index.ts';
import type { Clock, ClockStatus, LocalRuleParameters } from '../../src/rules/index.ts';

export const CHILD = childId('C1');

/** One event of child C1 on a `YYYY-MM-DD` day. */
export function ev<K extends EventType>(day: string, type: K, data: EventDataMap[K] = {} as EventDataMap[K]): JourneyEvent {
  return makeEvent(type, simDayOf(day), CHILD, data) as JourneyEvent;
}

/** A clock as `[start, due, stop or null, status]`. */
export type ClockRow = readonly [string, string, string | null, ClockStatus];

/** Writes a clock as a row, for whole-value assertions. */
export function row(clock: Clock): ClockRow {
  return [toLocalDate(clock.start), toLocalDate(clock.due), clock.stop === undefined ? null : toLocalDate(clock.stop), clock.status];
}

/** A worked example: a child's events and every clock of one rule they must produce. */
export interface WorkedExample {
  readonly rule: string;
  /** `onTime` examples must contain a met clock, `late` ones a late clock. */
  readonly kind: 'onTime' | 'late' | 'other';
  readonly name: string;
  readonly events: readonly JourneyEvent[];
  readonly asOf?: string;
  readonly params?: Partial<LocalRuleParameters>;
  readonly clocks: readonly ClockRow[];
}

/** Shorthand for a table row. */
export function example(rule: string, kind: WorkedExample['kind'], name: string, events: readonly JourneyEvent[], clocks: readonly ClockRow[], extra: { asOf?: string; params?: Partial<LocalRuleParameters> } = {}): WorkedExample {
  return { rule, kind, name, events, clocks, ...extra };
}

/** A contact recording the date of birth, as the first contact of a journey does. */
export function contact(day: string, dob?: string): JourneyEvent {
  return dob === undefined ? ev(day, 'contact.received', { source: '1A' }) : ev(day, 'contact.received', { source: '1A', dob: simDayOf(dob) });
}
