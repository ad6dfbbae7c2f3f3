/**
 * The clock: a simulation time `now`, a future-event list, and lazy cancellation by key.
 *
 * The surface follows SimPy's Environment (`now`, `schedule`, `peek`, `step`, `run(until)`,
 * simpy/core.py) with two changes for speed: an event is three int32s and a time rather than
 * an object, and the handler is passed in rather than stored on the event.
 *
 * Cancellation is lazy, as in most heap-based kernels (SimPy too leaves an interrupted
 * process's timeout in its heap and ignores it when it fires): removing an arbitrary heap
 * entry costs O(log n) plus a position index kept up to date on every move, whereas bumping a
 * per-key generation costs O(1), and stale entries are dropped when they reach the top. Keys are small non-negative
 * integers chosen by the caller (a child slot, a worker slot), so the generation table is a
 * typed array indexed by key.
 *
 * The `!` after typed-array reads: under `noUncheckedIndexedAccess` a typed-array index reads
 * as `number | undefined`; every key used here was checked against the table length.
 */
import { EventQueue } from './event-queue.ts';

/**
 * The future-event list a Simulation runs on: `EventQueue` (a heap, any times) or `DayQueue` (a
 * calendar of whole days, what the simulator uses). Both pop in `(time, priority, seq)` order.
 */
export interface FutureEventList {
  readonly time: number;
  readonly priority: number;
  readonly payload: number;
  readonly key: number;
  readonly generation: number;
  /** Entries hinted as coming soon at the last pop's time and priority (PoppedEntry.aheadCount). */
  readonly aheadCount: number;
  aheadPayloadAt(i: number): number;
  aheadKeyAt(i: number): number;
  readonly size: number;
  push(time: number, priority: number, payload: number, key?: number, generation?: number): void;
  pop(): boolean;
  peekTime(): number;
  peekKey(): number;
  peekGeneration(): number;
}

/**
 * Receives one delivered event; `now` already equals `time` when it runs, and it may
 * schedule and cancel freely.
 */
export type EventHandler = (time: number, priority: number, payload: number, key: number) => void;

/** Entries that will be delivered soon, all at one time and priority: `ahead.aheadPayloadAt(0 … aheadCount − 1)`. */
export interface AheadEntries {
  readonly aheadCount: number;
  aheadPayloadAt(i: number): number;
}

/**
 * Told, now and then as events are delivered, of a batch of entries that will be delivered soon at the
 * same time and priority (valid only during the call): it should only read the memory those events
 * will need, so that the fetches from main memory overlap one another and the work before them, instead
 * of each stalling its own event. At national scale much of a run's time went on such stalls, each a
 * cache miss on a record the child picks (README, Performance). Given the whole batch, a handler can
 * read in passes, the first memory of every entry before the next, so that more fetches are under way
 * at once than when each entry's reads wait on one another. It must change nothing.
 */
export type WarmHandler = (priority: number, ahead: AheadEntries) => void;

const INT32_MAX = 0x7fffffff;

/**
 * A discrete-event clock over a future-event list ordered by `(time, priority, seq)`, which
 * refuses to schedule in the past and cancels by key.
 *
 * @example
 * const sim = new Simulation(0);
 * sim.schedule(5, 0, 1);
 * sim.schedule(2, 0, 2);
 * sim.run(Infinity, (t, _p, payload) => console.log(t, payload)); // 2 2, then 5 1
 */
export class Simulation {
  private clock: number;
  private readonly queue: FutureEventList;
  // Two numbers per key, side by side so that one cache line holds both (a run's keys number in
  // the millions, so each table read is mostly a miss): keyState[2 * key] is the key's generation,
  // bumped by cancel(key) (an entry is live while its stored generation still equals it; Int32
  // wraps after 2^32 cancels of one key, which no run reaches), and keyState[2 * key + 1] counts
  // its live entries, so that `pending` stays exact under lazy cancellation.
  private keyState: Int32Array;
  private keyCapacity: number;
  private live = 0;
  private stopRequested = false;
  /** What `run`'s warming reads ends here, so the reads are kept; the value means nothing. */
  private warmed = 0;

  /**
   * Creates a simulation whose clock starts at `startTime`, with room for `initialCapacity`
   * pending entries before the first doubling, on `queue` (by default a heap that takes any times).
   *
   * @example
   * const sim = new Simulation(19_813); // SimDay for 2024-04-01
   * const days = new Simulation(19_813, 0, new DayQueue(5, 19_813)); // whole days, priorities 0–4
   */
  constructor(startTime = 0, initialCapacity = 1024, queue?: FutureEventList) {
    if (!Number.isFinite(startTime)) {
      throw new RangeError(`startTime must be a finite number, got ${startTime}; pass e.g. 0 or a SimDay`);
    }
    this.clock = startTime;
    this.queue = queue ?? new EventQueue(initialCapacity);
    this.keyCapacity = 64;
    this.keyState = new Int32Array(2 * this.keyCapacity);
  }

  /**
   * The current simulation time: the time of the event being (or last) delivered, or the
   * `until` of the last completed `run`.
   *
   * @example
   * new Simulation(3).now === 3;
   */
  get now(): number {
    return this.clock;
  }

  /**
   * Number of live (not cancelled) entries still to be delivered.
   *
   * @example
   * sim.schedule(1, 0, 0, 4); sim.cancel(4); sim.pending === 0;
   */
  get pending(): number {
    return this.live;
  }

  /**
   * Schedules `payload` at `time` (at or after `now`) with `priority` (lower first at equal
   * time) and an optional cancellation `key`; equal `(time, priority)` entries are delivered
   * in the order they were scheduled.
   *
   * @example
   * sim.schedule(sim.now + 45, 1, childSlot, childSlot);
   */
  schedule(time: number, priority: number, payload: number, key = -1): void {
    // Negated comparison so that NaN is refused too.
    if (!(time >= this.clock) || time === Infinity) throw this.badTime(time);
    if ((priority | 0) !== priority) throw notInt32('priority', priority);
    if ((payload | 0) !== payload) throw notInt32('payload', payload);
    let generation = 0;
    if (key !== -1) {
      if ((key | 0) !== key || key < 0) throw badKey(key, 'schedule');
      if (key >= this.keyCapacity) this.growKeys(key);
      const keyState = this.keyState;
      generation = keyState[2 * key]!;
      keyState[2 * key + 1]!++;
    }
    this.queue.push(time, priority, payload, key, generation);
    this.live++;
  }

  /**
   * Cancels every pending entry scheduled with `key` so far (entries scheduled with it later
   * are delivered as usual) and returns how many were cancelled.
   *
   * @example
   * sim.cancel(childSlot); // the child's due review is superseded
   */
  cancel(key: number): number {
    if ((key | 0) !== key || key < 0) throw badKey(key, 'cancel');
    // A key beyond the table was never scheduled, so nothing is pending under it.
    if (key >= this.keyCapacity) return 0;
    const keyState = this.keyState;
    keyState[2 * key] = (keyState[2 * key]! + 1) | 0;
    const cancelled = keyState[2 * key + 1]!;
    keyState[2 * key + 1] = 0;
    this.live -= cancelled;
    return cancelled;
  }

  /**
   * Time of the next live entry, or `Infinity` when none is pending.
   *
   * @example
   * sim.peekTime() === Infinity; // nothing scheduled
   */
  peekTime(): number {
    const queue = this.queue;
    while (queue.size > 0) {
      const key = queue.peekKey();
      if (key < 0 || this.keyState[2 * key] === queue.peekGeneration()) return queue.peekTime();
      queue.pop(); // stale: drop it now so the answer is the next live time
    }
    return Infinity;
  }

  /**
   * Delivers the next live entry to `handler`, advancing `now` to its time; returns false
   * when nothing is pending.
   *
   * @example
   * while (sim.step(handle)) {}
   */
  step(handler: EventHandler): boolean {
    const queue = this.queue;
    while (queue.pop()) {
      const key = queue.key;
      if (key >= 0) {
        if (this.keyState[2 * key] !== queue.generation) continue;
        this.keyState[2 * key + 1]!--;
      }
      this.live--;
      this.clock = queue.time;
      handler(queue.time, queue.priority, queue.payload, key);
      return true;
    }
    return false;
  }

  /**
   * Delivers, in order, every live entry with time strictly before `until` (SimPy's
   * `run(until)` convention), then sets `now` to `until` unless `until` is `Infinity`;
   * returns the number delivered. `stop()` from inside the handler ends it early. With `warm`, on a
   * queue that hints (a `DayQueue`), the generations of the hinted entries' keys are read and the
   * hinted entries are passed to `warm` before the popped one is delivered; what is delivered is the same.
   *
   * @example
   * sim.run(endDay + 1, handle); // every event up to and including endDay
   * sim.run(endDay + 1, handle, (_priority, ahead) => { for (let i = 0; i < ahead.aheadCount; i++) touched ^= table[ahead.aheadPayloadAt(i)]; });
   */
  run(until: number, handler: EventHandler, warm?: WarmHandler): number {
    if (!(until >= this.clock)) {
      throw new RangeError(
        `cannot run until t=${until}, before now t=${this.clock}; pass an until at or after now (Infinity to drain)`,
      );
    }
    const queue = this.queue;
    let delivered = 0;
    this.stopRequested = false;
    while (queue.size > 0 && queue.peekTime() < until) {
      queue.pop();
      if (warm !== undefined && queue.aheadCount > 0) this.warmAhead(warm);
      const key = queue.key;
      if (key >= 0) {
        // Read the field each time: a handler's schedule() may have replaced the table.
        const keyState = this.keyState;
        if (keyState[2 * key] !== queue.generation) continue;
        keyState[2 * key + 1]!--;
      }
      this.live--;
      this.clock = queue.time;
      handler(queue.time, queue.priority, queue.payload, key);
      delivered++;
      if (this.stopRequested) {
        this.stopRequested = false;
        return delivered;
      }
    }
    if (until !== Infinity) this.clock = until;
    return delivered;
  }

  /**
   * Asks the `run` in progress to return after the event being handled; `now` stays at that
   * event's time.
   *
   * @example
   * sim.run(Infinity, (t) => { if (t > 365) sim.stop(); });
   */
  stop(): void {
    this.stopRequested = true;
  }

  private warmAhead(warm: WarmHandler): void {
    const queue = this.queue;
    const keyState = this.keyState;
    let warmed = this.warmed;
    for (let i = 0; i < queue.aheadCount; i++) {
      const key = queue.aheadKeyAt(i);
      if (key >= 0) warmed ^= keyState[2 * key]!;
    }
    this.warmed = warmed;
    warm(queue.priority, queue);
  }

  private growKeys(key: number): void {
    let capacity = this.keyCapacity * 2;
    while (capacity <= key) capacity *= 2;
    const keyState = new Int32Array(2 * capacity);
    keyState.set(this.keyState);
    this.keyState = keyState;
    this.keyCapacity = capacity;
  }

  private badTime(time: number): RangeError {
    if (Number.isNaN(time) || time === Infinity) {
      return new RangeError(`cannot schedule at t=${time}; schedule at a finite time at or after now t=${this.clock}`);
    }
    return new RangeError(`cannot schedule at t=${time} before now t=${this.clock}; schedule at or after now`);
  }
}

function notInt32(name: string, value: number): RangeError {
  return new RangeError(`${name} must be an int32 (${-INT32_MAX - 1} to ${INT32_MAX}), got ${value}; pass an integer`);
}

function badKey(key: number, action: string): RangeError {
  return new RangeError(
    `cannot ${action} with key ${key}; pass a non-negative int32 key (such as a child slot), or omit it for no key`,
  );
}
