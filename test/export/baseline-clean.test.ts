/**
 * The "done when": the files of a baseline run (the whole baseline authority, seed 1, as
 * `drift run` makes it) give no ERROR-level result under the DfE rules we check, for every
 * collection year of the report: SSDA903 (with the previous year's tables) and the CIN census.
 */
import { describe, expect, it } from 'vitest';
import { exportReturns } from '../../src/export/index.ts';
import { baselineScenario } from '../support/small-scenario.ts';
import { check903, checkCinFile } from './support/check-returns.ts';
import { simulateHistories } from './support/run-export.ts';
import { byRule } from './support/violation.ts';

describe('exports of a baseline run (seed 1, replication 1)', () => {
  const run = simulateHistories(baselineScenario(), 1);
  for (const year of [2022, 2023, 2024]) {
    it(`break no DfE rule in ${year - 1}/${String(year).slice(2)} (SSDA903 and CIN census)`, () => {
      const options = { year, laCode: '201', release: '0.1.0', covered: run.covered } as const;
      const files903 = exportReturns(run.histories, { ...options, format: '903' });
      const cin = exportReturns(run.histories, { ...options, format: 'cin' });
      expect(files903.find((f) => f.path === `ssda903-${year}/Episodes.csv`)?.text.split('\n').length).toBeGreaterThan(500);
      const found = [...check903(files903, year, '201'), ...checkCinFile(cin, year, '201')];
      expect(found, JSON.stringify(byRule(found), null, 2)).toEqual([]);
    });
  }
});
