import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createStreams, STANDARD_PURPOSES, streamFor, streamKey } from '../../src/random/index.ts';
import type { RandomStream } from '../../src/random/index.ts';
import { FC_SEED } from '../support/seed.ts';

function take(s: RandomStream, n: number): number[] {
  return Array.from({ length: n }, () => s.next());
}

/** Pearson correlation of two equal-length samples. */
function correlation(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const seedArb = fc.integer({ min: -(2 ** 40), max: 2 ** 40 });
const purposeArb = fc.constantFrom(...STANDARD_PURPOSES, 'x', 'custom-purpose');
const indexArb = fc.option(fc.nat({ max: 1_000_000 }), { nil: undefined });

describe(`streamFor (fc seed: ${FC_SEED})`, () => {
  test.prop([seedArb, purposeArb, indexArb])('gives the identical sequence for the same key', (seed, purpose, index) => {
    expect(take(streamFor(seed, purpose, index), 20)).toEqual(take(streamFor(seed, purpose, index), 20));
  });

  test.prop([seedArb, fc.nat({ max: 1_000_000 }), fc.nat({ max: 1_000_000 })])(
    'gives different sequences for different child indexes',
    (seed, i, j) => {
      fc.pre(i !== j);
      expect(take(streamFor(seed, 'child', i), 4)).not.toEqual(take(streamFor(seed, 'child', j), 4));
    },
  );

  test.prop([seedArb, fc.uniqueArray(purposeArb, { minLength: 2, maxLength: 2 }), indexArb])(
    'gives different sequences for different purposes',
    (seed, [a, b], index) => {
      expect(take(streamFor(seed, a!, index), 4)).not.toEqual(take(streamFor(seed, b!, index), 4));
    },
  );

  it('gives different sequences for different seeds, and for an index versus none', () => {
    expect(take(streamFor(1, 'arrivals'), 4)).not.toEqual(take(streamFor(2, 'arrivals'), 4));
    expect(take(streamFor(1, 'child'), 4)).not.toEqual(take(streamFor(1, 'child', 0), 4));
  });

  it("gives child 7 the same draws whether or not children 0–6's streams were created and used", () => {
    const alone = take(streamFor(42, 'child', 7), 50);
    const others = Array.from({ length: 7 }, (_, i) => streamFor(42, 'child', i));
    for (const s of others) take(s, 13);
    const afterOthers = streamFor(42, 'child', 7);
    const interleaved: number[] = [];
    for (let k = 0; k < 50; k++) {
      interleaved.push(afterOthers.next());
      for (const s of others) s.next();
    }
    expect(interleaved).toEqual(alone);
  });

  it('returns doubles in [0, 1) on the 2^-53 grid, finer than the 2^-32 grid of a single Alea step', () => {
    const xs = take(streamFor(3, 'resolution'), 10_000);
    expect(xs.every((u) => u >= 0 && u < 1 && Number.isInteger(u * 2 ** 53))).toBe(true);
    // With one 32-bit step every u·2^32 would be an integer; with two steps almost none are.
    expect(xs.filter((u) => Number.isInteger(u * 2 ** 32)).length).toBeLessThan(5);
  });

  it('has mean 1/2 and no correlation between neighbouring children or seeds (within 4 standard errors)', () => {
    const n = 100_000;
    const a = take(streamFor(9, 'child', 0), n);
    const b = take(streamFor(9, 'child', 1), n);
    const c = take(streamFor(10, 'child', 0), n);
    const mean = a.reduce((x, y) => x + y, 0) / n;
    // Var(U) = 1/12; the correlation of independent samples has standard error ≈ 1/√n.
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(correlation(a, b))).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(correlation(a, c))).toBeLessThan(4 / Math.sqrt(n));
    // Lag-1 autocorrelation within one stream.
    expect(Math.abs(correlation(a.slice(1), a.slice(0, -1)))).toBeLessThan(4 / Math.sqrt(n));
  });
});

describe('createStreams', () => {
  it('gives one stream per standard purpose, each equal to streamFor(seed, purpose)', () => {
    const streams = createStreams(42);
    expect(Object.keys(streams).sort()).toEqual([...STANDARD_PURPOSES].sort());
    for (const purpose of STANDARD_PURPOSES) {
      expect(take(streams[purpose], 5)).toEqual(take(streamFor(42, purpose), 5));
    }
  });
});

describe('streamKey', () => {
  it('joins seed, purpose and index with colons', () => {
    expect([streamKey(42, 'child', 7), streamKey(-3, 'arrivals')]).toEqual(['42:child:7', '-3:arrivals']);
  });

  it('refuses keys that could collide or are not integers, and says what to pass', () => {
    expect(() => streamFor(1, 'a:1')).toThrow("purpose must be a non-empty string without ':', got 'a:1'");
    expect(() => streamFor(1, '')).toThrow('purpose must be a non-empty string');
    expect(() => streamFor(1.5, 'child')).toThrow('seed must be a safe integer, got 1.5; pass e.g. 42');
    expect(() => streamFor(1, 'child', -1)).toThrow("index must be a non-negative integer, got -1; pass e.g. the child's slot");
    expect(() => streamFor(1, 'child', 0.5)).toThrow(RangeError);
  });
});
