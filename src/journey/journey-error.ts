import { toLocalDate, type ChildId, type EventType, type SimDay } from '../domain/index.ts';

/**
 * An event a child's journey cannot take: illegal in the state it arrived in, dated before the
 * previous event, or after the journey ended. In the simulator this is a bug and fails the run.
 */
export class JourneyError extends Error {
  override readonly name = 'JourneyError';
  constructor(
    readonly child: ChildId,
    /** 0-based position of the event in the child's stream. */
    readonly index: number,
    /** Line of the event in its file, when it came from one. */
    readonly line: number | undefined,
    readonly day: SimDay,
    readonly eventType: EventType,
    /** Dotted state path the event arrived in, e.g. `open.care.placed`. */
    readonly state: string,
    /** Event types that would have been legal instead (with the outcomes a guard accepts). */
    readonly legal: readonly string[],
    readonly reason: string,
  ) {
    const where = line === undefined ? `event ${index + 1}` : `line ${line}`;
    super(
      `child ${child}: ${where} (${eventType} on ${toLocalDate(day)}) ${reason} in state ${state}; ` +
        (legal.length === 0 ? 'no event is legal there' : `legal next: ${legal.join(', ')}`),
    );
  }
}
