import { targetsJsonSchema } from '../../scenario/targets-json-schema.ts';
import { targetKpis } from '../../sim/calibrate/index.ts';
import { CHECK_USAGE, calibrateCheck } from '../calibrate-check.ts';
import { calibrateFit, FIT_USAGE } from '../calibrate-fit.ts';
import { processContext, type CliContext, type Output } from '../context.ts';
import { InputError } from '../input-error.ts';

const USAGE = `drift calibrate: compare a scenario with published figures, and fit its parameters to them

${CHECK_USAGE}
    runs the scenario (default 20 replications) and prints, per target, the published value, the simulated
    mean and its 95% interval, the difference and whether it is within tolerance; exits 1 if any row is not
${FIT_USAGE}
    searches the named parameters (Nelder–Mead within the scenario schema's bounds, the same seeds at every
    evaluation) and writes a scenario that extends SCENARIO with the fitted values (default out/<name>-fitted.yaml)

usage: drift calibrate schema
    prints the JSON Schema of targets files, for editors (KPI ids and months to complete)

TARGETS is a path to a YAML file, or a name in scenarios/calibration/ (NAME.targets.yaml).
`;

/**
 * `drift calibrate check | fit`: the calibration commands. The caller closes the
 * replication pool (main does).
 * @example await calibrateCommand(['check', 'west-sussex-2015', 'west-sussex-2015'], process.stdout) // 0 when every target is met
 */
export async function calibrateCommand(argv: readonly string[], out: Output, context: CliContext = processContext()): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'check':
      return calibrateCheck(rest, out, context);
    case 'fit':
      return calibrateFit(rest, out, context);
    case 'schema':
      if (rest.length > 0) throw new InputError(`drift calibrate schema: takes no arguments, got ${rest.join(' ')}; redirect its output to save it, e.g. drift calibrate schema > targets.schema.json`);
      out.write(`${JSON.stringify(targetsJsonSchema(targetKpis()), null, 2)}\n`);
      return 0;
    case 'help':
    case '--help':
    case '-h':
      out.write(USAGE);
      return 0;
    case undefined:
      throw new InputError(`drift calibrate: say check, fit or schema; ${CHECK_USAGE}; ${FIT_USAGE}`);
    default:
      throw new InputError(`drift calibrate: unknown subcommand "${sub}"; say check, fit or schema (drift calibrate help explains them)`);
  }
}
