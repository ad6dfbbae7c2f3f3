/**
 * The entry a future-event list last popped, kept in the list's own fields so that popping
 * allocates nothing (both `EventQueue` and `DayQueue` extend it).
 */
export class PoppedEntry {
  /** Time of the entry last popped. */
  time = 0;
  /** Priority of the entry last popped (lower comes first at equal time). */
  priority = 0;
  /** Payload of the entry last popped. */
  payload = 0;
  /** Cancellation key of the entry last popped (-1 when it had none). */
  key = -1;
  /** Generation of the entry last popped (the cancellation epoch of its key; see Simulation.cancel). */
  generation = 0;
  /**
   * How many entries at the time and priority of the last pop are hinted as coming soon, for the run
   * loop to read ahead what they will need (Simulation.run's `warm`); read them with the list's
   * `aheadPayloadAt` and `aheadKeyAt`. A `DayQueue` hints a chunk's worth now and then; a heap cannot
   * tell cheaply, so `EventQueue` never hints.
   */
  aheadCount = 0;
}
