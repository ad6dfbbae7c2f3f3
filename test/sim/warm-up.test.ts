/**
 * The warm-up (issue 3, point 5): after the baseline's warm-up the stocks of children in need, on
 * child protection plans and looked after are near their steady level, so the report years measure
 * the service rather than its filling up. Summed over four seeds at a quarter of the baseline, each
 * stock at the third 31 March of the report is within 10% of the first; with a two-year warm-up
 * the same stocks are still growing by a quarter or more, which is what the check must catch.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/run-replication.ts';
import { baselineScenario, smallScenario } from '../support/small-scenario.ts';

const STOCKS = ['cinAt31March', 'cpPlansAt31March', 'claAt31March'] as const;
const SEEDS = [1, 2, 3, 4];

/** Each stock's relative change from the first to the third report year, summed over the seeds. */
function growth(warmupYears: number): Record<(typeof STOCKS)[number], number> {
  const first = [0, 0, 0];
  const third = [0, 0, 0];
  for (const seed of SEEDS) {
    const years = runReplication(smallScenario(4, warmupYears, 3), seed, 1).report.years;
    STOCKS.forEach((k, i) => {
      first[i]! += years[0]?.values[k] ?? Number.NaN;
      third[i]! += years[2]?.values[k] ?? Number.NaN;
    });
  }
  return Object.fromEntries(STOCKS.map((k, i) => [k, third[i]! / first[i]! - 1])) as Record<(typeof STOCKS)[number], number>;
}

describe(`the baseline's warm-up (seeds ${SEEDS.join(', ')}, baseline at 1/4, three report years)`, () => {
  it(`leaves the stocks within 10% of steady after its ${baselineScenario().calendar.warmupYears} years`, () => {
    const change = growth(baselineScenario().calendar.warmupYears);
    for (const k of STOCKS) expect(Math.abs(change[k]), `${k}: ${JSON.stringify(change)}`).toBeLessThan(0.1);
  });

  it('notices stocks still filling up after a two-year warm-up', () => {
    const change = growth(2);
    for (const k of STOCKS) expect(change[k], `${k}: ${JSON.stringify(change)}`).toBeGreaterThan(0.25);
  });
});
