import { getRun, listRuns, type RunSummary as StoredRun } from '../../store/index.ts';
import { processContext, type CliContext, type Output } from '../context.ts';
import { InputError } from '../input-error.ts';
import { renderKpiTable } from '../kpi-table.ts';
import { parseFlags } from '../run-options.ts';
import { databaseProblem, openExistingRunsDatabase, runsDatabasePath, shownPath, storedSummary } from '../runs-db.ts';
import { runHeading } from './run.ts';

const USAGE = 'usage: drift runs [--json]  |  drift runs show ID [--json]';

/** `2025-05-01T09:30:12.345Z` → `2025-05-01 09:30:12Z`: seconds are enough to tell runs apart. */
function when(createdAt: string): string {
  return createdAt.replace('T', ' ').replace(/\.\d+(?=Z|[+-])/, '');
}

function renderList(runs: readonly StoredRun[]): string {
  const header = ['id', 'when', 'scenario', 'seed', 'replications', 'years'];
  const rows = runs.map((r) => [String(r.id), when(r.createdAt), r.scenarioName, String(r.seed), String(r.replications), String(r.years)]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  // Text columns read left to right; numbers line up on the right.
  const left = new Set([1, 2]);
  const line = (cells: readonly string[]): string =>
    `  ${cells.map((cell, i) => (left.has(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

function runId(text: string | undefined): number {
  const id = text !== undefined && /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(id) || id < 1) {
    throw new InputError(`drift runs show: give the id of a run (a whole number from "drift runs"), got ${text === undefined ? 'nothing' : `"${text}"`}; ${USAGE}`);
  }
  return id;
}

/**
 * `drift runs`: lists the recorded runs, newest first (id, when, scenario, seed, replications,
 * years); `drift runs show ID` reopens one and prints its KPI table as `drift run` printed it.
 * The database is DRIFT_RUNS_DB, else .drift/runs.sqlite under the working directory.
 * @example runsCommand(['show', '3'], process.stdout) // 0
 */
export function runsCommand(argv: readonly string[], out: Output, context: CliContext = processContext()): number {
  const { values, positionals } = parseFlags('runs', USAGE, {
    args: [...argv], allowPositionals: true, options: { json: { type: 'boolean', default: false } },
  });
  const [action, ...rest] = positionals;
  if (action !== undefined && action !== 'show') throw new InputError(`drift runs: unknown action "${action}"; ${USAGE}`);
  if (action === undefined && rest.length > 0) throw new InputError(`drift runs: unexpected "${rest.join(' ')}"; ${USAGE}`);
  if (action === 'show' && rest.length !== 1) throw new InputError(`drift runs show: give exactly one run id; ${USAGE}`);
  const id = action === 'show' ? runId(rest[0]) : undefined;
  const path = runsDatabasePath(context);
  const file = shownPath(path, context.cwd);
  const db = openExistingRunsDatabase(path, context.cwd);
  try {
    if (id === undefined) {
      const runs = db === undefined ? [] : listRuns(db);
      if (values.json) out.write(`${JSON.stringify(runs, null, 2)}\n`);
      else if (runs.length === 0) out.write(`no runs recorded in ${file} yet; "drift run" records one\n`);
      else out.write(`runs recorded in ${file}, newest first\n\n${renderList(runs)}`);
      return 0;
    }
    const run = db === undefined ? undefined : getRun(db, id);
    if (run === undefined) throw new InputError(`drift runs show: no run ${id} in ${file}; "drift runs" lists the ids there`);
    const summary = storedSummary(run, file);
    if (values.json) {
      // The scenario is stored as canonical JSON text; shown as an object, not a string inside a string.
      const { scenarioText, ...fields } = run;
      out.write(`${JSON.stringify({ ...fields, scenario: JSON.parse(scenarioText) as unknown }, null, 2)}\n`);
      return 0;
    }
    const heading = [
      `run ${run.id}, recorded ${when(run.createdAt)}${run.outDir === undefined ? '' : `, files in ${shownPath(run.outDir, context.cwd)}`}`,
      ...runHeading({
        version: run.programVersion, scenario: run.scenarioName, scenarioHash: run.scenarioHash,
        seed: run.seed, replications: run.replications, years: run.years,
      }),
    ];
    out.write(renderKpiTable({ heading, intervals: true, years: summary.years }));
    return 0;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw databaseProblem(path, context.cwd, error);
  } finally {
    db?.close();
  }
}
