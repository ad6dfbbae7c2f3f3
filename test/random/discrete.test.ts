import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { bernoulli, categorical, categoricalTable, drawFrom, integerBetween, poisson, streamFor } from '../../src/random/index.ts';
import type { RandomStream } from '../../src/random/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { meanZ, momentsOf, sample, varianceZ } from './moments.ts';

const SEED = 5_678;
const N = 100_000;
const Z_MAX = 4;

/** Counts of each outcome 0..k−1 over N draws. */
function counts(k: number, s: RandomStream, draw: (s: RandomStream) => number): number[] {
  const c = new Array<number>(k).fill(0);
  for (let i = 0; i < N; i++) {
    const x = draw(s);
    c[x] = (c[x] ?? 0) + 1;
  }
  return c;
}

/** P(X <= k) for X ~ Poisson(mean), summing the pmf in log space to avoid overflow. */
function poissonCdf(mean: number, k: number): number {
  let logTerm = -mean; // log P(X = 0)
  let sum = Math.exp(logTerm);
  for (let j = 1; j <= k; j++) {
    logTerm += Math.log(mean) - Math.log(j);
    sum += Math.exp(logTerm);
  }
  return sum;
}

/** Binomial z of each observed count against its expected share. */
function shareZs(observed: readonly number[], shares: readonly number[]): number[] {
  return shares.map((p, i) => (p === 0 ? observed[i]! : Math.abs(observed[i]! / N - p) / Math.sqrt((p * (1 - p)) / N)));
}

describe(`discrete distributions, frequencies and moments (seed: ${SEED}, ${N} draws each)`, () => {
  it.each([0.5, 3.2, 9.99, 10, 50, 250])('poisson(%d) has mean and variance equal to its mean within 4 standard errors', (mean) => {
    const m = momentsOf(sample(N, streamFor(SEED, 'poisson', Math.round(mean * 100)), (s) => poisson(s, mean)));
    expect(meanZ(m, mean, mean)).toBeLessThan(Z_MAX);
    expect(varianceZ(m, mean)).toBeLessThan(Z_MAX);
  });

  // The CDF at several points, each share within 4 binomial standard errors: catches a sampler
  // whose mean is right but whose shape is off (e.g. a shifted PTRS proposal).
  it.each([
    [3.2, [0, 1, 2, 3, 4, 5, 7]],
    [12, [6, 8, 10, 11, 12, 13, 14, 16, 18]],
    [250, [230, 240, 245, 250, 255, 260, 270]],
  ] as const)('poisson(%d) matches the exact CDF at %j', (mean, points) => {
    const s = streamFor(SEED, 'poisson-cdf', Math.round(mean * 100));
    const draws = Array.from({ length: N }, () => poisson(s, mean));
    for (const k of points) {
      const below = draws.filter((x) => x <= k).length / N;
      const p = poissonCdf(mean, k);
      expect(Math.abs(below - p) / Math.sqrt((p * (1 - p)) / N)).toBeLessThan(Z_MAX);
    }
  });

  it('categorical picks each index in proportion to its weight and never a zero weight', () => {
    const weights = [6, 3, 0, 1];
    const c = counts(4, streamFor(SEED, 'categorical'), (s) => categorical(s, weights));
    expect(c[2]).toBe(0);
    expect(Math.max(...shareZs(c, [0.6, 0.3, 0, 0.1]))).toBeLessThan(Z_MAX);
  });

  it('bernoulli(0.3) is true 30% of the time', () => {
    const c = counts(2, streamFor(SEED, 'bernoulli'), (s) => (bernoulli(s, 0.3) ? 1 : 0));
    expect(shareZs(c, [0.7, 0.3])[1]).toBeLessThan(Z_MAX);
  });

  it('integerBetween(1, 6) gives each face a sixth of the time and nothing else', () => {
    const c = counts(8, streamFor(SEED, 'dice'), (s) => integerBetween(s, 1, 6));
    expect([c[0], c[7]]).toEqual([0, 0]);
    expect(Math.max(...shareZs(c.slice(1, 7), Array.from({ length: 6 }, () => 1 / 6)))).toBeLessThan(Z_MAX);
  });
});

describe('discrete distributions at the edges', () => {
  const lowest: RandomStream = { next: () => 0 };
  const highest: RandomStream = { next: () => 1 - 2 ** -53 };

  it('bernoulli is never true for p = 0 and always for p = 1', () => {
    expect([bernoulli(lowest, 0), bernoulli(highest, 1), bernoulli(highest, 0.999)]).toEqual([false, true, false]);
  });

  it('categorical gives the extremes of the stream to the first and last positive weights', () => {
    expect([categorical(lowest, [0, 0, 2, 1, 0]), categorical(highest, [0, 2, 1, 0, 0])]).toEqual([2, 2]);
  });

  it('integerBetween reaches both ends, also for a range of 2^32', () => {
    expect([integerBetween(lowest, -3, 3), integerBetween(highest, -3, 3)]).toEqual([-3, 3]);
    expect(integerBetween(highest, 0, 2 ** 32 - 1)).toBe(2 ** 32 - 1);
  });

  it('poisson(0) is 0 and consumes no uniforms', () => {
    let calls = 0;
    expect(poisson({ next: () => (calls++, 0.5) }, 0)).toBe(0);
    expect(calls).toBe(0);
  });
});

describe(`discrete distributions, properties (fc seed: ${FC_SEED})`, () => {
  const seed = fc.integer({ min: 0, max: 2 ** 31 });

  test.prop([fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1e9, noNaN: true })), { minLength: 1, maxLength: 12 }), seed])(
    'categorical returns an index with a positive weight',
    (weights, k) => {
      fc.pre(weights.some((w) => w > 0));
      const s = streamFor(k, 'categorical-property');
      for (let i = 0; i < 20; i++) {
        const index = categorical(s, weights);
        expect(weights[index]).toBeGreaterThan(0);
      }
    },
  );

  test.prop([fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1e9, noNaN: true })), { minLength: 1, maxLength: 12 }), seed])(
    'a prepared table draws exactly what categorical draws from the same stream',
    (weights, k) => {
      fc.pre(weights.some((w) => w > 0));
      const a = streamFor(k, 'categorical-table');
      const b = streamFor(k, 'categorical-table');
      const table = categoricalTable(weights);
      for (let i = 0; i < 50; i++) expect(drawFrom(a, table)).toBe(categorical(b, weights));
    },
  );

  test.prop([fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), seed])(
    'integerBetween returns an integer within [lo, hiInclusive]',
    (lo, width, k) => {
      const s = streamFor(k, 'integer-property');
      for (let i = 0; i < 20; i++) {
        const x = integerBetween(s, lo, lo + width);
        expect(Number.isInteger(x) && x >= lo && x <= lo + width).toBe(true);
      }
    },
  );

  test.prop([fc.double({ min: 0, max: 1e6, noNaN: true }), seed])('poisson returns a non-negative integer', (mean, k) => {
    const s = streamFor(k, 'poisson-property');
    for (let i = 0; i < 10; i++) {
      const x = poisson(s, mean);
      expect(Number.isInteger(x) && x >= 0).toBe(true);
    }
  });
});

describe('discrete distributions refuse bad parameters and say what to pass', () => {
  const s = streamFor(SEED, 'errors');
  it.each([
    ['bernoulli with a percentage', () => bernoulli(s, 30), 'bernoulli needs a probability 0 <= p <= 1, got 30; pass a fraction'],
    ['bernoulli with NaN', () => bernoulli(s, Number.NaN), 'got NaN'],
    ['categorical with no weights', () => categorical(s, []), 'categorical needs at least one weight, got []; pass e.g. [1]'],
    ['categorical with a negative weight', () => categorical(s, [1, -1]), 'got weights[1]=-1; pass 0 to exclude a category'],
    ['categorical with all weights zero', () => categorical(s, [0, 0]), 'got sum 0; give at least one category a weight > 0'],
    ['categorical with an infinite weight', () => categorical(s, [1, Infinity]), 'categorical needs finite weights >= 0'],
    ['a categorical table with all weights zero', () => categoricalTable([0, 0]), 'got sum 0; give at least one category a weight > 0'],
    ['poisson with a negative mean', () => poisson(s, -1), 'poisson needs a finite mean >= 0, got -1; pass the expected count'],
    ['integerBetween reversed', () => integerBetween(s, 6, 1), 'got lo=6, hiInclusive=1; pass the lower bound first'],
    ['integerBetween with a fraction', () => integerBetween(s, 0, 1.5), 'integerBetween needs integers'],
    ['integerBetween wider than 2^32', () => integerBetween(s, 0, 2 ** 32), 'at most 2^32 apart'],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
