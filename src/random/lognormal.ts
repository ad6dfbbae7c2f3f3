/**
 * Lognormal durations, parameterised the way calibration data is usually quoted: a median and
 * a 90th percentile (e.g. "assessments take a median of 30 working days, 1 in 10 over 60").
 */
import { standardNormal } from './internal/standard-normal.ts';
import type { RandomStream } from './streams.ts';

/** z such that Φ(z) = 0.9: the standard normal's 90th percentile. */
const Z90 = 1.2815515655446004;

/**
 * Draws exp(mu + sigma·Z) for a standard normal Z; consumes exactly one uniform.
 *
 * @example
 * lognormal(s, Math.log(30), 0.5); // median 30
 */
export function lognormal(s: RandomStream, mu: number, sigma: number): number {
  if (!Number.isFinite(mu) || !(sigma >= 0) || sigma === Infinity) {
    throw new RangeError(
      `lognormal needs a finite mu and a finite sigma >= 0 (both on the log scale), got mu=${mu}, sigma=${sigma}; ` +
        'use lognormalFromMedianP90 to give a median and 90th percentile instead',
    );
  }
  return Math.exp(mu + sigma * standardNormal(s));
}

/**
 * Draws a lognormal variate with the given median and 90th percentile (μ = ln median,
 * σ = ln(p90/median)/z₀.₉); consumes exactly one uniform.
 *
 * @example
 * lognormalFromMedianP90(s, 30, 60); // half of draws below 30, one in ten above 60
 */
export function lognormalFromMedianP90(s: RandomStream, median: number, p90: number): number {
  if (!(median > 0) || !(p90 > median) || p90 === Infinity) {
    throw new RangeError(
      `lognormalFromMedianP90 needs 0 < median < p90 < Infinity, got median=${median}, p90=${p90}; ` +
        'pass the 90th percentile second, above the median',
    );
  }
  // median·exp(σZ) = exp(ln median + σZ); one log per draw instead of two.
  return median * Math.exp((Math.log(p90 / median) / Z90) * standardNormal(s));
}
