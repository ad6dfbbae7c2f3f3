import { basename, dirname, resolve } from 'node:path';
import { fitParameters, FitParameterError, fitScenario, targetsContext, type FitResult, type FitStep } from '../sim/calibrate/index.ts';
import { runReplications } from '../sim/replications.ts';
import { AtomicFiles } from './atomic-write.ts';
import { checkHeading } from './calibrate-check.ts';
import { displayPath, extendsReference, readTargetsFile } from './calibrate-files.ts';
import { fittedScenarioYaml, formatObjective } from './calibrate-fitted-yaml.ts';
import { renderCheck } from './calibrate-table.ts';
import type { CliContext, Output } from './context.ts';
import { InputError } from './input-error.ts';
import { INTERRUPTED_EXIT_CODE, listenForInterrupt } from './interrupt.ts';
import { createProgressBar } from './progress-bar.ts';
import { folderName, loadRunScenario, parseFlags, REPLICATION_FLAGS, replicationOptions } from './run-options.ts';

export const FIT_USAGE = 'usage: drift calibrate fit SCENARIO TARGETS --params a.b,c.d [--replications N] [--seed N] [--max-evaluations N] [--out FILE] [--years N] [--threads N]';

/** Evaluations per fitted parameter when --max-evaluations is not given: a 2-parameter fit gets 80. */
export const EVALUATIONS_PER_PARAMETER = 40;

const FIT_FLAGS = {
  ...REPLICATION_FLAGS,
  params: { type: 'string' },
  'max-evaluations': { type: 'string' },
  out: { type: 'string' },
} as const;

/**
 * `drift calibrate fit SCENARIO TARGETS --params …`: searches the named parameters (Nelder–Mead
 * within the scenario schema's bounds, over the same seeds at every evaluation) to bring the
 * simulated KPIs to the targets, prints one line per evaluation on stderr, and writes a scenario
 * that extends SCENARIO and sets only the fitted values. Exits 0 once the file is written, whether
 * or not every target is then within tolerance (the table says; `calibrate check` exits 1).
 * @example await calibrateFit(['small.yaml', 'small.targets.yaml', '--params', 'decisions.referralNfa'], process.stdout, processContext())
 */
export async function calibrateFit(argv: readonly string[], out: Output, context: CliContext): Promise<number> {
  const { values, positionals } = parseFlags('calibrate fit', FIT_USAGE, { args: [...argv], allowPositionals: true, options: FIT_FLAGS });
  const [scenarioReference, targetsReference, ...extra] = positionals;
  if (scenarioReference === undefined || targetsReference === undefined || extra.length > 0) {
    throw new InputError(`drift calibrate fit: give a scenario and a targets file, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'}; ${FIT_USAGE}`);
  }
  if (values.params === undefined || values.params.trim() === '') {
    throw new InputError(`drift calibrate fit: name the parameters to fit with --params, e.g. --params workforce.assessment.annualTurnover,decisions.referralNfa; ${FIT_USAGE}`);
  }
  if (values.json === true) throw new InputError(`drift calibrate fit: --json is for check; the fitted scenario is written as YAML; ${FIT_USAGE}`);
  const options = replicationOptions('calibrate fit', FIT_USAGE, values);
  const scenario = loadRunScenario(scenarioReference, options.years, context.cwd, 'calibrate fit');
  const targets = readTargetsFile(targetsReference, context.cwd, targetsContext(scenario));
  let parameters;
  try {
    parameters = fitParameters(scenario, values.params.split(',').map((name) => name.trim()));
  } catch (error) {
    if (error instanceof FitParameterError) throw new InputError(`drift calibrate fit: --params: ${error.message}`);
    throw error;
  }
  const maxEvaluations = evaluationBudget(values['max-evaluations'], parameters.length);
  const outPath = resolve(context.cwd, values.out ?? `out/${folderName(scenario.name)}-fitted.yaml`);

  const interrupt = listenForInterrupt(() => {});
  const { replications, seed, threads } = options;
  const progress = createProgressBar(context.stderr, `drift calibrate fit ${scenario.name}`, maxEvaluations * replications);
  let evaluation = 0;
  const onStep = (step: FitStep): void => {
    evaluation = step.evaluation;
    progress.clear();
    context.stderr.write(`${stepLine(step, parameters.map((p) => p.name))}\n`);
    progress.update(evaluation * replications);
  };
  let fit: FitResult;
  try {
    fit = await fitScenario(scenario, {
      parameters, targets: targets.targets, maxEvaluations, onStep,
      // The same seed every time: replication r of every candidate shares its random numbers (D4).
      replicate: async (candidate) => (await runReplications(candidate, seed, replications, {
        threads, signal: interrupt.signal, onProgress: (done) => progress.update(evaluation * replications + done),
      })).map((r) => r.report),
    });
  } catch (error) {
    if (!interrupt.signal.aborted) throw error;
    progress.clear();
    context.stderr.write('drift calibrate fit: interrupted; stopped the search and wrote nothing\n');
    return INTERRUPTED_EXIT_CODE;
  } finally {
    progress.clear();
    interrupt.dispose();
  }

  const shownOut = displayPath(outPath, context.cwd);
  const reference = extendsReference(scenarioReference, outPath, context.cwd);
  const files = new AtomicFiles(dirname(outPath));
  files.writeFile(basename(outPath), fittedScenarioYaml(fit, {
    name: `${scenario.name}-fitted`, file: shownOut, extendsReference: reference, targetsFile: targets.file, seed, replications,
  }));
  files.commit();
  out.write(fitReport(fit, { maxEvaluations, replications, seed, heading: checkHeading('at the fitted values', fit.scenario, targets, { seed, replications }) }));
  out.write(`\nwrote ${shownOut} (extends ${reference}; sets the ${fit.parameters.length} fitted value${fit.parameters.length === 1 ? '' : 's'})\n`);
  return 0;
}

function evaluationBudget(text: string | undefined, parameters: number): number {
  if (text === undefined) return EVALUATIONS_PER_PARAMETER * parameters;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  const least = parameters + 1;
  if (!Number.isSafeInteger(value) || value < least || value > 100_000) {
    throw new InputError(`drift calibrate fit: --max-evaluations must be a whole number from ${least} (the first simplex of ${parameters} parameter${parameters === 1 ? '' : 's'}) to 100000, got "${text}"; ${FIT_USAGE}`);
  }
  return value;
}

/**
 * One progress line: the evaluation, the values tried and the objective, with the best so far.
 * @example stepLine(step, ['decisions.referralNfa']) // 'evaluation 3/40: decisions.referralNfa = 0.055 → objective 4.2 (best 1.3)'
 */
export function stepLine(step: FitStep, names: readonly string[]): string {
  const values = names.map((name, i) => `${name} = ${String(Number((step.values[i] ?? 0).toPrecision(4)))}`).join(', ');
  const outcome = step.invalid === undefined ? `objective ${formatObjective(step.objective)}` : `not a valid scenario (${step.invalid})`;
  const reused = step.reused ? ' (seen before)' : '';
  return `evaluation ${step.evaluation}/${step.maxEvaluations}: ${values} → ${outcome}${reused} (best ${formatObjective(step.best.objective)})`;
}

function fitReport(fit: FitResult, run: { readonly maxEvaluations: number; readonly replications: number; readonly seed: number; readonly heading: readonly string[] }): string {
  const stopped = fit.converged
    ? 'converged'
    : `stopped at --max-evaluations ${run.maxEvaluations} before the simplex converged; run again from the fitted file, or with more evaluations`;
  const rows = fit.parameters.map(({ parameter, fitted }) => ({
    name: parameter.name, start: String(parameter.start), fitted: String(fitted), bounds: `${bound(parameter.lower)} to ${bound(parameter.upper)}`,
  }));
  const w = (pick: (r: (typeof rows)[number]) => string, title: string): number => Math.max(title.length, ...rows.map((r) => pick(r).length));
  const widths = [w((r) => r.name, 'parameter'), w((r) => r.start, 'start'), w((r) => r.fitted, 'fitted')];
  const line = (cells: readonly string[]): string => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[0] ?? 0) : i < 3 ? c.padStart(widths[i] ?? 0) : c)).join('  ')}`.trimEnd();
  return [
    `Nelder–Mead over ${fit.parameters.length} parameter${fit.parameters.length === 1 ? '' : 's'}: ${fit.evaluations} evaluations of ${run.replications} replications with seed ${run.seed} (common random numbers); ${stopped}`,
    `objective (sum over targets of (difference ÷ tolerance)²): ${formatObjective(fit.startObjective)} at the start → ${formatObjective(fit.fittedObjective)} fitted`,
    '',
    line(['parameter', 'start', 'fitted', 'bounds (scenario schema)']),
    ...rows.map((r) => line([r.name, r.start, r.fitted, r.bounds])),
    '',
    renderCheck(run.heading, fit.check).trimEnd(),
    '',
  ].join('\n');
}

function bound(value: number): string {
  return Number.isFinite(value) ? String(value) : value > 0 ? '∞' : '−∞';
}
