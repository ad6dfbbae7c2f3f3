/**
 * Exponential waiting times (Poisson-process gaps), by inversion.
 */
import type { RandomStream } from './streams.ts';

/**
 * Draws an exponential variate with the given rate (mean 1/rate); consumes one uniform.
 *
 * @example
 * exponential(s, 4); // gap between arrivals at 4 a day, mean 0.25 days
 */
export function exponential(s: RandomStream, rate: number): number {
  if (!(rate > 0) || rate === Infinity) {
    throw new RangeError(`exponential needs a finite rate > 0, got ${rate}; pass 1/mean (e.g. 0.1 for a mean of 10)`);
  }
  // Inversion: -ln(1 - u) with 1 - u in (0, 1], so never log(0); log1p keeps the precision
  // of small u. Monotone in u, which keeps common random numbers well correlated.
  return -Math.log1p(-s.next()) / rate;
}
