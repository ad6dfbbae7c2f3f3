import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { highHalf, joinDouble, lowHalf, splitDouble } from '../../src/sim/double-halves.ts';
import { FC_SEED } from '../support/seed.ts';

/** A double through its halves and back. */
function roundTrip(value: number): number {
  splitDouble(value);
  return joinDouble(lowHalf(), highHalf());
}

describe(`a double kept as its two halves (fc seed: ${FC_SEED})`, () => {
  // joinDouble builds the double by arithmetic from sign, exponent and fraction: each kind of double
  // takes its own branch (zero and subnormal, normal, infinite and NaN), and each must come back exact.
  it('gives back the edge cases exactly: zeros, subnormals, the normal range ends, infinities, NaN', () => {
    const edges = [
      0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 2.225073858507201e-308, 2.2250738585072014e-308, -2.2250738585072014e-308,
      Number.MAX_VALUE, -Number.MAX_VALUE, Number.EPSILON, 1, -1, 0.1, 1 / 3, 1 - Number.EPSILON / 2, 2 ** 52, 2 ** 53 + 2,
      Infinity, -Infinity, NaN,
    ];
    for (const value of edges) expect(Object.is(roundTrip(value), value), String(value)).toBe(true);
  });

  test.prop([fc.double()], { numRuns: 5000 })('gives back any double exactly', (value) => {
    expect(Object.is(roundTrip(value), value)).toBe(true);
  });

  test.prop([fc.integer({ min: 0, max: 0x7ff }), fc.integer({ min: 0, max: 0xfffff }), fc.integer(), fc.boolean()], { numRuns: 5000 })(
    'gives back the double of any sign, exponent and fraction bits',
    (exponent, fractionHigh, low, negative) => {
      const high = ((negative ? 0x80000000 : 0) | (exponent << 20) | fractionHigh) | 0;
      const bits = new DataView(new ArrayBuffer(8));
      bits.setInt32(0, low, true);
      bits.setInt32(4, high, true);
      const expected = bits.getFloat64(0, true);
      expect(Object.is(joinDouble(low, high), expected)).toBe(true);
    },
  );
});
