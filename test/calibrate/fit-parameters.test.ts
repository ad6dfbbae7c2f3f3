import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extendsReference } from '../../src/cli/calibrate-files.ts';
import { fittedScenarioYaml } from '../../src/cli/calibrate-fitted-yaml.ts';
import { fileScenarioSource, SCENARIOS_DIR } from '../../src/cli/scenario-files.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import { fitParameters, initialStep, withParameters, type FitResult } from '../../src/sim/calibrate/index.ts';
import { workDir } from '../cli/support.ts';
import { baselineScenario } from '../support/small-scenario.ts';

describe('fit parameters', () => {
  it('resolves dot paths to the scenario value and the bounds of the scenario schema', () => {
    const found = fitParameters(baselineScenario(), [
      'workforce.assessment.annualTurnover', 'decisions.screenReferral.intercept', 'riskDynamics.cinPlanMonths.median', 'demand.seasonality.7', 'demand.sources.2A',
    ]);
    expect(found.map((p) => [p.name, p.path, p.start, p.lower, p.upper])).toEqual([
      ['workforce.assessment.annualTurnover', ['workforce', 'assessment', 'annualTurnover'], 0.16, 0, 1],
      ['decisions.screenReferral.intercept', ['decisions', 'screenReferral', 'intercept'], -3.3, -Infinity, Infinity],
      // positive(): never evaluated at 0 itself.
      ['riskDynamics.cinPlanMonths.median', ['riskDynamics', 'cinPlanMonths', 'median'], 7, 1e-6, Infinity],
      ['demand.seasonality.7', ['demand', 'seasonality', 7], 0.8, 1e-6, Infinity],
      ['demand.sources.2A', ['demand', 'sources', '2A'], 20, 0, Infinity],
    ]);
    expect(found[0]?.description).toBe('share of permanent workers who leave in a year (mechanism 3)');
    expect(fitParameters(baselineScenario(), ['demand.seasonality[8]'])[0]?.path).toEqual(['demand', 'seasonality', 8]);
  });

  it('refuses names that are not continuous numbers, saying what to write instead', () => {
    const refused = (name: string): string => {
      try {
        fitParameters(baselineScenario(), [name]);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refused('workforce.assessment.annualTurnovr')).toBe('workforce.assessment has no parameter "annualTurnovr"; did you mean workforce.assessment.annualTurnover?');
    expect(refused('calendar.years')).toBe('calendar.years is a whole number, which a simplex search cannot fit; set it by hand and fit the rest');
    expect(refused('decisions.screenReferral')).toBe('decisions.screenReferral is not a number; fit one of its numbers, e.g. decisions.screenReferral.intercept');
    expect(refused('demand.seasonality.12')).toBe('demand.seasonality is a list of 12; name an item by its position 0–11, e.g. demand.seasonality.0');
    expect(refused('name')).toBe('name is not a number');
    expect(refused('decisions..icpcPlan')).toBe('"decisions..icpcPlan" is not a parameter path; write keys joined by dots, e.g. workforce.assessment.annualTurnover');
    expect(() => fitParameters(baselineScenario(), ['decisions.referralNfa', 'decisions.referralNfa'])).toThrow('parameter decisions.referralNfa is named twice; name each parameter once');
  });

  it('sets values in a copy and leaves the scenario given unchanged', () => {
    const base = baselineScenario();
    const parameters = fitParameters(base, ['workforce.assessment.annualTurnover', 'demand.seasonality.0']);
    const changed = withParameters(base, parameters, [0.3, 1.5]);
    expect([changed.workforce.assessment.annualTurnover, changed.demand.seasonality[0], changed.demand.seasonality[1]]).toEqual([0.3, 1.5, 1]);
    expect([base.workforce.assessment.annualTurnover, base.demand.seasonality[0]]).toEqual([0.16, 1.05]);
  });

  it('starts the simplex a tenth of the value away, or a tenth of the range from zero', () => {
    expect(initialStep({ start: 0.16, lower: 0, upper: 1 })).toBeCloseTo(0.016, 12);
    expect(initialStep({ start: 0, lower: 0, upper: 1 })).toBeCloseTo(0.1, 12);
    expect(initialStep({ start: 0, lower: -Infinity, upper: Infinity })).toBe(0.1);
    expect(initialStep({ start: -3.3, lower: -Infinity, upper: Infinity })).toBeCloseTo(0.33, 12);
  });
});

describe('the fitted scenario file', () => {
  it('extends the scenario it was fitted from, sets only the fitted values with a comment each, and loads', () => {
    const cwd = workDir();
    const small = loadScenario('small.yaml', fileScenarioSource(SCENARIOS_DIR, cwd));
    const parameters = fitParameters(small, ['decisions.referralNfa', 'demand.seasonality.7', 'demand.sources.2A']);
    const values = [0.0712, 0.9, 18.5];
    const fit: FitResult = {
      parameters: parameters.map((parameter, i) => ({ parameter, fitted: values[i] ?? 0 })),
      startObjective: 12.3456, fittedObjective: 0.4321, evaluations: 25, converged: true,
      scenario: withParameters(small, parameters, values), check: { rows: [], passed: 0, failed: 0 },
    };
    const out = join(cwd, 'out', 'small-fitted.yaml');
    const text = fittedScenarioYaml(fit, {
      name: 'small-fitted', file: 'out/small-fitted.yaml', extendsReference: extendsReference('small.yaml', out, cwd), targetsFile: 'small.targets.yaml', seed: 3, replications: 10,
    });
    expect(text).toBe(`# Fitted by drift calibrate fit to the targets in small.targets.yaml: Nelder–Mead, 25 evaluations
# of 10 replications each with seed 3 (common random numbers); objective 12.35 → 0.4321
# (the objective is the sum over targets of (difference ÷ tolerance)²).
# Check it with: drift calibrate check out/small-fitted.yaml small.targets.yaml
name: "small-fitted"
description: "small with 3 parameters fitted to small.targets.yaml"
extends: "../small.yaml"
decisions:
  # fitted by drift calibrate fit: start 0.05, objective 12.35 → 0.4321
  referralNfa: 0.0712
demand:
  # fitted by drift calibrate fit (item 7): start 0.8, objective 12.35 → 0.4321
  seasonality: [1.05, 1, 1.05, 0.95, 1.05, 1, 0.85, 0.9, 1.05, 1.1, 1.1, 0.95]
  sources:
    # fitted by drift calibrate fit: start 20, objective 12.35 → 0.4321
    "2A": 18.5
`);
    mkdirSync(join(cwd, 'out'));
    writeFileSync(out, text);
    const loaded = loadScenario('out/small-fitted.yaml', fileScenarioSource(SCENARIOS_DIR, cwd));
    expect(loaded).toEqual({ ...fit.scenario, name: 'small-fitted', description: 'small with 3 parameters fitted to small.targets.yaml', extends: '../small.yaml' });
  });

  it('keeps a bare scenario name as the extends reference and makes other paths relative to the new file', () => {
    expect(extendsReference('baseline', '/w/out/x.yaml', '/w')).toBe('baseline');
    expect(extendsReference('scenarios/a.yaml', 'out/deep/x.yaml', '/w')).toBe('../../scenarios/a.yaml');
    expect(extendsReference('dir/a.scenario', 'dir/x.yaml', '/w')).toBe('./a.scenario');
  });
});
