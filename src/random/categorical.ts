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
