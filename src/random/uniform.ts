/**
 * Uniform draws on an interval: continuous and integer. Each consumes one uniform.
 */
import type { RandomStream } from './streams.ts';

/** 2^32: the widest integer range drawn with a single 53-bit uniform (bias ≤ 2^-21). */
const MAX_INTEGER_RANGE = 0x100000000;

/**
 * Draws a double uniformly from [a, b) (b itself only by rounding); consumes one uniform.
 *
 * @example
 * uniform(s, 5, 10); // e.g. 7.31
 */
export function uniform(s: RandomStream, a: number, b: number): number {
  // Negated comparison so NaN fails; the finiteness test catches ±Infinity.
  if (!(a <= b) || !Number.isFinite(b - a)) {
    throw new RangeError(`uniform needs finite a <= b, got a=${a}, b=${b}; pass the lower bound first`);
  }
  return a + (b - a) * s.next();
}

/**
 * Draws an integer uniformly from lo to hiInclusive, both included; consumes one uniform.
 *
 * @example
 * integerBetween(s, 1, 6); // a die roll
 */
export function integerBetween(s: RandomStream, lo: number, hiInclusive: number): number {
  const n = hiInclusive - lo + 1;
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hiInclusive) || !(n >= 1) || n > MAX_INTEGER_RANGE) {
    throw new RangeError(
      `integerBetween needs integers lo <= hiInclusive at most 2^32 apart, got lo=${lo}, hiInclusive=${hiInclusive}; ` +
        'pass the lower bound first, or use uniform() and Math.floor for wider ranges',
    );
  }
  // floor(u·n) with u = m·2^-53 < 1 stays below n for n <= 2^32 (the product rounds below n).
  return lo + Math.floor(s.next() * n);
}
