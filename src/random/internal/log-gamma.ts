/**
 * ln Γ(x) for x > 0 by the Stirling series with a shift to x ≥ 7.
 *
 * Source: numpy/random/src/distributions/distributions.c `random_loggam` (itself after
 * Zhang and Jin, "Computation of Special Functions", 1996); absolute error well below 10⁻¹⁰
 * for the integer arguments the Poisson sampler needs.
 */
const COEFFICIENTS = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4, 8.417508417508418e-4,
  -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2, 1.796443723688307e-1, -1.3924322169059,
] as const;
const LN_2PI = 1.8378770664093453;

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  const n = x < 7 ? Math.floor(7 - x) : 0;
  let x0 = x + n;
  const x2 = 1 / (x0 * x0);
  let series = COEFFICIENTS[9];
  for (let k = 8; k >= 0; k--) series = series * x2 + COEFFICIENTS[k]!;
  let result = series / x0 + 0.5 * LN_2PI + (x0 - 0.5) * Math.log(x0) - x0;
  // Walk back down with Γ(x) = Γ(x + 1)/x.
  for (let k = 1; k <= n; k++) {
    x0 -= 1;
    result -= Math.log(x0);
  }
  return result;
}
