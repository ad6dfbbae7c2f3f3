import { scenarioSchema, type Scenario } from '../../scenario/schema.ts';
import type { Target } from '../../scenario/targets.ts';
import type { KpiReport } from '../../store/projections/index.ts';
import { calibrationObjective, checkTargets, type CheckResult } from './check.ts';
import { initialStep, withParameters, type FitParameter } from './fit-parameters.ts';
import { minimise } from './nelder-mead.ts';

/** One objective evaluation of a fit, for progress lines. */
export interface FitStep {
  readonly evaluation: number;
  readonly maxEvaluations: number;
  readonly values: readonly number[];
  /** Infinity when the values make an invalid scenario (see `invalid`). */
  readonly objective: number;
  readonly best: { readonly values: readonly number[]; readonly objective: number };
  /** True when the values had been evaluated before (no replications were run). */
  readonly reused: boolean;
  /** Why the scenario was refused, e.g. a triangular mode fitted above its max. */
  readonly invalid: string | undefined;
}

/** How a fit runs. */
export interface FitOptions {
  readonly parameters: readonly FitParameter[];
  readonly targets: readonly Target[];
  /**
   * Runs the replications of a candidate scenario. It must use the same seed and replication
   * numbers for every candidate (common random numbers, D4): then the objective changes only
   * because the parameters did, and the search is not chasing noise.
   */
  readonly replicate: (scenario: Scenario) => Promise<readonly KpiReport[]>;
  readonly maxEvaluations: number;
  readonly onStep?: (step: FitStep) => void;
}

/** What a fit found. */
export interface FitResult {
  readonly parameters: readonly { readonly parameter: FitParameter; readonly fitted: number }[];
  readonly startObjective: number;
  /** The objective at the fitted values as written (rounded to significant digits). */
  readonly fittedObjective: number;
  readonly evaluations: number;
  readonly converged: boolean;
  /** The scenario with the fitted values, and its check against the targets. */
  readonly scenario: Scenario;
  readonly check: CheckResult;
}

/**
 * When the simplex has converged: its vertices within 1% of the first step of each other (the
 * step is a tenth of the start value, so about 0.1% of a parameter: finer than any published
 * figure can pin down), and their objectives within 0.001 (a thousandth of a row at the edge of
 * its tolerance). Tighter values only spend evaluations on the simulation's granularity.
 */
const X_TOLERANCE = 0.01;
const F_TOLERANCE = 0.001;

/** Significant digits of a fitted value: enough for any KPI, few enough to read in a scenario file. */
const SIGNIFICANT_DIGITS = 4;

/**
 * Fits the parameters to the targets by Nelder–Mead (see nelder-mead.ts) over common-random-number
 * replications. The objective is the sum of squared tolerance-scaled misses (check.ts): below 1,
 * every row is within tolerance; above 1, some row may still pass, and the check at the fitted
 * values says which.
 * @example const fit = await fitScenario(scenario, { parameters, targets, replicate, maxEvaluations: 60 });
 */
export async function fitScenario(scenario: Scenario, options: FitOptions): Promise<FitResult> {
  const { parameters, targets, replicate, maxEvaluations } = options;
  const checks = new Map<string, CheckResult>();
  const invalid = new Map<string, string>();
  const evaluate = async (values: readonly number[]): Promise<number> => {
    const candidate = withParameters(scenario, parameters, values);
    const problem = validationProblem(candidate);
    if (problem !== undefined) {
      invalid.set(values.join(','), problem);
      return Infinity;
    }
    const check = checkTargets(targets, await replicate(candidate));
    checks.set(values.join(','), check);
    return calibrationObjective(check);
  };
  const result = await minimise(evaluate, parameters.map((p) => p.start), {
    lower: parameters.map((p) => p.lower),
    upper: parameters.map((p) => p.upper),
    steps: parameters.map(initialStep),
    maxEvaluations,
    xTolerance: X_TOLERANCE,
    fTolerance: F_TOLERANCE,
    onStep: (step) => options.onStep?.({
      evaluation: step.evaluation, maxEvaluations, values: step.x, objective: step.value,
      best: { values: step.best.x, objective: step.best.value }, reused: step.reused, invalid: invalid.get(step.x.join(',')),
    }),
  });
  const rounded = result.x.map((x, i) => clampTo(roundSignificant(x), parameters[i] as FitParameter));
  const key = rounded.join(',');
  const fittedObjective = checks.has(key) ? calibrationObjective(checks.get(key) as CheckResult) : await evaluate(rounded);
  const check = checks.get(key);
  if (check === undefined) throw new Error(`the fitted values ${key} make an invalid scenario: ${invalid.get(key) ?? 'unknown reason'}`);
  return {
    parameters: parameters.map((parameter, i) => ({ parameter, fitted: rounded[i] ?? parameter.start })),
    startObjective: result.startValue,
    fittedObjective,
    evaluations: result.evaluations,
    converged: result.converged,
    scenario: withParameters(scenario, parameters, rounded),
    check,
  };
}

/** The first problem zod finds with a candidate scenario (refinements such as min ≤ mode ≤ max), or undefined. */
function validationProblem(candidate: Scenario): string | undefined {
  const parsed = scenarioSchema.safeParse(candidate);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return issue === undefined ? 'invalid scenario' : `${issue.path.join('.')}: ${issue.message}`;
}

function roundSignificant(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(SIGNIFICANT_DIGITS));
}

/** Rounding must not step outside the bounds (0.99996 → 1.000 is fine at ≤ 1, but not past an exclusive 0). */
function clampTo(x: number, parameter: FitParameter): number {
  return Math.min(parameter.upper, Math.max(parameter.lower, x));
}
