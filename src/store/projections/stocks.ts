/**
 * Running stock counters (children in need, on a plan, looked after, privately fostered, cases allocated
 * and unallocated),
 * kept up to date event by event so that a snapshot on 31 March or at a month end reads five numbers
 * instead of scanning every child (ARCHITECTURE.md §7).
 *
 * Invariant: each counter equals the number of live children whose flags say so. Every change of a
 * child's stock flags is bracketed by `leaveStocks` (before) and `enterStocks` (after).
 */
import type { ChildState } from './child-state.ts';

/** The stocks of the whole area now. */
export interface Stocks {
  cin: number;
  cp: number;
  cla: number;
  allocated: number;
  unallocated: number;
  /** Children in a private fostering arrangement the authority knows of. */
  privatelyFostered: number;
}

/**
 * Creates empty stocks.
 * @example const stocks = createStocks();
 */
export function createStocks(): Stocks {
  return { cin: 0, cp: 0, cla: 0, allocated: 0, unallocated: 0, privatelyFostered: 0 };
}

function add(stocks: Stocks, s: ChildState, sign: 1 | -1): void {
  if (s.caseOpen) stocks.cin += sign;
  // A privately fostered child's case is held by a worker like any other, but is not a CIN episode.
  if (s.caseOpen || s.privatelyFostered) {
    if (s.worker === undefined) stocks.unallocated += sign;
    else stocks.allocated += sign;
  }
  if (s.privatelyFostered) stocks.privatelyFostered += sign;
  if (s.cpStart !== undefined) stocks.cp += sign;
  if (s.inCare) stocks.cla += sign;
}

/**
 * Removes a child's contribution before its flags change (or before its state is released).
 * @example leaveStocks(stocks, s); s.inCare = true; enterStocks(stocks, s);
 */
export function leaveStocks(stocks: Stocks, s: ChildState): void {
  add(stocks, s, -1);
}

/**
 * Adds a child's contribution after its flags changed.
 * @example leaveStocks(stocks, s); s.inCare = true; enterStocks(stocks, s);
 */
export function enterStocks(stocks: Stocks, s: ChildState): void {
  add(stocks, s, 1);
}
