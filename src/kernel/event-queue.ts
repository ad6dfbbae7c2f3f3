/**
 * The future-event list: a binary min-heap stored as a struct of typed arrays.
 *
 * Why this shape: measured on the project machine (reference/tech-notes.md §2.5), a
 * three-column struct-of-arrays heap with a FIFO sequence tie-break ran ~5M hold operations/s
 * with 100,000 pending, against ~1.5M/s for a heap of event objects; and it allocates nothing
 * per event, so the garbage collector stays quiet during a national-scale run. This one has six
 * columns (priority, key and generation as well) and ran ~2.5–3M holds/s in the same test.
 *
 * Why the order is `(time, priority, seq)`: SimPy fixes determinism with one line in
 * `simpy/core.py`, `heappush(self._queue, (self._now + delay, priority, next(self._eid), event))`;
 * p-queue documents the same for equal priorities ("appending preserves FIFO order"). Two
 * entries at the same time and priority therefore come out in the order they were pushed,
 * so a run never depends on heap internals (house rule 9).
 *
 * The `!` after typed-array reads: under `noUncheckedIndexedAccess` a typed-array index reads
 * as `number | undefined`; every index here is below `length`, which never exceeds capacity.
 */
import { PoppedEntry } from './popped-entry.ts';

/** The capacity a queue starts with when none is given. */
const DEFAULT_CAPACITY = 1024;

/**
 * A min-heap of `(time, priority, seq)`-ordered entries, each carrying an int32 payload, key
 * and generation, that pops without allocating: `pop()` copies the earliest entry into the
 * queue's own `time`, `priority`, `payload`, `key`, `generation` and `seq` fields.
 *
 * @example
 * const q = new EventQueue();
 * q.push(2, 0, 7);
 * q.push(1, 0, 8);
 * while (q.pop()) console.log(q.time, q.payload); // 1 8, then 2 7
 */
export class EventQueue extends PoppedEntry {
  /** Insertion sequence number of the entry last popped. */
  seq = 0;

  private times: Float64Array;
  private priorities: Int32Array;
  // Float64 holds every integer up to 2^53, so the counter never wraps in practice,
  // where a Uint32 counter would after 4·10⁹ pushes (a few long national runs).
  private seqs: Float64Array;
  private payloads: Int32Array;
  private keys: Int32Array;
  private generations: Int32Array;
  private length = 0;
  private nextSeq = 0;

  /**
   * Creates an empty queue with room for `initialCapacity` entries; it doubles when full.
   *
   * @example
   * const q = new EventQueue(100_000);
   */
  constructor(initialCapacity: number = DEFAULT_CAPACITY) {
    super();
    if (!Number.isInteger(initialCapacity) || initialCapacity < 1) {
      throw new RangeError(`initialCapacity must be a positive integer, got ${initialCapacity}; pass e.g. 1024`);
    }
    this.times = new Float64Array(initialCapacity);
    this.priorities = new Int32Array(initialCapacity);
    this.seqs = new Float64Array(initialCapacity);
    this.payloads = new Int32Array(initialCapacity);
    this.keys = new Int32Array(initialCapacity);
    this.generations = new Int32Array(initialCapacity);
  }

  /**
   * Number of entries held.
   *
   * @example
   * new EventQueue().size === 0;
   */
  get size(): number {
    return this.length;
  }

  /**
   * Adds an entry; it gets the next sequence number, so it follows earlier entries with the
   * same time and priority. Values are stored as given: the caller checks them.
   *
   * @example
   * q.push(3.5, 1, 42); // payload 42 at t=3.5, priority 1, no key
   */
  push(time: number, priority: number, payload: number, key = -1, generation = 0): void {
    if (this.length === this.times.length) this.grow();
    const seq = this.nextSeq++;
    // Columns in locals: V8 then keeps them in registers through the loop.
    const times = this.times;
    const priorities = this.priorities;
    const seqs = this.seqs;
    const payloads = this.payloads;
    const keys = this.keys;
    const generations = this.generations;
    let i = this.length++;
    // Sift up with a hole: move parents down until the parent comes first, then write once.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      // seq is unique and increasing, so an equal (time, priority) parent always comes first.
      if (pt < time || (pt === time && priorities[parent]! <= priority)) break;
      times[i] = pt;
      priorities[i] = priorities[parent]!;
      seqs[i] = seqs[parent]!;
      payloads[i] = payloads[parent]!;
      keys[i] = keys[parent]!;
      generations[i] = generations[parent]!;
      i = parent;
    }
    times[i] = time;
    priorities[i] = priority;
    seqs[i] = seq;
    payloads[i] = payload;
    keys[i] = key;
    generations[i] = generation;
  }

  /**
   * Removes the earliest entry and copies it into this queue's fields; returns false, leaving
   * the fields untouched, when the queue is empty.
   *
   * @example
   * if (q.pop()) handle(q.time, q.priority, q.payload);
   */
  pop(): boolean {
    if (this.length === 0) return false;
    const times = this.times;
    const priorities = this.priorities;
    const seqs = this.seqs;
    const payloads = this.payloads;
    const keys = this.keys;
    const generations = this.generations;
    this.time = times[0]!;
    this.priority = priorities[0]!;
    this.seq = seqs[0]!;
    this.payload = payloads[0]!;
    this.key = keys[0]!;
    this.generation = generations[0]!;
    const last = --this.length;
    if (last === 0) return true;
    // Take the last entry out and sift it down from the root, again with a hole.
    const t = times[last]!;
    const p = priorities[last]!;
    const s = seqs[last]!;
    const half = last >> 1;
    let i = 0;
    while (i < half) {
      let c = 2 * i + 1;
      let ct = times[c]!;
      const r = c + 1;
      if (r < last) {
        const rt = times[r]!;
        // Take the right child when it comes strictly first.
        if (
          rt < ct ||
          (rt === ct &&
            (priorities[r]! < priorities[c]! || (priorities[r]! === priorities[c]! && seqs[r]! < seqs[c]!)))
        ) {
          c = r;
          ct = rt;
        }
      }
      // Stop when the moving entry comes before the smaller child.
      if (t < ct) break;
      if (t === ct) {
        const cp = priorities[c]!;
        if (p < cp || (p === cp && s < seqs[c]!)) break;
      }
      times[i] = ct;
      priorities[i] = priorities[c]!;
      seqs[i] = seqs[c]!;
      payloads[i] = payloads[c]!;
      keys[i] = keys[c]!;
      generations[i] = generations[c]!;
      i = c;
    }
    times[i] = t;
    priorities[i] = p;
    seqs[i] = s;
    payloads[i] = payloads[last]!;
    keys[i] = keys[last]!;
    generations[i] = generations[last]!;
    return true;
  }

  /**
   * Time of the earliest entry, or `Infinity` when the queue is empty.
   *
   * @example
   * new EventQueue().peekTime() === Infinity;
   */
  peekTime(): number {
    return this.length === 0 ? Infinity : this.times[0]!;
  }

  /**
   * Key of the earliest entry, or -1 when the queue is empty.
   *
   * @example
   * q.push(1, 0, 0, 5); q.peekKey() === 5;
   */
  peekKey(): number {
    return this.length === 0 ? -1 : this.keys[0]!;
  }

  /**
   * Generation of the earliest entry, or 0 when the queue is empty.
   *
   * @example
   * q.push(1, 0, 0, 5, 2); q.peekGeneration() === 2;
   */
  peekGeneration(): number {
    return this.length === 0 ? 0 : this.generations[0]!;
  }

  /**
   * A heap hints no entries (aheadCount is always 0), so there is none to read.
   *
   * @example
   * q.aheadCount === 0;
   */
  aheadPayloadAt(i: number): number {
    throw noHint(i);
  }

  /** As aheadPayloadAt: a heap hints no entries. */
  aheadKeyAt(i: number): number {
    throw noHint(i);
  }

  /**
   * Removes every entry; capacity and the sequence counter are kept, so sequence numbers stay
   * unique over the queue's life.
   *
   * @example
   * q.clear(); q.size === 0;
   */
  clear(): void {
    this.length = 0;
  }

  /** Doubles every column; amortised O(1) per push. */
  private grow(): void {
    const capacity = this.times.length * 2;
    this.times = copyInto(new Float64Array(capacity), this.times);
    this.priorities = copyInto(new Int32Array(capacity), this.priorities);
    this.seqs = copyInto(new Float64Array(capacity), this.seqs);
    this.payloads = copyInto(new Int32Array(capacity), this.payloads);
    this.keys = copyInto(new Int32Array(capacity), this.keys);
    this.generations = copyInto(new Int32Array(capacity), this.generations);
  }
}

function copyInto<T extends Float64Array | Int32Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

function noHint(i: number): RangeError {
  return new RangeError(`EventQueue hints no entries (aheadCount is 0), so there is no hinted entry ${i}; read hints only below aheadCount`);
}
