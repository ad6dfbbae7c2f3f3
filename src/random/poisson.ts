/**
 * Poisson counts: Knuth's product method for small means, Hörmann's PTRS for large ones.
 *
 * Sources: D. E. Knuth, The Art of Computer Programming vol. 2 (3rd ed.), §3.4.1, the
 * Poisson method that multiplies uniforms until the product falls below e^-mean (expected
 * mean + 1 uniforms, so only cheap for small means); W. Hörmann, "The transformed rejection
 * method for generating Poisson random variables", Insurance: Mathematics and Economics 12
 * (1993) 39–45 (PTRS, exact, valid for mean ≥ 10, two uniforms per proposal, acceptance
 * ≈ 0.9). The threshold of 10 and the PTRS constants follow numpy's `random_poisson`.
 */
import { logGamma } from './internal/log-gamma.ts';
import type { RandomStream } from './streams.ts';

/** Means below this use Knuth's method; PTRS is valid from 10 upwards (Hörmann 1993). */
const PTRS_THRESHOLD = 10;

/**
 * Draws a Poisson count with the given mean; consumes k + 1 uniforms when mean < 10 (k the
 * result), two per proposal (about 2.2 on average) otherwise, and none when mean is 0.
 *
 * @example
 * poisson(s, 3.2); // referrals today, e.g. 4
 */
export function poisson(s: RandomStream, mean: number): number {
  if (!(mean >= 0) || mean === Infinity) {
    throw new RangeError(`poisson needs a finite mean >= 0, got ${mean}; pass the expected count`);
  }
  if (mean === 0) return 0;
  return mean < PTRS_THRESHOLD ? knuth(s, mean) : ptrs(s, mean);
}

function knuth(s: RandomStream, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let product = s.next();
  while (product > limit) {
    k++;
    product *= s.next();
  }
  return k;
}

function ptrs(s: RandomStream, mean: number): number {
  const sqrtMean = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * sqrtMean;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = s.next() - 0.5;
    const v = s.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    // Immediate acceptance region (most proposals).
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    // log(v) = -Infinity for v = 0 accepts, as in the reference implementation.
    if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <= -mean + k * logMean - logGamma(k + 1)) return k;
  }
}
