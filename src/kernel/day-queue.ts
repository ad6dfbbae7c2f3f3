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
 * `number | undefined`; every index here is a chunk's int or a list below its table's length.
 */
import { EventQueue } from './event-queue.ts';
import { PoppedEntry } from './popped-entry.ts';

/** Days the ring spans (a power of two): most case timers fall within a year. */
const WINDOW_DAYS = 1024;
const NONE = -1;
/**
 * A list's entries sit in chunks of `CHUNK_ENTRIES` consecutive entries (payload, key, generation),
 * chained by the chunk's first int: a day's entries are popped in the order they lie in memory, so the
 * processor's prefetcher fetches them ahead, where a linked node per entry was a cache miss per pop at
 * national scale. 64 ints (256 bytes) a chunk.
 */
const CHUNK_INTS = 64;
const ENTRY_INTS = 3;
const CHUNK_ENTRIES = (CHUNK_INTS - 1) / ENTRY_INTS;

/** A ring that counts entries none of its lists holds: a bug in this file, reported instead of scanning for ever. */
function lostEntries(inRing: number): Error {
  return new Error(`DayQueue: ${inRing} entries counted in the ring but none in its lists (a queue bug, not a caller error)`);
}

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
  /** Entries in a chunk: how far ahead of the popped entry the hint (aheadCount) starts. */
  static readonly chunkEntries = CHUNK_ENTRIES;
  private readonly priorities: number;
  /** First day of the ring: every ring entry is dated base … base + WINDOW_DAYS − 1. */
  private base: number;
  private inRing = 0;
  // One list per (day mod WINDOW_DAYS, priority): its head chunk and the next entry to pop in it, its
  // tail chunk and the next place to fill in it; chunks NONE when the list is empty.
  private readonly heads: Int32Array;
  private readonly headAt: Int32Array;
  private readonly tails: Int32Array;
  private readonly tailAt: Int32Array;
  // Chunks (chunk c at c × CHUNK_INTS: the next chunk of its list, then its entries), with a free list
  // threaded through the first int.
  private chunks: Int32Array;
  private free = NONE;
  private used = 0;
  /** Where the last pop's hinted entries start in `chunks` (see lookAhead). */
  private aheadAt = 0;
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
    this.headAt = new Int32Array(WINDOW_DAYS * priorities);
    this.tails = new Int32Array(WINDOW_DAYS * priorities).fill(NONE);
    this.tailAt = new Int32Array(WINDOW_DAYS * priorities);
    this.chunks = new Int32Array(Math.max(1, Math.ceil(initialCapacity / CHUNK_ENTRIES)) * CHUNK_INTS);
  }

  /** Number of entries held (`new DayQueue(1).size === 0`). */
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
    // Every ring entry is dated within a window of the base, so a scan longer than the window means an
    // entry was counted but lost from its list: fail loudly rather than loop for ever.
    for (let scanned = 0; ; scanned++) {
      if (scanned > WINDOW_DAYS) throw lostEntries(this.inRing);
      const row = (this.base & (WINDOW_DAYS - 1)) * p;
      for (let priority = 0; priority < p; priority++) {
        const list = row + priority;
        const chunk = heads[list]!;
        if (chunk === NONE) continue;
        const chunks = this.chunks;
        const entry = this.headAt[list]!;
        const at = chunk * CHUNK_INTS + 1 + entry * ENTRY_INTS;
        this.time = this.base;
        this.priority = priority;
        this.payload = chunks[at]!;
        this.key = chunks[at + 1]!;
        this.generation = chunks[at + 2]!;
        this.lookAhead(list, chunk, entry);
        if (chunk === this.tails[list] && entry + 1 === this.tailAt[list]) {
          heads[list] = NONE;
          this.tails[list] = NONE;
          this.release(chunk);
        } else if (entry + 1 === CHUNK_ENTRIES) {
          heads[list] = chunks[chunk * CHUNK_INTS]!;
          this.headAt[list] = 0;
          this.release(chunk);
        } else {
          this.headAt[list] = entry + 1;
        }
        this.inRing--;
        return true;
      }
      this.moveBase(this.base + 1);
    }
  }

  /**
   * On the first pop from a chunk of `list`, the hint is the list's next chunk: entries a chunk's
   * length on, handled some tens of microseconds later, so that the memory they need, fetched now
   * and all at once (the fetches overlap), is in cache when they come.
   */
  private lookAhead(list: number, chunk: number, entry: number): void {
    if (entry !== 0 || chunk === this.tails[list]) {
      this.aheadCount = 0;
      return;
    }
    const next = this.chunks[chunk * CHUNK_INTS]!;
    this.aheadCount = next === this.tails[list] ? this.tailAt[list]! : CHUNK_ENTRIES;
    this.aheadAt = next * CHUNK_INTS + 1;
  }

  /** Payload of hinted entry `i` (0 … aheadCount − 1) of the last pop: `for (…) warm(q.aheadPayloadAt(i))`. */
  aheadPayloadAt(i: number): number {
    return this.chunks[this.aheadAt + i * ENTRY_INTS]!;
  }

  /** Key of hinted entry `i` (0 … aheadCount − 1) of the last pop, or −1 when it has none. */
  aheadKeyAt(i: number): number {
    return this.chunks[this.aheadAt + i * ENTRY_INTS + 1]!;
  }

  /** Day of the earliest entry, or `Infinity` when the queue is empty (`new DayQueue(1).peekTime() === Infinity`). */
  peekTime(): number {
    if (this.inRing === 0) return this.far.size === 0 ? Infinity : this.far.peekTime();
    const p = this.priorities;
    for (let day = this.base; ; day++) {
      if (day - this.base > WINDOW_DAYS) throw lostEntries(this.inRing);
      const row = (day & (WINDOW_DAYS - 1)) * p;
      for (let priority = 0; priority < p; priority++) if (this.heads[row + priority] !== NONE) return day;
    }
  }

  /** Key of the earliest entry, or -1 when the queue is empty (`q.push(1, 0, 0, 5); q.peekKey() === 5`). */
  peekKey(): number {
    const at = this.peekEntry();
    return at === NONE ? (this.far.size === 0 ? -1 : this.far.peekKey()) : this.chunks[at + 1]!;
  }

  /** Generation of the earliest entry, or 0 when the queue is empty (`q.push(1, 0, 0, 5, 2); q.peekGeneration() === 2`). */
  peekGeneration(): number {
    const at = this.peekEntry();
    return at === NONE ? (this.far.size === 0 ? 0 : this.far.peekGeneration()) : this.chunks[at + 2]!;
  }

  /** Where the earliest ring entry starts in `chunks` (its payload), or NONE when the ring is empty. */
  private peekEntry(): number {
    if (this.inRing === 0) return NONE;
    const day = this.peekTime();
    const row = (day & (WINDOW_DAYS - 1)) * this.priorities;
    for (let priority = 0; priority < this.priorities; priority++) {
      const chunk = this.heads[row + priority]!;
      if (chunk !== NONE) return chunk * CHUNK_INTS + 1 + this.headAt[row + priority]! * ENTRY_INTS;
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
    const list = (time & (WINDOW_DAYS - 1)) * this.priorities + priority;
    let chunk = this.tails[list]!;
    let entry = this.tailAt[list]!;
    if (chunk === NONE) {
      chunk = this.take();
      this.heads[list] = chunk;
      this.headAt[list] = 0;
      this.tails[list] = chunk;
      entry = 0;
    } else if (entry === CHUNK_ENTRIES) {
      const added = this.take();
      this.chunks[chunk * CHUNK_INTS] = added;
      this.tails[list] = added;
      chunk = added;
      entry = 0;
    }
    const chunks = this.chunks;
    const at = chunk * CHUNK_INTS + 1 + entry * ENTRY_INTS;
    chunks[at] = payload;
    chunks[at + 1] = key;
    chunks[at + 2] = generation;
    this.tailAt[list] = entry + 1;
    this.inRing++;
  }

  /** An empty chunk with no next: the last one freed (likely still in cache), or a new one. */
  private take(): number {
    let chunk = this.free;
    if (chunk === NONE) {
      if ((this.used + 1) * CHUNK_INTS > this.chunks.length) this.grow();
      chunk = this.used++;
    } else {
      this.free = this.chunks[chunk * CHUNK_INTS]!;
    }
    this.chunks[chunk * CHUNK_INTS] = NONE;
    return chunk;
  }

  private release(chunk: number): void {
    this.chunks[chunk * CHUNK_INTS] = this.free;
    this.free = chunk;
  }

  /** Doubles the chunk table; amortised O(1) per push. */
  private grow(): void {
    const target = new Int32Array(this.chunks.length * 2);
    target.set(this.chunks);
    this.chunks = target;
  }
}
