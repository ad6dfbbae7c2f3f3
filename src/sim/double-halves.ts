/**
 * A double as its 64 bits in two 32-bit integers, and back: how the case record keeps its fractions
 * (case-record.ts). An integer that fits 32 bits is held in an object's own field by V8, where a
 * fraction is a separate boxed number; splitting and joining round-trips every double exactly, NaN and
 * −0 included, whatever the platform's byte order.
 */
const BITS = new Float64Array(1);
const HALVES = new Int32Array(BITS.buffer);

/**
 * Splits `value` into its halves, read with lowHalf() and highHalf() before the next split.
 * @example splitDouble(0.25); const lo = lowHalf(), hi = highHalf();
 */
export function splitDouble(value: number): void {
  BITS[0] = value;
}

/** The first half of the double last split. */
export function lowHalf(): number {
  return HALVES[0]!;
}

/** The second half of the double last split. */
export function highHalf(): number {
  return HALVES[1]!;
}

/**
 * The double whose halves are `low` and `high` (as lowHalf() and highHalf() gave them).
 * @example joinDouble(lowHalf(), highHalf()) === value // after splitDouble(value), for any value but NaN
 */
export function joinDouble(low: number, high: number): number {
  HALVES[0] = low;
  HALVES[1] = high;
  return BITS[0]!;
}
