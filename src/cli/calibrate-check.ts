import type { Scenario } from '../scenario/index.ts';
import type { TargetsFile } from '../scenario/targets.ts';
import { checkTargets, reportYearLabels, targetsContext, type CheckResult } from '../sim/calibrate/index.ts';
import { runReplications } from '../sim/replications.ts';
import { renderCheck } from './calibrate-table.ts';
import { readTargetsFile } from './calibrate-files.ts';
import type { CliContext, Output } from './context.ts';
import { InputError } from './input-error.ts';
import { INTERRUPTED_EXIT_CODE, listenForInterrupt } from './interrupt.ts';
import { createProgressBar } from './progress-bar.ts';
import { programVersion, scenarioHash } from './run-identity.ts';
import { loadRunScenario, parseFlags, REPLICATION_FLAGS, replicationOptions } from './run-options.ts';

export const CHECK_USAGE = 'usage: drift calibrate check SCENARIO TARGETS [--replications N] [--seed N] [--years N] [--threads N] [--json]';

/**
 * Replications of a check when --replications is not given: the calibration rule asks for the
 * mean over at least 20 (the t multiplier of the interval is then 2.09, close to its limit 1.96).
 */
export const CHECK_REPLICATIONS = 20;

/** Exit code of a check with a row outside its tolerance (2 stays for bad input). */
export const CHECK_FAILED_EXIT_CODE = 1;

/**
 * `drift calibrate check SCENARIO TARGETS`: runs the scenario's replications and compares each
 * target with its simulated mean. Exits 0 when every row is within tolerance, 1 when one is not.
 * @example await calibrateCheck(['west-sussex-2015', 'west-sussex-2015'], process.stdout, processContext()) // 0 or 1
 */
export async function calibrateCheck(argv: readonly string[], out: Output, context: CliContext): Promise<number> {
  const { values, positionals } = parseFlags('calibrate check', CHECK_USAGE, { args: [...argv], allowPositionals: true, options: REPLICATION_FLAGS });
  const [scenarioReference, targetsReference, ...extra] = positionals;
  if (scenarioReference === undefined || targetsReference === undefined || extra.length > 0) {
    throw new InputError(`drift calibrate check: give a scenario and a targets file, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'}; ${CHECK_USAGE}`);
  }
  const flags = replicationOptions('calibrate check', CHECK_USAGE, values);
  const options = { ...flags, replications: values.replications === undefined ? CHECK_REPLICATIONS : flags.replications };
  const scenario = loadRunScenario(scenarioReference, options.years, context.cwd, 'calibrate check');
  const targets = readTargetsFile(targetsReference, context.cwd, targetsContext(scenario));
  const interrupt = listenForInterrupt(() => {});
  const progress = createProgressBar(context.stderr, `drift calibrate check ${scenario.name}`, options.replications);
  let result: CheckResult;
  try {
    const results = await runReplications(scenario, options.seed, options.replications, {
      threads: options.threads, signal: interrupt.signal, onProgress: (done) => progress.update(done),
    });
    interrupt.signal.throwIfAborted();
    result = checkTargets(targets.targets, results.map((r) => r.report));
  } catch (error) {
    if (!interrupt.signal.aborted) throw error;
    progress.clear();
    context.stderr.write('drift calibrate check: interrupted; stopped the replications\n');
    return INTERRUPTED_EXIT_CODE;
  } finally {
    progress.clear();
    interrupt.dispose();
  }
  const run = { seed: options.seed, replications: options.replications };
  if (options.json) {
    out.write(`${JSON.stringify({ ...checkIdentity(scenario, targets, run), passed: result.passed, failed: result.failed, rows: checkRowsJson(result) }, null, 2)}\n`);
  } else {
    out.write(renderCheck(checkHeading('calibrate check', scenario, targets, run), result));
  }
  return result.failed > 0 ? CHECK_FAILED_EXIT_CODE : 0;
}

/** Which scenario, targets, seed and replications a check (or the check of a fit) used. */
export function checkIdentity(scenario: Scenario, targets: TargetsFile, run: { readonly seed: number; readonly replications: number }) {
  return {
    program: 'drift', version: programVersion(),
    scenario: scenario.name, scenarioHash: scenarioHash(scenario),
    targets: targets.name, targetsFile: targets.file,
    seed: run.seed, replications: run.replications, years: reportYearLabels(scenario),
  };
}

/**
 * The first lines of a check's table: what was compared, with which seed and replications.
 * @example checkHeading('calibrate check', scenario, targets, { seed: 1, replications: 20 })
 */
export function checkHeading(title: string, scenario: Scenario, targets: TargetsFile, run: { readonly seed: number; readonly replications: number }): string[] {
  const years = reportYearLabels(scenario);
  const span = years.length === 1 ? `report year ${years[0] ?? ''}` : `report years ${years[0] ?? ''} to ${years.at(-1) ?? ''}`;
  return [
    `${title}: scenario ${scenario.name} (${scenarioHash(scenario).slice(0, 12)}) against targets ${targets.name} (${targets.file}); seed ${run.seed}, drift ${programVersion()}`,
    `simulated = mean over ${run.replications} replication${run.replications === 1 ? '' : 's'} with its 95% interval; ${span} (a row without a year is the mean over them)`,
  ];
}

/** The rows of a check as plain data for --json. */
export function checkRowsJson(result: CheckResult) {
  return result.rows.map((row) => ({
    name: row.target.name,
    ...row.target.measure,
    target: row.target.value,
    tolerance: { kind: row.target.tolerance.kind, value: row.target.tolerance.value, defaulted: row.target.tolerance.defaulted, allowed: row.allowed },
    simulated: row.simulated,
    difference: row.difference === null ? null : Math.round(row.difference * 1000) / 1000,
    within: row.within,
    source: row.target.source,
    ...(row.target.note === undefined ? {} : { note: row.target.note }),
  }));
}
