/**
 * The KPI projection's state of every live child: one row of 32-bit integers each (row-layout.ts), the
 * child's id and workers in an ordinary array beside the rows, and a cursor (this object) that is on
 * one row at a time. The projection moves the cursor to the child of each event and folds the event
 * into the row through the ChildState interface, so the fold reads as it did with one object a child.
 *
 * Rows are found either by the producer's handle (the row is the handle) or, for a stream without
 * handles, by id (a free row is taken and the projection keeps a map from id to row).
 */
import type { ChildId, WorkerId } from '../../domain/ids.ts';
import type { SimDay } from '../../domain/time.ts';
import type { ChildState } from './child-state.ts';
import { ClockRow } from './clock-row.ts';
import { B, F, LINE_1, NO_YEAR, R, REFS_PER_ROW, ROW_INTS, dayIn, dayOut, withFlag } from './row-layout.ts';

/** The rows, and a cursor on one of them that reads and writes it as a ChildState. */
export class ChildRows extends ClockRow implements ChildState {
  /** Per row, REFS_PER_ROW entries: the child's id (undefined while the row is free), the worker, the year's first two workers. */
  private readonly refs: (string | undefined)[] = [];
  /** Rows that `mem`, `refs` and `extra` have room for. */
  private capacity = 0;
  /** Rows freed by `release` with `reuse`, for `claimFree`. */
  private readonly freed: number[] = [];
  /** One past the highest row claimed so far: a pass over the live children looks at rows below it. */
  end = 0;
  /** Rows that hold a child now. */
  live = 0;

  constructor() {
    super();
    this.reserve(1024);
  }

  /** The child whose state row `row` holds, or undefined. */
  holder(row: number): ChildId | undefined {
    return row < this.end ? (this.refs[row * REFS_PER_ROW] as ChildId | undefined) : undefined;
  }

  /** Puts the cursor on row `row`. */
  moveTo(row: number): void {
    this.row = row;
    this.at = row * ROW_INTS;
  }

  /** Gives row `row` (free, so fresh) to `child`, and puts the cursor on it. */
  claim(row: number, child: ChildId): void {
    if (row >= this.capacity) this.reserve(Math.max(row + 1, this.capacity * 2));
    // The row's workers are already undefined: a new row's are, and `release` clears a freed one's.
    this.refs[row * REFS_PER_ROW + R.owner] = child;
    if (row >= this.end) this.end = row + 1;
    this.live++;
    this.moveTo(row);
  }

  /** Claims a free row for `child` (one released with `reuse`, else a new one) and returns it. */
  claimFree(child: ChildId): number {
    const row = this.freed.pop() ?? this.end;
    this.claim(row, child);
    return row;
  }

  /** Frees row `row`, made fresh for its next child while it is still in cache; with `reuse`, claimFree may give it out again. */
  release(row: number, reuse: boolean): void {
    this.mem.fill(0, row * ROW_INTS, (row + 1) * ROW_INTS);
    const r = row * REFS_PER_ROW;
    this.refs[r + R.owner] = undefined;
    this.refs[r + R.worker] = undefined;
    this.refs[r + R.firstWorker] = undefined;
    this.refs[r + R.secondWorker] = undefined;
    this.live--;
    if (reuse) this.freed.push(row);
  }

  /** Calls `visit` with the cursor on each live row in turn, in row order. */
  visitLive(visit: (s: ChildState) => void): void {
    const refs = this.refs;
    for (let row = 0; row < this.end; row++) {
      if (refs[row * REFS_PER_ROW] === undefined) continue;
      this.moveTo(row);
      visit(this);
    }
  }

  /**
   * Reads the first two cache lines of row `row` (what nearly every event reads) and its id, so that
   * their memory is fetched ahead; the value means nothing.
   */
  touch(row: number): number {
    if (row >= this.end) return 0;
    const at = row * ROW_INTS;
    return (this.mem[at] as number) ^ (this.mem[at + LINE_1] as number) ^ (this.refs[row * REFS_PER_ROW] === undefined ? 0 : 1);
  }

  /** Room for `rows` rows, the arrays kept packed (no holes), so that a read by row stays fast. */
  private reserve(rows: number): void {
    const mem = new Int32Array(rows * ROW_INTS);
    mem.set(this.mem);
    this.mem = mem;
    while (this.refs.length < rows * REFS_PER_ROW) this.refs.push(undefined);
    while (this.extra.length < rows) this.extra.push(null);
    this.capacity = rows;
  }

  get child(): ChildId { return this.refs[this.row * REFS_PER_ROW + R.owner] as ChildId; }
  get clocks(): this { return this; }

  get worker(): WorkerId | undefined { return this.refs[this.row * REFS_PER_ROW + R.worker] as WorkerId | undefined; }
  set worker(value: WorkerId | undefined) { this.refs[this.row * REFS_PER_ROW + R.worker] = value; }
  get firstWorker(): WorkerId | undefined { return this.refs[this.row * REFS_PER_ROW + R.firstWorker] as WorkerId | undefined; }
  set firstWorker(value: WorkerId | undefined) { this.refs[this.row * REFS_PER_ROW + R.firstWorker] = value; }
  get secondWorker(): WorkerId | undefined { return this.refs[this.row * REFS_PER_ROW + R.secondWorker] as WorkerId | undefined; }
  set secondWorker(value: WorkerId | undefined) { this.refs[this.row * REFS_PER_ROW + R.secondWorker] = value; }

  get caseOpen(): boolean { return ((this.mem[this.at + F.flags] as number) & B.caseOpen) !== 0; }
  set caseOpen(value: boolean) { this.mem[this.at + F.flags] = withFlag(this.mem[this.at + F.flags] as number, B.caseOpen, value); }
  get everAllocated(): boolean { return ((this.mem[this.at + F.flags] as number) & B.everAllocated) !== 0; }
  set everAllocated(value: boolean) { this.mem[this.at + F.flags] = withFlag(this.mem[this.at + F.flags] as number, B.everAllocated, value); }
  get waitStart(): SimDay | undefined { return dayOut(this.mem[this.at + F.waitStart] as number); }
  set waitStart(value: SimDay | undefined) { this.mem[this.at + F.waitStart] = dayIn(value); }
  get cpStart(): SimDay | undefined { return dayOut(this.mem[this.at + F.cpStart] as number); }
  set cpStart(value: SimDay | undefined) { this.mem[this.at + F.cpStart] = dayIn(value); }
  get rcpcDecided(): number { return this.mem[this.at + F.rcpcDecided] as number; }
  set rcpcDecided(value: number) { this.mem[this.at + F.rcpcDecided] = value; }
  get rcpcLate(): boolean { return ((this.mem[this.at + F.flags] as number) & B.rcpcLate) !== 0; }
  set rcpcLate(value: boolean) { this.mem[this.at + F.flags] = withFlag(this.mem[this.at + F.flags] as number, B.rcpcLate, value); }
  get inCare(): boolean { return ((this.mem[this.at + F.flags] as number) & B.inCare) !== 0; }
  set inCare(value: boolean) { this.mem[this.at + F.flags] = withFlag(this.mem[this.at + F.flags] as number, B.inCare, value); }
  get inCountedPlacement(): boolean { return ((this.mem[this.at + F.flags] as number) & B.inCountedPlacement) !== 0; }
  set inCountedPlacement(value: boolean) { this.mem[this.at + F.flags] = withFlag(this.mem[this.at + F.flags] as number, B.inCountedPlacement, value); }
  get placementYear(): number { return (this.mem[this.at + F.placementYear] as number) + NO_YEAR; }
  set placementYear(value: number) { this.mem[this.at + F.placementYear] = value - NO_YEAR; }
  get placementCount(): number { return this.mem[this.at + F.placementCount] as number; }
  set placementCount(value: number) { this.mem[this.at + F.placementCount] = value; }
  get workerYear(): number { return (this.mem[this.at + F.workerYear] as number) + NO_YEAR; }
  set workerYear(value: number) { this.mem[this.at + F.workerYear] = value - NO_YEAR; }
  get workerCount(): number { return this.mem[this.at + F.workerCount] as number; }
  set workerCount(value: number) { this.mem[this.at + F.workerCount] = value; }
  get missingEndedYear(): number { return (this.mem[this.at + F.missingEndedYear] as number) + NO_YEAR; }
  set missingEndedYear(value: number) { this.mem[this.at + F.missingEndedYear] = value - NO_YEAR; }
  get proceedingsIssued(): SimDay | undefined { return dayOut(this.mem[this.at + F.proceedingsIssued] as number); }
  set proceedingsIssued(value: SimDay | undefined) { this.mem[this.at + F.proceedingsIssued] = dayIn(value); }
  get fostered(): boolean { return ((this.mem[this.at + F.flags] as number) & B.fostered) !== 0; }
  set fostered(value: boolean) { this.mem[this.at + F.flags] = withFlag(this.mem[this.at + F.flags] as number, B.fostered, value); }
  get turned18(): SimDay | undefined { return dayOut(this.mem[this.at + F.turned18] as number); }
  set turned18(value: SimDay | undefined) { this.mem[this.at + F.turned18] = dayIn(value); }
  get privatelyFostered(): boolean { return ((this.mem[this.at + F.flags] as number) & B.privatelyFostered) !== 0; }
  set privatelyFostered(value: boolean) { this.mem[this.at + F.flags] = withFlag(this.mem[this.at + F.flags] as number, B.privatelyFostered, value); }
  get camhsReferred(): SimDay | undefined { return dayOut(this.mem[this.at + F.camhsReferred] as number); }
  set camhsReferred(value: SimDay | undefined) { this.mem[this.at + F.camhsReferred] = dayIn(value); }
}
