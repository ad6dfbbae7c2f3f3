import { isWorkforceEvent, toLocalDate, type SimEvent } from '../domain/index.ts';

/**
 * Called for every appended event with its global position and the child handle its producer gave
 * (−1 when none: workforce events, events read back from a log); projections and sinks are listeners.
 */
export type EventListener = (event: SimEvent, position: number, handle: number) => void;

export interface EventStoreOptions {
  /**
   * Keep every event in memory so that `events()` can return them (tests, `drift journey`, small
   * runs). Off by default: a national run's memory is bounded by open cases, not by its length
   * (ARCHITECTURE §7), so events normally live only in listeners and the log.
   */
  readonly retain?: boolean;
}

/** The in-memory, synchronous, append-only store with one global order (ARCHITECTURE D7). */
export interface EventStore {
  /**
   * Appends an event and tells every listener; returns its global position 0, 1, 2, …
   * `handle` (default −1, none) is passed on to listeners as given (the simulator's is the child's
   * case slot: run-state.ts EventSink).
   */
  append(event: SimEvent, handle?: number): number;
  /** Adds a listener, called synchronously after the ones subscribed before it; returns an unsubscribe function. */
  subscribe(listener: EventListener): () => void;
  /** Every appended event in order; only for a store created with `{ retain: true }`. */
  events(): readonly SimEvent[];
  /** How many events have been appended. */
  readonly size: number;
}

/** Thrown when an append would break the store's order; the message says what to do instead. */
export class EventOrderError extends Error {
  override readonly name = 'EventOrderError';
}

function eventLabel(event: SimEvent): string {
  return isWorkforceEvent(event) ? `${event.type} for worker ${event.worker}` : `${event.type} for child ${event.child}`;
}

/**
 * Creates an empty event store. Events are stored and passed on as given, never wrapped or copied.
 * @example
 * const store = createEventStore({ retain: true });
 * store.subscribe((event, position) => projection.apply(event));
 * store.append(event); // 0
 */
export function createEventStore(options: EventStoreOptions = {}): EventStore {
  const retained: SimEvent[] | undefined = options.retain === true ? [] : undefined;
  // Replaced, never mutated, on (un)subscribe: a dispatch in progress keeps the list it started with.
  let listeners: readonly { readonly listener: EventListener }[] = [];
  let size = 0;
  let lastDay = Number.NEGATIVE_INFINITY;
  let dispatching = false;

  return {
    append(event, handle = -1) {
      if (dispatching) {
        throw new EventOrderError(
          `${eventLabel(event)} was appended by a listener while another event was being delivered; ` +
            'listeners only observe: schedule follow-on events through the kernel instead',
        );
      }
      if (event.day < lastDay) {
        throw new EventOrderError(
          `${eventLabel(event)} is dated ${toLocalDate(event.day)}, before the previous event's ${toLocalDate(lastDay as typeof event.day)}; ` +
            'the store keeps one global order by day, so append events as the kernel delivers them',
        );
      }
      lastDay = event.day;
      const position = size;
      size += 1;
      retained?.push(event);
      const current = listeners;
      dispatching = true;
      try {
        for (const subscription of current) subscription.listener(event, position, handle);
      } finally {
        dispatching = false;
      }
      return position;
    },
    subscribe(listener) {
      const subscription = { listener };
      listeners = [...listeners, subscription];
      return () => {
        listeners = listeners.filter((s) => s !== subscription);
      };
    },
    events() {
      if (retained === undefined) {
        throw new Error('this event store does not keep its events; create it with createEventStore({ retain: true }) to read them back');
      }
      return retained;
    },
    get size() {
      return size;
    },
  };
}
