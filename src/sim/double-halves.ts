/**
 * A double as its 64 bits in two 32-bit integers, and back: how the case record keeps its fractions
 * (case-record.ts). An integer that fits 32 bits is held in an object's own field by V8, where a
 * fraction is a separate boxed number; splitting and joining round-trips every double exactly, NaN and
 * −0 included, whatever the platform's byte order.
 */
const BITS = new Float64Array(1);
const HALVES = new Int32Array(BITS.buffer);
/** Which of HALVES holds the low and which the high 32 bits (sign, exponent, top of the fraction). */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH = 1 - LOW;

/**
 * Splits `value` into its halves, read with lowHalf() and highHalf() before the next split.
 * @example splitDouble(0.25); const lo = lowHalf(), hi = highHalf();
 */
export function splitDouble(value: number): void {
  BITS[0] = value;
}

/** The low 32 bits of the double last split (the bottom of its fraction). */
export function lowHalf(): number {
  return HALVES[LOW]!;
}

/** The high 32 bits of the double last split: sign, exponent and the top 20 bits of the fraction. */
export function highHalf(): number {
  return HALVES[HIGH]!;
}

/** 2^(e − 1075) for each exponent field e (2^−1074 for 0, as for 1): by doubling 2^−1074, so each is exact. */
const SCALE = new Float64Array(2048);
SCALE[0] = Number.MIN_VALUE;
for (let e = 1; e < 2048; e++) SCALE[e] = e === 1 ? Number.MIN_VALUE : SCALE[e - 1]! * 2;

/**
 * The double whose halves are `low` and `high` (as lowHalf() and highHalf() gave them), built by
 * arithmetic from its sign, exponent and 52-bit fraction. Why not write the halves and read the double
 * (as splitDouble does the other way): a 64-bit read of what two 32-bit writes have just put there
 * cannot be forwarded from the writes, and waits for them to reach the cache, at every read of a
 * case's risk or work. Every product here is exact: a whole number below 2^53 times a power of two
 * that gives a representable double.
 * @example joinDouble(lowHalf(), highHalf()) === value // after splitDouble(value), for any value but NaN
 */
export function joinDouble(low: number, high: number): number {
  const e = (high >>> 20) & 0x7ff;
  const fraction = (high & 0xfffff) * 4294967296 + (low >>> 0); // 2^32
  let magnitude: number;
  if (e === 0x7ff) magnitude = fraction === 0 ? Infinity : NaN;
  else magnitude = (e === 0 ? fraction : fraction + 4503599627370496) * SCALE[e]!; // 2^52
  return high < 0 ? -magnitude : magnitude;
}
