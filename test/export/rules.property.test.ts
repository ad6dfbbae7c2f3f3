/**
 * Every DfE rule we can state as an invariant holds for exports of generated runs: random seeds
 * and levers over small scenarios, both the 2022/23 and 2023/24 returns. The rule checks live in
 * support/ (one per rule code, written from the catalogues in reference/dfe-rules/); the only
 * violations accepted are the known simulator issues in support/known-issues.ts.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { exportReturns } from '../../src/export/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { FC_SEED } from '../support/seed.ts';
import { smallScenario } from '../support/small-scenario.ts';
import { check903, checkCinFile } from './support/check-returns.ts';
import { unexpected } from './support/known-issues.ts';
import { simulateHistories, type SimulatedRun } from './support/run-export.ts';
import { byRule } from './support/violation.ts';

/** A small scenario that covers the 2020/21 to 2023/24 collection years. */
function scenarioFrom(divisor: number, turnover: number, missChance: number): Scenario {
  const s = smallScenario(divisor, 3, 1);
  const team = (t: Scenario['workforce']['assessment']) => ({ ...t, annualTurnover: turnover });
  return {
    ...s,
    calendar: { ...s.calendar, start: '2020-04-01' },
    workforce: {
      ...s.workforce,
      assessment: team(s.workforce.assessment), protection: team(s.workforce.protection),
      lookedAfter: team(s.workforce.lookedAfter), leavingCare: team(s.workforce.leavingCare),
      oversight: { ...s.workforce.oversight, missChance },
    },
  };
}

function violations(run: SimulatedRun, year: number) {
  const options = { year, laCode: '201', release: '0.1.0', covered: run.covered } as const;
  return [
    ...check903(exportReturns(run.histories, { ...options, format: '903' }), year, '201'),
    ...checkCinFile(exportReturns(run.histories, { ...options, format: 'cin' }), year, '201'),
  ];
}

/** OC3 only for care leavers: every OC3 child left care as a care leaver (E5, E6, E17) before the birthday. */
function oc3ForCareLeaversOnly(run: SimulatedRun, year: number): string[] {
  const files = exportReturns(run.histories, { format: '903', year, laCode: '201', release: '0.1.0', covered: run.covered });
  const oc3 = files.find((f) => f.path === `ssda903-${year}/OC3.csv`)?.text.split('\n').slice(1).filter((l) => l !== '') ?? [];
  return oc3.map((l) => l.split(',')[0] ?? '').filter((child) => {
    const h = run.histories.find((x) => x.id === child);
    const last = h?.carePeriods[h.carePeriods.length - 1];
    return last?.endReason === undefined || !['E5', 'E6', 'E17'].includes(last.endReason);
  });
}

describe(`exports of generated runs keep the DfE rules (fc seed: ${FC_SEED})`, () => {
  test.prop([
    fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(16, 24), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.4, noNaN: true }),
  ], { numRuns: 6 })('SSDA903 and CIN census, 2022/23 and 2023/24', (seed, divisor, turnover, missChance) => {
    const run = simulateHistories(scenarioFrom(divisor, turnover, missChance), seed);
    for (const year of [2023, 2024]) {
      const found = unexpected(violations(run, year));
      expect(found, JSON.stringify(byRule(found), null, 2)).toEqual([]);
      expect(oc3ForCareLeaversOnly(run, year)).toEqual([]);
    }
  });
});

describe('an export from a live small run', () => {
  it('is rule-clean in every format, so the exporter keeps up with the simulator (baseline at 1/8, seed 7)', () => {
    const run = simulateHistories(scenarioFrom(8, 0.18, 0.15), 7);
    const found = unexpected(violations(run, 2024));
    expect(found, JSON.stringify(byRule(found), null, 2)).toEqual([]);
    const annexA = exportReturns(run.histories, { format: 'annex-a', year: 2024, laCode: '201', release: '0.1.0', covered: run.covered });
    expect(annexA.map((f) => f.path)).toHaveLength(10);
    for (const f of annexA) expect(f.text.split('\n')[0]).toMatch(/^Child Unique ID,/);
  });
});
