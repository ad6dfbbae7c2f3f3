/** Deterministic rounding and the histogram median. */
import { describe, expect, it } from 'vitest';
import { mean, medianOfCounts, percent, round1, round2 } from '../../../src/store/projections/rounding.ts';

describe('rounding', () => {
  it('rounds percentages, means and ratios to fixed places, null on an empty denominator', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(0, 5)).toBe(0);
    expect(percent(1, 0)).toBeNull();
    expect(mean(7, 2)).toBe(3.5);
    expect(mean(0, 0)).toBeNull();
    expect(round1(30.4286)).toBe(30.4);
    expect(round2(2 / 3)).toBe(0.67);
  });

  it('finds the median of a histogram, the mean of the middle two for an even count', () => {
    expect(medianOfCounts(Int32Array.of(0, 2, 0, 1))).toBe(1);
    expect(medianOfCounts(Int32Array.of(0, 0, 1, 0, 1))).toBe(3);
    expect(medianOfCounts(Int32Array.of(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))).toBe(5.5);
    expect(medianOfCounts(Int32Array.of(0, 0, 0))).toBeNull();
  });
});
