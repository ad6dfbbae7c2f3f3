/**
 * Yes/no draws.
 */
import type { RandomStream } from './streams.ts';

/**
 * Returns true with probability p; consumes exactly one uniform.
 *
 * @example
 * if (bernoulli(s, 0.24)) scheduleRepeatPlan();
 */
export function bernoulli(s: RandomStream, p: number): boolean {
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(`bernoulli needs a probability 0 <= p <= 1, got ${p}; pass a fraction, not a percentage`);
  }
  // u < p with u in [0, 1): exactly p for p = 0 (never) and p = 1 (always).
  return s.next() < p;
}
