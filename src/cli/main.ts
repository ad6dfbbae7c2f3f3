import { setMaxListeners } from 'node:events';
import { formatIssue, ScenarioError } from '../scenario/index.ts';
import { closeReplicationPool } from '../sim/replications.ts';
import { calibrateCommand } from './commands/calibrate.ts';
import { applyHeapPolicy } from './heap-policy.ts';
import { applyInliningPolicy } from './inlining-policy.ts';
import { compareCommand } from './commands/compare.ts';
import { exportCommand } from './commands/export.ts';
import { journeyCommand } from './commands/journey.ts';
import { replayCommand } from './commands/replay.ts';
import { runCommand } from './commands/run.ts';
import { runsCommand } from './commands/runs.ts';
import { schemaCommand } from './commands/schema.ts';
import { tuiCommand } from './commands/tui.ts';
import { InputError } from './input-error.ts';

const USAGE = `drift: simulator of children's journeys through children's social care

usage:
  drift run [SCENARIO] [--seed N] [--replications N] [--years N] [--out DIR] [--json] [--threads N]
      runs a scenario (default baseline; a name in scenarios/ or a path) and prints its KPIs with 95% intervals;
      writes kpis.json, kpis.csv, series.csv, events.ndjson and replication-1.kpis.json to DIR
      (default out/<scenario>-seed<N>/) and records the run in the runs database.
      Defaults: --seed 1, --replications 10, --threads 2, --years from the scenario.
  drift compare A B [--seed N] [--replications N] [--years N] [--json] [--threads N]
      runs two scenarios with common random numbers and prints the paired differences B − A
  drift calibrate check SCENARIO TARGETS [--replications N] [--seed N] [--years N] [--threads N] [--json]
      compares the scenario's simulated KPIs (default 20 replications) with the published figures in TARGETS;
      exits 1 if any is outside its tolerance
  drift calibrate fit SCENARIO TARGETS --params a.b,c.d [--replications N] [--seed N] [--max-evaluations N] [--out FILE]
      fits the named parameters to TARGETS (Nelder–Mead, common random numbers) and writes a scenario
      that extends SCENARIO with the fitted values
  drift calibrate schema                             the JSON Schema of targets files
  drift replay DIR/events.ndjson [--json]             rebuilds one replication's KPIs from its event log
  drift runs [--json]                                 lists recorded runs, newest first
  drift runs show ID [--json]                         reopens a recorded run's KPI table
  drift journey FILE [--child ID] [--as-of YYYY-MM-DD] [--json]
      one child's (or every child's) journey and statutory clocks; FILE may be a run's events.ndjson
  drift tui [SCENARIO] [--seed N] [--replications N] [--years N] [--threads N] [--scenarios DIR]
      the terminal UI: a planner (levers, what-if runs, KPI differences, save as a scenario) and a
      trainer (one child's journey step by step, replayed with a drift mechanism switched off)
  drift export --format 903|cin|annex-a --year YYYY [--la CODE] RUN --out DIR
      statutory returns for the collection year ending 31 March YYYY from a run folder or event log:
      SSDA903 CSV tables (and the previous year's), CIN census XML or Annex A lists; --la defaults to 201
  drift schema [--write]                             the JSON Schema of scenario files (--write: scenarios/schema.json)
  drift help                                         this text

The runs database is .drift/runs.sqlite under the working directory, or the file DRIFT_RUNS_DB names.
`;

/**
 * Runs the command line; returns the process exit code. Input and scenario errors print without
 * a stack trace and give 2; an interrupted run gives 130.
 * @example process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: readonly string[]): Promise<number> {
  // Each replication task listens on the run's one abort signal (Ctrl-C, Esc in the TUI); 20 or more
  // replications would otherwise trip Node's leak warning on stderr.
  setMaxListeners(256);
  applyHeapPolicy();
  applyInliningPolicy();
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        return await runCommand(rest, process.stdout);
      case 'compare':
        return await compareCommand(rest, process.stdout);
      case 'calibrate':
        return await calibrateCommand(rest, process.stdout);
      case 'replay':
        return replayCommand(rest, process.stdout);
      case 'runs':
        return runsCommand(rest, process.stdout);
      case 'journey':
        return journeyCommand(rest, process.stdout);
      case 'export':
        return exportCommand(rest, process.stdout);
      case 'schema':
        return schemaCommand(rest, process.stdout);
      case 'tui':
        return await tuiCommand(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new InputError(`drift: unknown command "${command}"; run "drift help" for the list`);
    }
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ScenarioError) {
      // Every issue on its own line, `file:line: path: message`, so editors and terminals link them.
      process.stderr.write(`${error.issues.map(formatIssue).join('\n')}\n`);
      return 2;
    }
    throw error;
  } finally {
    // Worker threads would otherwise outlive the command; a no-op when no command started them.
    await closeReplicationPool();
  }
}
