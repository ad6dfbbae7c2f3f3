/**
 * Normal draws by inversion (Acklam's approximation, see internal/standard-normal.ts).
 */
import { standardNormal } from './internal/standard-normal.ts';
import type { RandomStream } from './streams.ts';

/**
 * Draws a normal variate with the given mean and standard deviation; consumes exactly one
 * uniform.
 *
 * @example
 * normal(s, 45, 10); // e.g. 51.2
 */
export function normal(s: RandomStream, mean: number, sd: number): number {
  if (!Number.isFinite(mean) || !(sd >= 0) || sd === Infinity) {
    throw new RangeError(`normal needs a finite mean and a finite sd >= 0, got mean=${mean}, sd=${sd}; pass sd, not variance`);
  }
  return mean + sd * standardNormal(s);
}
