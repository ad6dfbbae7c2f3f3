import { join, resolve } from 'node:path';
import type { ReplicationResult } from '../../sim/run-replication.ts';
import { summarise, type RunSummary } from '../../sim/summarise.ts';
import { canonicalScenarioText, type Scenario } from '../../scenario/index.ts';
import { recordRun } from '../../store/index.ts';
import { AtomicFiles } from '../atomic-write.ts';
import { processContext, type CliContext, type Output } from '../context.ts';
import { InputError } from '../input-error.ts';
import { INTERRUPTED_EXIT_CODE, listenForInterrupt } from '../interrupt.ts';
import { renderKpiTable } from '../kpi-table.ts';
import { createProgressBar } from '../progress-bar.ts';
import { replicateWithLog } from '../replicate-with-log.ts';
import { kpisCsvText, kpisJsonText, reportJsonText, seriesCsvText, type RunIdentity } from '../run-files.ts';
import { programVersion, scenarioHash } from '../run-identity.ts';
import { folderName, loadRunScenario, parseFlags, REPLICATION_FLAGS, replicationOptions } from '../run-options.ts';
import { databaseProblem, openRunsDatabase, runsDatabasePath, shownPath } from '../runs-db.ts';

const USAGE = 'usage: drift run [SCENARIO] [--seed N] [--replications N] [--years N] [--out DIR] [--json] [--threads N]';

/** The files a run writes, in the order they are listed. */
export const RUN_FILES = ['kpis.json', 'kpis.csv', 'series.csv', 'events.ndjson', 'replication-1.kpis.json'] as const;

/**
 * The heading of a run's KPI table (also used when a stored run is reopened).
 * @example runHeading(identity) // ['small: scenario 3f2a9c1b0d4e, seed 1, 4 replications, drift 0.1.0', …]
 */
export function runHeading(identity: RunIdentity): string[] {
  return [
    `${identity.scenario}: scenario ${identity.scenarioHash.slice(0, 12)}, seed ${identity.seed}, ${identity.replications} replication${identity.replications === 1 ? '' : 's'}, drift ${identity.version}`,
    `KPIs per collection year: mean over replications with its 95% interval${identity.replications < 2 ? ' (one replication gives no interval)' : ''}`,
  ];
}

/**
 * `drift run [SCENARIO]`: runs the scenario's replications (replication 1 in this thread with its
 * event log, the rest in worker threads), prints the KPI table (or with --json the kpis.json
 * content), writes kpis.json, kpis.csv, series.csv, events.ndjson and replication-1.kpis.json to
 * the out folder all at once, and records the run in the runs database. Ctrl-C stops it, deletes
 * its temporary files and returns 130. The worker pool stays up for the next command; the caller
 * closes it (closeReplicationPool, as main does).
 * @example await runCommand(['baseline', '--replications', '4'], process.stdout) // 0
 */
export async function runCommand(argv: readonly string[], out: Output, context: CliContext = processContext()): Promise<number> {
  const { values, positionals } = parseFlags('run', USAGE, {
    args: [...argv], allowPositionals: true, options: { ...REPLICATION_FLAGS, out: { type: 'string' } },
  });
  if (positionals.length > 1) throw new InputError(`drift run: give at most one scenario, got ${positionals.length}; ${USAGE}`);
  const options = replicationOptions('run', USAGE, values);
  const scenario = loadRunScenario(positionals[0] ?? 'baseline', options.years, context.cwd);
  const identity: RunIdentity = {
    version: programVersion(), scenario: scenario.name, scenarioHash: scenarioHash(scenario),
    seed: options.seed, replications: options.replications, years: scenario.calendar.years,
  };
  const outDir = resolve(context.cwd, values.out ?? join('out', `${folderName(scenario.name)}-seed${options.seed}`));
  const shownDir = shownPath(outDir, context.cwd);
  const files = new AtomicFiles(outDir);
  const interrupt = listenForInterrupt(() => files.discard());
  const progress = createProgressBar(context.stderr, `drift run ${scenario.name}`, options.replications);
  let results: ReplicationResult[];
  let recorded: { id: number; file: string };
  try {
    try {
      results = await replicateWithLog(scenario, {
        seed: options.seed, replications: options.replications, threads: options.threads,
        version: identity.version, scenarioHash: identity.scenarioHash,
        log: files.open('events.ndjson'), progress, signal: interrupt.signal,
      });
      // A Ctrl-C that came as the last replication finished still counts.
      interrupt.signal.throwIfAborted();
    } catch (error) {
      progress.clear();
      files.discard();
      if (!interrupt.signal.aborted) throw error;
      context.stderr.write(`drift run: interrupted; stopped the replications and wrote nothing to ${shownDir}\n`);
      return INTERRUPTED_EXIT_CODE;
    }
    progress.clear();
    // From here to the record everything is synchronous, so Ctrl-C cannot land between two renames.
    const summary = summarise(results.map((r) => r.report));
    const first = results[0];
    if (first === undefined) throw new Error('drift run: no replication came back; this is a bug');
    const json = kpisJsonText(identity, summary, results);
    files.writeFile('replication-1.kpis.json', reportJsonText(first.report));
    files.writeFile('kpis.json', json);
    files.writeFile('kpis.csv', kpisCsvText(summary));
    files.writeFile('series.csv', seriesCsvText(summary));
    files.commit();
    recorded = record(context, scenario, identity, summary, outDir);
    if (options.json) out.write(json);
    else out.write(renderKpiTable({ heading: runHeading(identity), intervals: true, years: summary.years }));
  } finally {
    interrupt.dispose();
  }
  const report = [
    `wrote ${shownDir}/ (${RUN_FILES.join(', ')})`,
    `recorded as run ${recorded.id} in ${recorded.file}; "drift runs show ${recorded.id}" reopens it`,
  ].join('\n');
  (options.json ? context.stderr : out).write(`${options.json ? '' : '\n'}${report}\n`);
  return 0;
}

function record(context: CliContext, scenario: Scenario, identity: RunIdentity, summary: RunSummary, outDir: string): { id: number; file: string } {
  const path = runsDatabasePath(context);
  const file = shownPath(path, context.cwd);
  let db: ReturnType<typeof openRunsDatabase> | undefined;
  try {
    db = openRunsDatabase(path, context.cwd);
    const id = recordRun(db, {
      createdAt: context.now().toISOString(), programVersion: identity.version, scenarioName: identity.scenario,
      scenarioHash: identity.scenarioHash, scenarioText: canonicalScenarioText(scenario), seed: identity.seed,
      replications: identity.replications, years: identity.years,
      // The yearly estimates are the run's KPIs and the monthly ones its series (runs-db.ts storedSummary reads them back).
      kpis: { replications: summary.replications, years: summary.years }, series: summary.months, outDir,
    });
    return { id, file };
  } catch (error) {
    const problem = error instanceof InputError ? error : databaseProblem(path, context.cwd, error);
    throw new InputError(`${problem.message} (the run's files are in ${shownPath(outDir, context.cwd)})`, problem.exitCode);
  } finally {
    db?.close();
  }
}
