import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  exponential,
  gamma,
  lognormal,
  lognormalFromMedianP90,
  normal,
  streamFor,
  triangular,
  uniform,
} from '../../src/random/index.ts';
import type { RandomStream } from '../../src/random/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { meanZ, momentsOf, sample, shareBelowZ, varianceZ } from './moments.ts';

const SEED = 1_234;
const N = 100_000;
/** 4 standard errors: a correct sampler fails with probability ~6·10⁻⁵ for a new seed. */
const Z_MAX = 4;

/** Fakes for the edges of [0, 1): the smallest and largest values a stream can return. */
const lowest: RandomStream = { next: () => 0 };
const highest: RandomStream = { next: () => 1 - 2 ** -53 };

function check(name: string, draw: (s: RandomStream) => number, mean: number, variance: number): void {
  it(`${name} has mean ${mean.toPrecision(4)} and variance ${variance.toPrecision(4)} within ${Z_MAX} standard errors`, () => {
    const m = momentsOf(sample(N, streamFor(SEED, name), draw));
    expect(meanZ(m, mean, variance)).toBeLessThan(Z_MAX);
    expect(varianceZ(m, variance)).toBeLessThan(Z_MAX);
  });
}

describe(`continuous distributions, moments (seed: ${SEED}, ${N} draws each)`, () => {
  check('uniform(5, 10)', (s) => uniform(s, 5, 10), 7.5, 25 / 12);
  check('exponential(rate 0.5)', (s) => exponential(s, 0.5), 2, 4);
  check('normal(45, 10)', (s) => normal(s, 45, 10), 45, 100);
  check('gamma(2, 15)', (s) => gamma(s, 2, 15), 30, 450);
  check('gamma(1, 3)', (s) => gamma(s, 1, 3), 3, 9);
  check('gamma(0.5, 2), shape below 1', (s) => gamma(s, 0.5, 2), 1, 2);
  check('gamma(9, 0.5)', (s) => gamma(s, 9, 0.5), 4.5, 2.25);
  // Triangular variance (a² + b² + c² − ab − ac − bc)/18.
  check('triangular(2, 5, 15)', (s) => triangular(s, 2, 5, 15), 22 / 3, 139 / 18);
  check('triangular(0, 0, 1), mode at min', (s) => triangular(s, 0, 0, 1), 1 / 3, 1 / 18);
  check('triangular(0, 1, 1), mode at max', (s) => triangular(s, 0, 1, 1), 2 / 3, 1 / 18);
  // Lognormal mean exp(μ + σ²/2), variance (exp(σ²) − 1)·exp(2μ + σ²).
  check('lognormal(1, 0.5)', (s) => lognormal(s, 1, 0.5), Math.exp(1.125), (Math.exp(0.25) - 1) * Math.exp(2.25));

  it('lognormalFromMedianP90(30, 60) puts half the draws below 30 and 90% below 60', () => {
    const xs = sample(N, streamFor(SEED, 'lognormal-median-p90'), (s) => lognormalFromMedianP90(s, 30, 60));
    expect(shareBelowZ(xs, 30, 0.5)).toBeLessThan(Z_MAX);
    expect(shareBelowZ(xs, 60, 0.9)).toBeLessThan(Z_MAX);
    // And a quantile in between: σ = ln 2/z₀.₉, so the 75th percentile is 30·exp(0.6745σ).
    expect(shareBelowZ(xs, 30 * Math.exp((0.6744897501960817 * Math.LN2) / 1.2815515655446004), 0.75)).toBeLessThan(Z_MAX);
  });

  it('triangular(2, 5, 15) puts (mode − min)/(max − min) of its draws below the mode', () => {
    const xs = sample(N, streamFor(SEED, 'triangular-cdf'), (s) => triangular(s, 2, 5, 15));
    expect(shareBelowZ(xs, 5, 3 / 13)).toBeLessThan(Z_MAX);
    // F(x) = 1 − (max − x)²/((max − min)(max − mode)) to the right of the mode.
    expect(shareBelowZ(xs, 10, 1 - 25 / 130)).toBeLessThan(Z_MAX);
  });

  it('normal puts 2.5% of draws below mean − 1.96 sd', () => {
    const xs = sample(N, streamFor(SEED, 'normal-tail'), (s) => normal(s, 0, 1));
    expect(shareBelowZ(xs, -1.959963984540054, 0.025)).toBeLessThan(Z_MAX);
    expect(shareBelowZ(xs, 0, 0.5)).toBeLessThan(Z_MAX);
  });
});

describe('continuous distributions at the edges of the unit interval', () => {
  it('stay finite and in range when the stream returns 0 or its largest value', () => {
    for (const s of [lowest, highest]) {
      expect(Number.isFinite(exponential(s, 1))).toBe(true);
      expect(Math.abs(normal(s, 0, 1))).toBeGreaterThan(8);
      expect(Math.abs(normal(s, 0, 1))).toBeLessThan(9);
      expect(lognormalFromMedianP90(s, 30, 60)).toBeGreaterThan(0);
    }
    expect([exponential(lowest, 2), triangular(lowest, 2, 5, 15), uniform(lowest, 5, 10)]).toEqual([0, 2, 5]);
    expect(exponential(highest, 1)).toBeCloseTo(53 * Math.LN2, 10);
    expect(triangular(highest, 2, 5, 15)).toBeLessThanOrEqual(15);
  });
});

describe(`continuous distributions, properties (fc seed: ${FC_SEED})`, () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const seed = fc.integer({ min: 0, max: 2 ** 31 });

  test.prop([fc.tuple(finite, finite, finite), seed])('triangular stays within [min, max] for any parameters', (abc, k) => {
    const [min, mode, max] = [...abc].sort((a, b) => a - b) as [number, number, number];
    fc.pre(min < max);
    const s = streamFor(k, 'triangular-property');
    for (let i = 0; i < 20; i++) {
      const x = triangular(s, min, mode, max);
      expect(x).toBeGreaterThanOrEqual(min);
      expect(x).toBeLessThanOrEqual(max);
    }
  });

  test.prop([finite, finite, seed])('uniform stays within [a, b] for any a <= b', (x, y, k) => {
    const [a, b] = x <= y ? [x, y] : [y, x];
    const s = streamFor(k, 'uniform-property');
    for (let i = 0; i < 20; i++) {
      const v = uniform(s, a, b);
      expect(v >= a && v <= b).toBe(true);
    }
  });

  test.prop([fc.double({ min: 0.01, max: 200, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), seed])(
    'gamma and exponential give finite non-negative values for any valid parameters',
    (shape, scale, k) => {
      const s = streamFor(k, 'gamma-property');
      for (let i = 0; i < 20; i++) {
        const g = gamma(s, shape, scale);
        const e = exponential(s, 1 / scale);
        expect(Number.isFinite(g) && g >= 0 && Number.isFinite(e) && e >= 0).toBe(true);
      }
    },
  );
});

describe('continuous distributions refuse bad parameters and say what to pass', () => {
  const s = streamFor(SEED, 'errors');
  it.each([
    ['uniform with a > b', () => uniform(s, 2, 1), 'uniform needs finite a <= b, got a=2, b=1; pass the lower bound first'],
    ['uniform with an infinite bound', () => uniform(s, 0, Infinity), 'uniform needs finite a <= b'],
    ['exponential with rate 0', () => exponential(s, 0), 'exponential needs a finite rate > 0, got 0; pass 1/mean'],
    ['exponential with NaN', () => exponential(s, Number.NaN), 'exponential needs a finite rate > 0, got NaN'],
    ['normal with negative sd', () => normal(s, 0, -1), 'normal needs a finite mean and a finite sd >= 0'],
    ['lognormal with negative sigma', () => lognormal(s, 0, -1), 'use lognormalFromMedianP90'],
    ['lognormalFromMedianP90 with p90 below the median', () => lognormalFromMedianP90(s, 30, 20), 'needs 0 < median < p90'],
    ['lognormalFromMedianP90 with median 0', () => lognormalFromMedianP90(s, 0, 20), 'got median=0, p90=20'],
    ['gamma with shape 0', () => gamma(s, 0, 1), 'gamma needs finite shape > 0 and scale > 0, got shape=0, scale=1'],
    ['gamma with negative scale', () => gamma(s, 1, -1), 'pass shape=(m/v)^2, scale=v^2/m'],
    ['triangular with mode outside', () => triangular(s, 0, 5, 3), 'got min=0, mode=5, max=3; pass them in that order'],
    ['triangular with min = max', () => triangular(s, 1, 1, 1), 'with min < max'],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
