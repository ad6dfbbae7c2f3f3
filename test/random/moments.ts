/**
 * Sample moments with their standard errors, for distribution checks whose tolerances come
 * from the central limit theorem rather than from trial and error.
 */
import type { RandomStream } from '../../src/random/index.ts';

export interface Moments {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
  /** Standard error of the sample variance, √((m₄ − s⁴)/n), from the sample's own 4th moment. */
  readonly varianceSe: number;
}

export function sample(n: number, s: RandomStream, draw: (s: RandomStream) => number): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = draw(s);
  return xs;
}

export function momentsOf(xs: Float64Array): Moments {
  const n = xs.length;
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d2 = (x - mean) ** 2;
    m2 += d2;
    m4 += d2 * d2;
  }
  const variance = m2 / (n - 1);
  return { n, mean, variance, varianceSe: Math.sqrt((m4 / n - variance * variance) / n) };
}

/** How many standard errors of the mean separate the sample mean from `mean` (σ known). */
export function meanZ(m: Moments, mean: number, variance: number): number {
  return Math.abs(m.mean - mean) / Math.sqrt(variance / m.n);
}

/** How many standard errors separate the sample variance from `variance`. */
export function varianceZ(m: Moments, variance: number): number {
  return Math.abs(m.variance - variance) / m.varianceSe;
}

/** How many binomial standard errors separate the share of draws below `x` from `p`. */
export function shareBelowZ(xs: Float64Array, x: number, p: number): number {
  let below = 0;
  for (const v of xs) if (v < x) below++;
  return Math.abs(below / xs.length - p) / Math.sqrt((p * (1 - p)) / xs.length);
}
