/**
 * Draws an index with probability proportional to its weight.
 */
import type { RandomStream } from './streams.ts';

/**
 * Returns index i with probability weights[i]/Σweights (weights need not sum to 1; a zero
 * weight is never chosen); consumes exactly one uniform, and costs O(weights.length).
 *
 * @example
 * categorical(s, [0.6, 0.3, 0.1]); // 0, 1 or 2
 */
export function categorical(s: RandomStream, weights: readonly number[]): number {
  return pick(s, weights, checkedTotal(weights));
}

/** Weights checked and summed once, for a categorical drawn again and again (a child's source, need…). */
export interface CategoricalTable {
  readonly weights: readonly number[];
  readonly total: number;
}

/**
 * Checks `weights` as `categorical` does and keeps their sum, so that `drawFrom` costs one pass and
 * no checks; it draws exactly what `categorical(s, weights)` draws.
 *
 * @example
 * const sources = categoricalTable([0.6, 0.3, 0.1]); drawFrom(s, sources);
 */
export function categoricalTable(weights: readonly number[]): CategoricalTable {
  return { weights: [...weights], total: checkedTotal(weights) };
}

/**
 * Draws an index from a prepared table: the same uniform and the same arithmetic as `categorical`.
 *
 * @example
 * drawFrom(s, categoricalTable([1, 1])); // 0 or 1
 */
export function drawFrom(s: RandomStream, table: CategoricalTable): number {
  return pick(s, table.weights, table.total);
}

/** The sum of the weights, refusing weights that cannot be drawn from. */
function checkedTotal(weights: readonly number[]): number {
  const n = weights.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!(w >= 0) || w === Infinity) {
      throw new RangeError(`categorical needs finite weights >= 0, got weights[${i}]=${w}; pass 0 to exclude a category`);
    }
    total += w;
  }
  if (n === 0) throw new RangeError('categorical needs at least one weight, got []; pass e.g. [1] for a certain outcome');
  if (!(total > 0) || total === Infinity) {
    throw new RangeError(`categorical needs weights with a positive finite sum, got sum ${total}; give at least one category a weight > 0`);
  }
  return total;
}

function pick(s: RandomStream, weights: readonly number[], total: number): number {
  const n = weights.length;
  // Subtracting keeps target >= 0 (a - b >= 0 whenever a >= b in floating point), so a
  // zero weight can never satisfy target < w.
  let target = s.next() * total;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (target < w) return i;
    target -= w;
  }
  // Rounding in the sum can leave target just above the last weight: give it to the last
  // category that can happen.
  let last = n - 1;
  while (weights[last] === 0) last--;
  return last;
}
