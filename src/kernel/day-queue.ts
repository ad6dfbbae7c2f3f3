/**
 * A calendar queue for whole-day times: the future-event list of the simulator's run loop.
 *
 * Why: a national run pops well over a million entries from a heap that holds tens of thousands,
 * each pop sifting through ~16 levels of six typed arrays (cache misses at every level). The
 * simulator's times are whole days and it has a handful of priorities, so Brown's calendar queue
 * (CACM 31(10), 1988) fits: one FIFO list per (day, priority) in a ring of `WINDOW_DAYS` days,
 * push and pop O(1); entries further ahead than the ring wait in an ordinary `EventQueue` and
 * join their list when the ring reaches their day.
 *
 * The order is exactly the heap's `(time, priority, seq)`: within a (day, priority) list entries
 * are in push order, and the far entries join an empty list in heap order before any direct push
 * to that day can happen (a day enters the ring only as the clock reaches it minus the window),
 * so a run gives the same bytes whichever queue it uses (test/kernel/day-queue.test.ts).
 *
 * The `!` after typed-array reads: under `noUncheckedIndexedAccess` a typed-array index reads as
 * `number | undefined`; every index here is a node or list below its table's length.
 */
import { EventQueue } from './event-queue.ts';
import { PoppedEntry } from './popped-entry.ts';

/** Days the ring spans (a power of two): most case timers fall within a year. */
const WINDOW_DAYS = 1024;
const NONE = -1;
/**
 * A node is four neighbouring ints of `nodes` — next, payload, key, generation — so that a pop reads
 * one cache line: at national scale the node of each pop is a cache miss, and four tables were four.
 */
const STRIDE = 4;
const NEXT = 0;
const PAYLOAD = 1;
const KEY = 2;
const GENERATION = 3;

/**
 * A min-queue of `(day, priority, seq)`-ordered entries with whole-number days and priorities in
 * `0 … priorities − 1`, with the pop-into-fields surface of `EventQueue`.
 *
 * @example
 * const q = new DayQueue(3);
 * q.push(2, 0, 7);
 * q.push(1, 2, 8);
 * while (q.pop()) console.log(q.time, q.payload); // 1 8, then 2 7
 */
export class DayQueue extends PoppedEntry {
  private readonly priorities: number;
  /** First day of the ring: every ring entry is dated base … base + WINDOW_DAYS − 1. */
  private base: number;
  private inRing = 0;
  // One list per (day mod WINDOW_DAYS, priority): head and tail node, or NONE.
  private readonly heads: Int32Array;
  private readonly tails: Int32Array;
  // Nodes (STRIDE ints each, node n at n × STRIDE), with a free list threaded through NEXT.
  private nodes: Int32Array;
  private free = NONE;
  private used = 0;
  /** Entries dated beyond the ring. */
  private readonly far = new EventQueue(256);

  /**
   * Creates an empty queue for priorities `0 … priorities − 1`, starting at day `startDay`.
   *
   * @example
   * const q = new DayQueue(5, 16_892, 1 << 14);
   */
  constructor(priorities: number, startDay = 0, initialCapacity = 1024) {
    super();
    if (!Number.isInteger(priorities) || priorities < 1 || priorities > 64) {
      throw new RangeError(`priorities must be an integer from 1 to 64, got ${priorities}; pass the number of kernel priorities`);
    }
    if (!Number.isInteger(startDay)) throw new RangeError(`startDay must be a whole day, got ${startDay}`);
    this.priorities = priorities;
    this.base = startDay;
    this.heads = new Int32Array(WINDOW_DAYS * priorities).fill(NONE);
    this.tails = new Int32Array(WINDOW_DAYS * priorities).fill(NONE);
    const capacity = Math.max(1, initialCapacity);
    this.nodes = new Int32Array(capacity * STRIDE);
  }

  /**
   * Number of entries held.
   *
   * @example
   * new DayQueue(1).size === 0;
   */
  get size(): number {
    return this.inRing + this.far.size;
  }

  /**
   * Adds an entry at whole day `time` (not before the last popped day) with `priority`; it follows
   * earlier entries with the same day and priority.
   *
   * @example
   * q.push(19_813, 3, childSlot, childSlot, 0);
   */
  push(time: number, priority: number, payload: number, key = -1, generation = 0): void {
    if ((time | 0) !== time || time < this.base) {
      throw new RangeError(`DayQueue: time must be a whole day at or after ${this.base}, got ${time}; use EventQueue for fractional times`);
    }
    if ((priority | 0) !== priority || priority < 0 || priority >= this.priorities) {
      throw new RangeError(`DayQueue: priority must be 0 to ${this.priorities - 1}, got ${priority}`);
    }
    if (time - this.base >= WINDOW_DAYS) {
      this.far.push(time, priority, payload, key, generation);
      return;
    }
    this.append(time, priority, payload, key, generation);
  }

  /**
   * Removes the earliest entry and copies it into this queue's fields; returns false, leaving the
   * fields untouched, when the queue is empty.
   *
   * @example
   * if (q.pop()) handle(q.time, q.priority, q.payload);
   */
  pop(): boolean {
    if (this.inRing === 0) {
      if (this.far.size === 0) return false;
      this.moveBase(this.far.peekTime());
    }
    const p = this.priorities;
    const heads = this.heads;
    for (;;) {
      const row = (this.base & (WINDOW_DAYS - 1)) * p;
      for (let priority = 0; priority < p; priority++) {
        const node = heads[row + priority]!;
        if (node === NONE) continue;
        const nodes = this.nodes;
        const at = node * STRIDE;
        const after = nodes[at + NEXT]!;
        heads[row + priority] = after;
        if (after === NONE) this.tails[row + priority] = NONE;
        this.time = this.base;
        this.priority = priority;
        this.payload = nodes[at + PAYLOAD]!;
        this.key = nodes[at + KEY]!;
        this.generation = nodes[at + GENERATION]!;
        nodes[at + NEXT] = this.free;
        this.free = node;
        this.inRing--;
        return true;
      }
      this.moveBase(this.base + 1);
    }
  }

  /**
   * Day of the earliest entry, or `Infinity` when the queue is empty.
   *
   * @example
   * new DayQueue(1).peekTime() === Infinity;
   */
  peekTime(): number {
    if (this.inRing === 0) return this.far.size === 0 ? Infinity : this.far.peekTime();
    const p = this.priorities;
    for (let day = this.base; ; day++) {
      const row = (day & (WINDOW_DAYS - 1)) * p;
      for (let priority = 0; priority < p; priority++) if (this.heads[row + priority] !== NONE) return day;
    }
  }

  /**
   * Key of the earliest entry, or -1 when the queue is empty.
   *
   * @example
   * q.push(1, 0, 0, 5); q.peekKey() === 5;
   */
  peekKey(): number {
    const node = this.peekNode();
    return node === NONE ? (this.far.size === 0 ? -1 : this.far.peekKey()) : this.nodes[node * STRIDE + KEY]!;
  }

  /**
   * Generation of the earliest entry, or 0 when the queue is empty.
   *
   * @example
   * q.push(1, 0, 0, 5, 2); q.peekGeneration() === 2;
   */
  peekGeneration(): number {
    const node = this.peekNode();
    return node === NONE ? (this.far.size === 0 ? 0 : this.far.peekGeneration()) : this.nodes[node * STRIDE + GENERATION]!;
  }

  /** The node of the earliest ring entry, or NONE when the ring is empty. */
  private peekNode(): number {
    if (this.inRing === 0) return NONE;
    const day = this.peekTime();
    const row = (day & (WINDOW_DAYS - 1)) * this.priorities;
    for (let priority = 0; priority < this.priorities; priority++) {
      const node = this.heads[row + priority]!;
      if (node !== NONE) return node;
    }
    return NONE;
  }

  /** Moves the ring's first day to `day` (no ring entry is earlier), taking in far entries that now fit. */
  private moveBase(day: number): void {
    this.base = day;
    const far = this.far;
    const end = day + WINDOW_DAYS;
    // Far entries come out in (time, priority, seq) order and their lists are still empty.
    while (far.size > 0 && far.peekTime() < end) {
      far.pop();
      this.append(far.time, far.priority, far.payload, far.key, far.generation);
    }
  }

  private append(time: number, priority: number, payload: number, key: number, generation: number): void {
    let node = this.free;
    if (node === NONE) {
      if (this.used * STRIDE === this.nodes.length) this.grow();
      node = this.used++;
    } else {
      this.free = this.nodes[node * STRIDE + NEXT]!;
    }
    const nodes = this.nodes;
    const at = node * STRIDE;
    nodes[at + NEXT] = NONE;
    nodes[at + PAYLOAD] = payload;
    nodes[at + KEY] = key;
    nodes[at + GENERATION] = generation;
    const list = (time & (WINDOW_DAYS - 1)) * this.priorities + priority;
    const tail = this.tails[list]!;
    if (tail === NONE) this.heads[list] = node;
    else nodes[tail * STRIDE + NEXT] = node;
    this.tails[list] = node;
    this.inRing++;
  }

  /** Doubles the node table; amortised O(1) per push. */
  private grow(): void {
    const target = new Int32Array(this.nodes.length * 2);
    target.set(this.nodes);
    this.nodes = target;
  }
}
