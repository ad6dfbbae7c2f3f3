import { runReplications } from '../../sim/replications.ts';
import { compareReports } from '../../sim/summarise.ts';
import { renderComparison } from '../compare-table.ts';
import { processContext, type CliContext, type Output } from '../context.ts';
import { InputError } from '../input-error.ts';
import { INTERRUPTED_EXIT_CODE, listenForInterrupt } from '../interrupt.ts';
import { createProgressBar } from '../progress-bar.ts';
import { programVersion, scenarioHash } from '../run-identity.ts';
import { loadRunScenario, parseFlags, REPLICATION_FLAGS, replicationOptions } from '../run-options.ts';

const USAGE = 'usage: drift compare A B [--seed N] [--replications N] [--years N] [--json] [--threads N]';

/**
 * `drift compare A B`: runs both scenarios with the same seed, so replication r of A and of B
 * share their random numbers (D4), and prints per KPI both means and the paired difference B − A
 * with its 95% interval, marked where the interval excludes zero (D10). Ctrl-C stops it (130).
 * The caller closes the worker pool (closeReplicationPool, as main does).
 * @example await compareCommand(['baseline', 'scenarios/turnover-25.yaml', '--replications', '10'], process.stdout) // 0
 */
export async function compareCommand(argv: readonly string[], out: Output, context: CliContext = processContext()): Promise<number> {
  const { values, positionals } = parseFlags('compare', USAGE, { args: [...argv], allowPositionals: true, options: REPLICATION_FLAGS });
  const [referenceA, referenceB, ...extra] = positionals;
  if (referenceA === undefined || referenceB === undefined || extra.length > 0) {
    throw new InputError(`drift compare: give exactly two scenarios, A and B, got ${positionals.length}; ${USAGE}`);
  }
  const options = replicationOptions('compare', USAGE, values);
  const a = loadRunScenario(referenceA, options.years, context.cwd, 'compare');
  const b = loadRunScenario(referenceB, options.years, context.cwd, 'compare');
  const hashA = scenarioHash(a);
  const hashB = scenarioHash(b);
  const interrupt = listenForInterrupt(() => {});
  const progress = createProgressBar(context.stderr, `drift compare ${a.name} ${b.name}`, 2 * options.replications);
  const done = { a: 0, b: 0 };
  const run = (scenario: typeof a, side: 'a' | 'b') => runReplications(scenario, options.seed, options.replications, {
    threads: options.threads, signal: interrupt.signal,
    onProgress: (count) => {
      done[side] = count;
      progress.update(done.a + done.b);
    },
  });
  let comparison;
  try {
    const [resultsA, resultsB] = await Promise.all([run(a, 'a'), run(b, 'b')]);
    interrupt.signal.throwIfAborted();
    comparison = compareReports(resultsA.map((r) => r.report), resultsB.map((r) => r.report));
  } catch (error) {
    if (!interrupt.signal.aborted) throw error;
    progress.clear();
    context.stderr.write('drift compare: interrupted; stopped the replications\n');
    return INTERRUPTED_EXIT_CODE;
  } finally {
    progress.clear();
    interrupt.dispose();
  }
  const version = programVersion();
  if (options.json) {
    out.write(`${JSON.stringify({
      program: 'drift', version, seed: options.seed, replications: options.replications,
      a: { scenario: a.name, scenarioHash: hashA }, b: { scenario: b.name, scenarioHash: hashB },
      years: comparison,
    }, null, 2)}\n`);
    return 0;
  }
  const heading = [
    `compare: A = ${a.name} (scenario ${hashA.slice(0, 12)}), B = ${b.name} (scenario ${hashB.slice(0, 12)}); seed ${options.seed}, drift ${version}`,
    `${options.replications} paired replication${options.replications === 1 ? '' : 's'} with common random numbers; B − A is the mean paired difference with its 95% interval`,
  ];
  if (hashA === hashB) heading.push('note: A and B resolve to the same scenario, so every difference is zero');
  out.write(renderComparison(heading, comparison));
  return 0;
}
