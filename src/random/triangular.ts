/**
 * Triangular draws by inverse CDF: a common elicitation shape ("at least 2 days, usually 5,
 * at most 15").
 */
import type { RandomStream } from './streams.ts';

/**
 * Draws from the triangular distribution on [min, max] with peak at mode; consumes exactly
 * one uniform (inversion, so monotone in it).
 *
 * @example
 * triangular(s, 2, 5, 15); // mean (2 + 5 + 15)/3
 */
export function triangular(s: RandomStream, min: number, mode: number, max: number): number {
  if (!(min <= mode && mode <= max && min < max) || !Number.isFinite(max - min)) {
    throw new RangeError(
      `triangular needs finite min <= mode <= max with min < max, got min=${min}, mode=${mode}, max=${max}; ` +
        'pass them in that order',
    );
  }
  const u = s.next();
  const width = max - min;
  const left = mode - min;
  // F(mode) = left/width; invert each side of the peak separately.
  if (u * width < left) return min + Math.sqrt(u * width * left);
  const result = max - Math.sqrt((1 - u) * width * (max - mode));
  // Guard rounding just outside the support on very narrow or very wide triangles.
  return result < min ? min : result;
}
