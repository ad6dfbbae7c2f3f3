import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/index.ts';
import type { Target } from '../../src/scenario/targets.ts';
import { fitParameters, fitScenario, type FitStep } from '../../src/sim/calibrate/index.ts';
import type { KpiReport } from '../../src/store/index.ts';
import { baselineScenario } from '../support/small-scenario.ts';

/** A stand-in for the simulator: "contacts" is 100 × the assessment's most likely working days. */
async function fakeReplicate(candidate: Scenario): Promise<readonly KpiReport[]> {
  const report = { years: [{ label: '2021-22', start: '2021-04-01', end: '2022-03-31', values: { contacts: 100 * candidate.work.assessmentWorkingDays.mode } }], months: [] };
  return [report as unknown as KpiReport, report as unknown as KpiReport];
}

const CONTACTS_3700: Target = {
  name: 'Contacts', measure: { series: 'yearly', kpi: 'contacts', year: undefined }, value: 3700,
  tolerance: { kind: 'absolute', value: 10, defaulted: false }, source: 'test', note: undefined, at: { file: 't.yaml', line: 3 },
};

describe('fitScenario', () => {
  it('fits a value next to a refinement of the schema, treating a refused scenario as the worst possible', async () => {
    // mode must stay ≤ max (38): a step past it is a scenario the schema refuses.
    const base = baselineScenario();
    const parameters = fitParameters(base, ['work.assessmentWorkingDays.mode']);
    const steps: FitStep[] = [];
    const fit = await fitScenario(base, { parameters, targets: [CONTACTS_3700], replicate: fakeReplicate, maxEvaluations: 60, onStep: (s) => steps.push(s) });
    expect(fit.parameters[0]?.fitted).toBeCloseTo(37, 1);
    expect(fit.startObjective).toBeCloseTo(((2000 - 3700) / 10) ** 2, 6);
    expect(fit.fittedObjective).toBeLessThan(0.05);
    expect(fit.check.rows[0]?.within).toBe(true);
    expect(fit.scenario.work.assessmentWorkingDays).toEqual({ min: 5, mode: fit.parameters[0]?.fitted, max: 38 });
    const refused = steps.filter((s) => s.invalid !== undefined);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((s) => (s.values[0] ?? 0) > 38 && s.objective === Infinity)).toBe(true);
    expect(refused[0]?.invalid).toBe('work.assessmentWorkingDays: needs min ≤ mode ≤ max; reorder the three values');
    expect(base.work.assessmentWorkingDays.mode).toBe(20);
  });

  it('rounds the fitted values to 4 significant digits and reports the objective there', async () => {
    const base = baselineScenario();
    const target = { ...CONTACTS_3700, value: 2345.67, tolerance: { kind: 'absolute' as const, value: 1, defaulted: false } };
    const fit = await fitScenario(base, { parameters: fitParameters(base, ['work.assessmentWorkingDays.mode']), targets: [target], replicate: fakeReplicate, maxEvaluations: 80 });
    expect(fit.parameters[0]?.fitted).toBe(23.46);
    expect(fit.fittedObjective).toBeCloseTo((2346 - 2345.67) ** 2, 6);
  });
});
